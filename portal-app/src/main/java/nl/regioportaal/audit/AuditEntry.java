package nl.regioportaal.audit;

import java.time.Instant;
import java.util.List;

/**
 * One object changed in one revision: when, by whom, what (type, id and a label such as a name),
 * how (created, changed, deleted) and, field by field, the value before and after.
 */
public record AuditEntry(
        long revision,
        Instant at,
        String actor,
        String objectType,
        long objectId,
        String objectLabel,
        Kind kind,
        List<FieldChange> changes) {

    public enum Kind {
        CREATED,
        CHANGED,
        DELETED
    }

    /** A field's value before and after, as text ("" for none). */
    public record FieldChange(String field, String before, String after) {}
}
