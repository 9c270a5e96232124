package nl.regioportaal.plugins.api;

import com.vaadin.flow.component.Component;

/**
 * A screen of the plugin, registered by the portal at run time under {@code /plugin/<plugin-id>/<path>}
 * and removed when the plugin is stopped or uninstalled. The portal renders it inside its own layout,
 * checks that the plugin is enabled for the user's municipality and that the user holds
 * {@code permission}, and shows a Dutch error card if {@code factory} throws.
 *
 * <p>Example:
 * <pre>{@code
 * new PluginView("", Text.of("Quickscan", "Quickscan"), "quickscan.fill", () -> new QuickscanView(context))
 * }</pre>
 *
 * @param path       relative path: lower case letters, digits and dashes, slash-separated; {@code ""} for the root
 * @param title      page title
 * @param permission name of one of the plugin's declared {@link Permission permissions}, or null for any
 *                   logged-in user of an enabled municipality
 * @param factory    builds a fresh component for every navigation
 */
public record PluginView(String path, Text title, String permission, ViewFactory factory) {

    /** Builds the view's content. Runs in the UI thread of the user who navigates. */
    @FunctionalInterface
    public interface ViewFactory {
        Component create();
    }
}
