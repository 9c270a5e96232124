/**
 * Municipality plugins (PF4J): loading from the plugins directory at start, upload with integrity
 * checks, enablement per municipality, per-plugin Flyway migrations, the whitelisted
 * {@link nl.regioportaal.plugins.api.PluginContext}, runtime routes, Start widgets and Quartz-run tasks,
 * each plugin's failures contained to that plugin. {@link nl.regioportaal.plugins.PluginService} is the
 * API for the admin screen; plugins themselves only ever see the plugin API, which lives in this
 * module's {@code api} package (shipped as its own jar, {@code plugins/plugin-api}).
 *
 * <p>Unlike the other modules, {@code plugins.ui} is not a nested module: it renders the plugins'
 * views through the {@code api} package, which lives in the plugin-api jar and so cannot carry a
 * Spring Modulith annotation (plugins must not see Spring Modulith). The screens therefore stay part
 * of this module, and this module declares the shell's interfaces it uses.
 */
@ApplicationModule(
        displayName = "Plugins",
        allowedDependencies = {"region", "notify", "security", "base::ui", "base::component", "shared"})
package nl.regioportaal.plugins;

import org.springframework.modulith.ApplicationModule;
