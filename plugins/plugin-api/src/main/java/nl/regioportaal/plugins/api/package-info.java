/**
 * The Regioportaal plugin API: the only contract a municipality plugin compiles against.
 *
 * <h2>Versioning</h2>
 * The API follows semantic versioning, independent of the portal's own version: {@link PluginApi#VERSION}.
 * A plugin states the versions it works with in its descriptor ({@code Plugin-Requires: >=1.0.0 & <2.0.0});
 * the portal refuses a plugin that requires another major version or a newer minor one. Within a major
 * version only additions are made (new default methods, new records), never removals or changed
 * signatures.
 *
 * <h2>What a plugin provides</h2>
 * One or more {@link nl.regioportaal.plugins.api.PortalModule} extensions (annotated with
 * {@code @org.pf4j.Extension}): name, icon, menu entries, views, Start-page widgets, scheduled tasks,
 * permissions. SQL migrations travel in the jar under {@code db/plugin/<plugin-id>/} and i18n bundles under
 * {@code plugin-i18n/messages_nl.properties} and {@code plugin-i18n/messages_en.properties}.
 *
 * <h2>What a plugin gets</h2>
 * Only a {@link nl.regioportaal.plugins.api.PluginContext}: the current user, a read-only region directory,
 * notifications, a clock, translations and database access with its own account on its own schema
 * ({@code plg_<plugin-id>}). Never the portal's internal beans; its classes see only this API, PF4J,
 * Vaadin, SLF4J and the JDK.
 */
package nl.regioportaal.plugins.api;
