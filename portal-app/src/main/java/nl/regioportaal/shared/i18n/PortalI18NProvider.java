package nl.regioportaal.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All screen text comes from the bundles {@code i18n/messages_nl} and {@code i18n/messages_en}.
 * Dutch is the first language and the fallback; a missing key shows as {@code !key!} so that it is
 * noticed, and the bundle sync test keeps both files' keys equal.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "i18n/messages";
    public static final String VALIDATION_BUNDLE = "ValidationMessages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
        return lookup(BUNDLE, key, locale, params);
    }

    /** Bean Validation messages live in their own bundles ({@code ValidationMessages_nl/_en}). */
    public static String translateValidation(String key, Locale locale) {
        return lookup(VALIDATION_BUNDLE, key, locale);
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    private static String lookup(String bundle, String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, effective, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }
}
