package nl.regioportaal.plugins.api;

/**
 * An entry in the portal's side menu, pointing at one of the plugin's {@link PluginView views}. Shown only
 * to users of municipalities where the plugin is enabled, and only when the user may open the view.
 *
 * @param path  the view's path relative to {@code /plugin/<plugin-id>/} ({@code ""} for the plugin's root)
 * @param title menu label
 * @param icon  Vaadin icon name such as {@code vaadin:chart} (may be null)
 * @param order position in the menu, lower first; the portal's own entries use 0–1000
 */
public record MenuEntry(String path, Text title, String icon, double order) {}
