package nl.regioportaal.plugins;

import java.nio.file.Path;
import nl.regioportaal.plugins.api.PluginApi;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginStatusProvider;

/**
 * PF4J, configured for the portal: the host version is the plugin API's version (what
 * {@code Plugin-Requires} is checked against), and enablement is the portal's business (per
 * municipality, in the database), so PF4J's own enabled/disabled files are not used.
 */
class PortalPluginManager extends DefaultPluginManager {

    PortalPluginManager(Path pluginsDir) {
        super(pluginsDir);
        setSystemVersion(PluginApi.VERSION);
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
                // enablement lives in plugin_enablement
            }

            @Override
            public void enablePlugin(String pluginId) {
                // enablement lives in plugin_enablement
            }
        };
    }
}
