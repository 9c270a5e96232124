package nl.regioportaal.plugins;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.notify.NoticeTextSource;
import org.springframework.stereotype.Component;

/** A plugin's notices ({@code plugin.<id>}) are rendered from that plugin's own bundles, per recipient. */
@Component
class PluginNoticeTexts implements NoticeTextSource {

    private static final String PREFIX = "plugin.";

    private final PluginRuntime runtime;

    PluginNoticeTexts(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Optional<String> text(String kind, String key, Locale locale, List<String> params) {
        if (!kind.startsWith(PREFIX) || key.startsWith("notify.")) {
            return Optional.empty();
        }
        return runtime.active(kind.substring(PREFIX.length()))
                .map(ActivePlugin::context)
                .filter(HostPluginContext.class::isInstance)
                .flatMap(c -> ((HostPluginContext) c).text(locale, key, params.toArray()));
    }
}
