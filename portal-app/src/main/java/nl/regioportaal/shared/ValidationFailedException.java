package nl.regioportaal.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bad input found by a service (rules a Bean Validation annotation cannot express, such as a
 * duplicate e-mail). Carries message keys per field so the UI can show each next to its field.
 */
public class ValidationFailedException extends RuntimeException {

    /** Field name → i18n key. The key "" stands for the whole form. */
    private final Map<String, String> fieldErrors;

    public ValidationFailedException(Map<String, String> fieldErrors) {
        super("Validation failed: " + fieldErrors);
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationFailedException of(String field, String messageKey) {
        return new ValidationFailedException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
