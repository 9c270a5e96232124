package nl.regioportaal.plugins.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Links to the plugin's own views ({@code /plugin/<plugin-id>/<path>}), for a notice's link, a Start
 * widget or {@code UI.navigate(...)}. Links are relative to the portal's root (no leading slash), as the
 * portal's notices and navigation expect; a path that no {@link PluginView} could have is refused here
 * rather than becoming a dead link.
 *
 * <pre>{@code
 * context.notifier().notify(personId, "caseload.reminder", context.links().to("invoer", Map.of("maand", "2026-03")));
 * UI.getCurrent().navigate(context.links().to("rapport"));
 * }</pre>
 *
 * @since 1.3.0
 */
public final class PluginLinks {

    /** The paths a {@link PluginView} may have (lower case letters, digits and dashes, slash-separated). */
    private static final Pattern VIEW_PATH = Pattern.compile("([a-z0-9-]+(/[a-z0-9-]+)*)?");

    private final String pluginId;

    public PluginLinks(String pluginId) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    }

    /** The link to one of the plugin's views; {@code ""} for its root view. */
    public String to(String viewPath) {
        if (viewPath == null || !VIEW_PATH.matcher(viewPath).matches()) {
            throw new IllegalArgumentException("not a view path of a plugin: " + viewPath);
        }
        return "plugin/" + pluginId + (viewPath.isEmpty() ? "" : "/" + viewPath);
    }

    /** The link to a view with query parameters (encoded; in the map's order). */
    public String to(String viewPath, Map<String, String> query) {
        if (query.isEmpty()) {
            return to(viewPath);
        }
        return to(viewPath) + "?"
                + query.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
