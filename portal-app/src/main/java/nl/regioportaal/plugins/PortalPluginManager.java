package nl.regioportaal.plugins;

import java.nio.file.Path;
import nl.regioportaal.plugins.api.PluginApi;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginStatusProvider;

/**
 * PF4J, configured for the portal: one manager per loaded plugin version (so that a new version can be
 * loaded and started while the old one still runs), the host version is the plugin API's version (what
 * {@code Plugin-Requires} is checked against), a plugin sees only what {@link PluginVisibleClassLoader}
 * lets through, and enablement is the portal's business (per municipality, in the database), so PF4J's
 * own enabled/disabled files are not used.
 */
class PortalPluginManager extends DefaultPluginManager {

    private final PluginVisibleClassLoader visible =
            new PluginVisibleClassLoader(getClass().getClassLoader());

    PortalPluginManager(Path pluginsDir) {
        super(pluginsDir);
        setSystemVersion(PluginApi.VERSION);
    }

    /** Portal classes the plugin of this manager tried to use. */
    PluginVisibleClassLoader visible() {
        return visible;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return new PluginClassLoader(pluginManager, descriptor, parent());
                    }
                })
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return new PluginClassLoader(pluginManager, descriptor, parent());
                    }
                });
    }

    private ClassLoader parent() {
        return visible;
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
