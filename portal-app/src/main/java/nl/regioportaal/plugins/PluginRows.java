package nl.regioportaal.plugins;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportaal.plugins.api.Text;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installed plugins as the admin screen shows them: names (not ids) of the plugin and of the
 * municipalities, state with its Dutch reason, signer, declared permissions. Administrators see everything;
 * a municipality administrator sees the enablement of their own municipality only.
 */
@Component
class PluginRows {

    private final PluginRuntime runtime;
    private final PluginInstallationRepository installations;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final RegionDirectory directory;
    private final TransactionTemplate transaction;

    PluginRows(
            PluginRuntime runtime,
            PluginInstallationRepository installations,
            AccessPolicy accessPolicy,
            CurrentUser currentUser,
            RegionDirectory directory,
            TransactionTemplate transaction) {
        this.runtime = runtime;
        this.installations = installations;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.directory = directory;
        this.transaction = transaction;
    }

    List<PluginRow> list() {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN, Role.MUNICIPALITY_ADMIN);
        Map<Long, MunicipalityRef> municipalities =
                directory.municipalities().stream().collect(Collectors.toMap(MunicipalityRef::id, Function.identity()));
        return transaction.execute(status -> installations.findAllByOrderByPluginIdAsc().stream()
                .map(i -> row(i, municipalities, user))
                .toList());
    }

    Optional<PluginRow> find(String pluginId) {
        return list().stream().filter(r -> r.id().equals(pluginId)).findFirst();
    }

    private PluginRow row(PluginInstallation i, Map<Long, MunicipalityRef> municipalities, PortalUser user) {
        Optional<ActivePlugin> active = runtime.active(i.getPluginId());
        Text name = active.map(PluginRows::safeName).orElse(Text.of(i.getPluginId(), i.getPluginId()));
        List<MunicipalityRef> enabledIn = i.getMunicipalityIds().stream()
                .filter(id -> accessPolicy.mayAdministerMunicipality(user, id))
                .map(municipalities::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(MunicipalityRef::name))
                .toList();
        PluginRow.State state = active.isEmpty()
                ? PluginRow.State.FAILED
                : i.getFailedReason() != null ? PluginRow.State.STARTED_WITH_ERRORS : PluginRow.State.STARTED;
        String key = null;
        List<String> details = List.of();
        if (i.getFailedReason() != null) {
            String[] parts = i.getFailedReason().split("\\|", -1);
            key = parts[0];
            details = Arrays.asList(parts).subList(1, parts.length);
        } else if (active.isEmpty()) {
            key = "plugins.failed.not-running";
        }
        return new PluginRow(
                i.getPluginId(),
                name,
                i.getPluginVersion(),
                i.getProvider(),
                state,
                i.getSha512(),
                i.getSignedBy(),
                i.isRegionWide(),
                enabledIn,
                key,
                details,
                i.getFailedAt(),
                active.map(a -> a.module().permissions()).orElse(List.of()));
    }

    private static Text safeName(ActivePlugin plugin) {
        try {
            return plugin.module().name();
        } catch (RuntimeException e) {
            return Text.of(plugin.id(), plugin.id());
        }
    }
}
