package nl.regioportaal.plugins.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a form's input the portal's way: every problem becomes a message in the user's language (Dutch or
 * English) for the field it concerns, and nothing is saved while there is one. Show each message next to
 * its field (Vaadin: {@code field.setErrorMessage(...)} and {@code field.setInvalid(true)}).
 *
 * <pre>{@code
 * FormCheck check = FormCheck.in(context.locale());
 * String title = check.required("title", titleField.getValue(), 200);
 * Integer count = check.whole("count", countField.getValue(), 0, 500);
 * if (!check.ok()) {
 *     check.errors().forEach((field, message) -> fields.get(field).setErrorMessage(message));
 *     return;
 * }
 * }</pre>
 *
 * Each check returns the cleaned value (trimmed, parsed), or null when it failed or an optional field is
 * empty; a field keeps its first problem.
 *
 * @since 1.3.0
 */
public final class FormCheck {

    private final boolean english;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private FormCheck(Locale locale) {
        this.english = locale != null && "en".equals(locale.getLanguage());
    }

    /** A check whose messages are in the language of the locale (English for English, Dutch otherwise). */
    public static FormCheck in(Locale locale) {
        return new FormCheck(locale);
    }

    /** A required text of at most {@code maxLength} characters. */
    public String required(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return fail(field, "Vul dit veld in.", "Please fill in this field.");
        }
        return length(field, text, maxLength);
    }

    /** An optional text of at most {@code maxLength} characters (null when empty). */
    public String optional(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        return text.isEmpty() ? null : length(field, text, maxLength);
    }

    /** A whole number from {@code min} to {@code max}; empty is allowed (null). */
    public Integer whole(String field, String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return range(field, Integer.parseInt(text), min, max);
        } catch (NumberFormatException e) {
            return fail(field, "Vul een heel getal in.", "Please enter a whole number.");
        }
    }

    /** A decimal number (comma or point) from {@code min} to {@code max}; empty is allowed (null). */
    public BigDecimal decimal(String field, String value, BigDecimal min, BigDecimal max) {
        String text = value == null ? "" : value.strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                return fail(
                        field,
                        "Vul een getal van " + dutch(min) + " tot en met " + dutch(max) + " in.",
                        "Please enter a number from " + min.toPlainString() + " to " + max.toPlainString() + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            return fail(field, "Vul een getal in, bijvoorbeeld 2,5.", "Please enter a number, for example 2.5.");
        }
    }

    /** A value that must be there (a chosen item, a date from a date picker). */
    public <T> T present(String field, T value) {
        return value != null ? value : fail(field, "Maak een keuze.", "Please make a choice.");
    }

    /** A date from {@code from} to {@code to} (both included); null is allowed. */
    public LocalDate date(String field, LocalDate value, LocalDate from, LocalDate to) {
        if (value == null) {
            return null;
        }
        if (value.isBefore(from) || value.isAfter(to)) {
            return fail(
                    field,
                    "Kies een datum van " + from + " tot en met " + to + ".",
                    "Please choose a date from " + from + " to " + to + ".");
        }
        return value;
    }

    /** A date typed as {@code yyyy-mm-dd}; empty is allowed (null). */
    public LocalDate isoDate(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fail(field, "Vul een datum in als jjjj-mm-dd.", "Please enter a date as yyyy-mm-dd.");
        }
    }

    /** A problem of the plugin's own (e.g. from its bundles, already in the user's language). */
    public void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** Whether every check passed. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** Field name to message, in the order of the checks. */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** The message for one field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    private String length(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            return fail(
                    field,
                    "Gebruik hoogstens " + maxLength + " tekens (nu " + text.length() + ").",
                    "Please use at most " + maxLength + " characters (now " + text.length() + ").");
        }
        return text;
    }

    private Integer range(String field, int number, int min, int max) {
        if (number < min || number > max) {
            return fail(
                    field,
                    "Vul een getal van " + min + " tot en met " + max + " in.",
                    "Please enter a number from " + min + " to " + max + ".");
        }
        return number;
    }

    private <T> T fail(String field, String dutch, String english) {
        errors.putIfAbsent(field, this.english ? english : dutch);
        return null;
    }

    private static String dutch(BigDecimal number) {
        return number.toPlainString().replace('.', ',');
    }
}
