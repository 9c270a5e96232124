/**
 * Municipality plugins (PF4J): loading from the plugins directory at start, upload with integrity
 * checks, enablement per municipality, per-plugin Flyway migrations, the whitelisted
 * {@link nl.regioportaal.plugins.api.PluginContext}, runtime routes, Start widgets and Quartz-run tasks,
 * each plugin's failures contained to that plugin. {@link nl.regioportaal.plugins.PluginService} is the
 * API for the admin screen; plugins themselves only ever see the plugin API, which lives in this
 * module's {@code api} package (shipped as its own jar, {@code plugins/plugin-api}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plugins")
package nl.regioportaal.plugins;
