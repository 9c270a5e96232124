package nl.regioportaal.plugins.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The plugin's bundles ({@code plugin-i18n/messages_nl.properties} and {@code _en}) read from the test
 * class path, with the portal's rules: English for English, Dutch otherwise and as the fallback,
 * {@link MessageFormat} parameters.
 */
public final class PluginTexts {

    private final Properties dutch;
    private final Properties english;

    public PluginTexts() {
        this.dutch = load("nl");
        this.english = load("en");
    }

    /** The text in the language, or empty when neither bundle has the key. */
    public Optional<String> text(Locale locale, String key, Object... params) {
        boolean inEnglish = locale != null && "en".equals(locale.getLanguage());
        String pattern = inEnglish ? english.getProperty(key, dutch.getProperty(key)) : dutch.getProperty(key);
        if (pattern == null) {
            return Optional.empty();
        }
        Locale format = inEnglish ? Locale.ENGLISH : Locale.of("nl");
        return Optional.of(params.length == 0 ? pattern : new MessageFormat(pattern, format).format(params));
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        String name = "plugin-i18n/messages_" + language + ".properties";
        try (InputStream in = PluginTexts.class.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
