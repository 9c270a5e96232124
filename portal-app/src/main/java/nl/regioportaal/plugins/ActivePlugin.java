package nl.regioportaal.plugins;

import java.util.Optional;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.api.PortalModule;

/** A started plugin: its module and the context it was given. */
public record ActivePlugin(String id, String version, PortalModule module, PluginContext context) {

    /** The route of one of its views: {@code plugin/<id>} or {@code plugin/<id>/<path>}. */
    public static String route(String pluginId, String path) {
        return path == null || path.isBlank() ? "plugin/" + pluginId : "plugin/" + pluginId + "/" + path;
    }

    public Optional<PluginView> view(String path) {
        String wanted = path == null ? "" : path;
        return module.views().stream().filter(v -> v.path().equals(wanted)).findFirst();
    }
}
