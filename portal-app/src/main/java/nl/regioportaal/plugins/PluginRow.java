package nl.regioportaal.plugins;

import java.time.Instant;
import java.util.List;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.plugins.api.Text;
import nl.regioportaal.region.MunicipalityRef;

/**
 * One plugin as the admin screen shows it.
 *
 * @param failedReasonKey i18n key of the reason it failed (null when not failed), with {@code failedDetails}
 */
public record PluginRow(
        String id,
        Text name,
        String version,
        String provider,
        State state,
        String sha512,
        String signedBy,
        boolean regionWide,
        List<MunicipalityRef> enabledIn,
        String failedReasonKey,
        List<String> failedDetails,
        Instant failedAt,
        List<Permission> permissions) {

    public enum State {
        /** Running. */
        STARTED,
        /** Running, but a view, widget or task failed since it started (see the reason). */
        STARTED_WITH_ERRORS,
        /** Could not be started (see the reason). */
        FAILED
    }
}
