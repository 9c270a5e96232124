package nl.regioportaal.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All screen text comes from bundles {@code i18n/<module>_nl.properties} and
 * {@code i18n/<module>_en.properties}: each module keeps its own pair, all pairs are merged. Dutch
 * is the first language and the fallback; a missing key shows as {@code !key!} so that it is
 * noticed, and the bundle test keeps the Dutch and English keys equal.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String VALIDATION_BUNDLE = "ValidationMessages";

    private static final Map<String, Map<String, String>> MESSAGES = new HashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Static access for code that runs outside a Vaadin UI (PDFs, exports, notices). */
    public static String translate(String key, Locale locale, Object... params) {
        return format(messages("i18n/*_" + supported(locale).getLanguage() + ".properties"), key, locale, params);
    }

    /** Bean Validation messages live in their own bundles ({@code ValidationMessages_nl/_en}). */
    public static String translateValidation(String key, Locale locale) {
        return format(messages(VALIDATION_BUNDLE + "_" + supported(locale).getLanguage() + ".properties"), key, locale);
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** All keys and texts of one language (for the bundle test and exports). */
    public static Map<String, String> messages(String pattern) {
        synchronized (MESSAGES) {
            return MESSAGES.computeIfAbsent(pattern, PortalI18NProvider::load);
        }
    }

    private static String format(Map<String, String> messages, String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern = messages.get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    private static Map<String, String> load(String pattern) {
        Map<String, String> all = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.stringPropertyNames().forEach(k -> {
                    if (all.put(k, p.getProperty(k)) != null) {
                        throw new IllegalStateException("i18n key " + k + " is defined twice (" + resource + ")");
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(all);
    }
}
