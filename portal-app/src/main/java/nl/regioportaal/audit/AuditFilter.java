package nl.regioportaal.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part may be empty. {@code personId}: changes this
 * person made, and changes to their own records (the person, their enrolments). {@code from} and
 * {@code to} are days in the portal's zone, both included.
 */
public record AuditFilter(Long personId, String objectType, Long objectId, LocalDate from, LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
