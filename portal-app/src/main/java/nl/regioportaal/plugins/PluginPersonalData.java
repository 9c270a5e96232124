package nl.regioportaal.plugins;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.regioportaal.shared.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The plugins' share of a person's data (AVG): every running plugin is asked through
 * {@code PortalModule.exportPersonalData} and {@code erasePersonalData} (plugin API 1.4.0); a plugin built
 * against an older API inherits "nothing kept". {@code region.PersonalDataService} checks who may ask.
 * <p>
 * <b>Export:</b> one entry per plugin that keeps something, under its id; installed plugins that are not
 * running on this node (failed, or not yet started) are listed under {@code notRunning}, as their data
 * could not be read.
 * <p>
 * <b>Erasure:</b> a plugin that throws stops the whole erasure, so the portal's own part is rolled back and
 * the administrator learns which plugin failed. A plugin's tables are outside the portal's transaction:
 * the API asks plugins to make erasure safe to repeat, and the erasure may run again after a deadlock.
 * Plugins that are not running cannot be asked: they are remembered ({@link PendingPluginErasures}) and
 * erase as soon as they run again; {@link #outOfReach()} names them to the administrator. So are plugins
 * removed with their data kept: they erase when they are installed again.
 */
@Component
class PluginPersonalData implements PersonalData {

    private final PluginRuntime runtime;
    private final PluginInstallationRepository installations;
    private final PendingPluginErasures pendingErasures;
    private final PluginDatabases databases;

    PluginPersonalData(
            PluginRuntime runtime,
            PluginInstallationRepository installations,
            PendingPluginErasures pendingErasures,
            PluginDatabases databases) {
        this.runtime = runtime;
        this.installations = installations;
        this.pendingErasures = pendingErasures;
        this.databases = databases;
    }

    @Override
    public String section() {
        return "plugins";
    }

    @Override
    public Object export(long personId) {
        // plugin ids are lower case ([a-z][a-z0-9_]*), so "notRunning" never stands for a plugin
        Map<String, Object> data = new TreeMap<>();
        for (ActivePlugin plugin : runtime.active()) {
            Map<String, Object> kept = plugin.module().exportPersonalData(personId);
            if (kept != null && !kept.isEmpty()) {
                data.put(plugin.id(), kept);
            }
        }
        List<String> notRunning = outOfReach();
        if (!notRunning.isEmpty()) {
            data.put("notRunning", notRunning);
        }
        return data;
    }

    @Override
    public void erase(long personId) {
        for (ActivePlugin plugin : runtime.active()) {
            try {
                plugin.module().erasePersonalData(personId);
            } catch (RuntimeException e) {
                throw new PersonalData.NotErased("person.privacy.erase.plugin-failed", e, plugin.id());
            }
        }
        // in the erasure's transaction: remembered only if the portal's own part is erased too
        pendingErasures.remember(outOfReach(), personId);
    }

    /**
     * Installed plugins that do not run here, and plugins removed with their data kept: their tables still
     * hold what they kept about people, and a reinstall brings it back, so they owe the erasure too.
     */
    @Override
    public List<String> outOfReach() {
        Set<String> running = runtime.active().stream().map(ActivePlugin::id).collect(Collectors.toSet());
        Stream<String> notRunning = installations.findAllByOrderByPluginIdAsc().stream()
                .map(PluginInstallation::getPluginId)
                .filter(id -> !running.contains(id));
        return Stream.concat(notRunning, databases.keptWithoutInstallation().stream())
                .sorted()
                .toList();
    }
}
