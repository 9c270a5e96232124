package nl.regioportaal.plugins.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text in Dutch and English, for names and titles the portal shows outside the plugin's own
 * views (admin screen, menu, Start page). Longer texts belong in the plugin's i18n bundles.
 *
 * @param nl Dutch text (required; the portal's first language)
 * @param en English text (falls back to Dutch when blank)
 */
public record Text(String nl, String en) {

    public Text {
        Objects.requireNonNull(nl, "Dutch text is required");
    }

    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }

    /** The text in the given language: English for English, Dutch for everything else. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : nl;
    }
}
