package nl.regioportaal.plugins;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.regioportaal.shared.metrics.PortalMeters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks a plugin failed, with the reason, for the admin screen. The reason is stored as an i18n key plus
 * details ({@code key|detail|detail}) so the screen shows it in the administrator's language. Written in a
 * transaction of its own, so that recording a failure survives the rollback of whatever failed.
 */
@Component
class PluginFailures {

    static final String SEPARATOR = "|";

    private final PluginInstallationRepository installations;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final PortalMeters meters;
    /** Failures of plugins that have no installation row (yet): an archive that would not even load. */
    private final Map<String, String> unrecorded = new ConcurrentHashMap<>();

    PluginFailures(
            PluginInstallationRepository installations,
            PlatformTransactionManager transactions,
            Clock clock,
            PortalMeters meters) {
        this.installations = installations;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.meters = meters;
    }

    void record(String pluginId, String key, String... details) {
        String reason = key + (details.length == 0 ? "" : SEPARATOR + String.join(SEPARATOR, details));
        unrecorded.put(pluginId, reason);
        meters.pluginFailed(pluginId);
        ownTransaction.executeWithoutResult(status -> installations
                .findByPluginId(pluginId)
                .ifPresent(i -> {
                    i.markFailed(reason, clock.instant());
                    unrecorded.remove(pluginId);
                }));
    }

    void clear(String pluginId) {
        unrecorded.remove(pluginId);
        ownTransaction.executeWithoutResult(
                status -> installations.findByPluginId(pluginId).ifPresent(PluginInstallation::clearFailure));
    }

    /** A failure noted before the plugin had a row; moved onto the row once it exists. */
    String takeUnrecorded(String pluginId) {
        return unrecorded.remove(pluginId);
    }
}
