package nl.regioportaal.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Bad input found by a service: a form's Bean Validation annotations, or rules they cannot express (a
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

    /**
     * Throws when the form breaks its Bean Validation annotations (required, length): each broken rule as
     * its message key next to its field, the first per field.
     */
    public static void throwIfInvalid(Validator validator, Object form) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessageTemplate()));
            throw new ValidationFailedException(errors);
        }
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
