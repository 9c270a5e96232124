/**
 * The plugin test kit: test a Regioportaal plugin without the portal. Start with
 * {@link nl.regioportaal.plugins.testkit.TestPluginContext#forPlugin(String)}. Use it in test scope only;
 * it embeds MariaDB (Linux x86-64).
 */
package nl.regioportaal.plugins.testkit;
