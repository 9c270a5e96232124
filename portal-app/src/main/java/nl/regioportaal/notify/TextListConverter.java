package nl.regioportaal.notify;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A list of short texts in one column, separated by the ASCII unit separator (never typed by people). */
@Converter
class TextListConverter implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "\u001F";

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream()
                .map(v -> v == null ? "" : v.replace(SEPARATOR, " "))
                .reduce((a, b) -> a + SEPARATOR + b)
                .orElse("");
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(SEPARATOR, -1));
    }
}
