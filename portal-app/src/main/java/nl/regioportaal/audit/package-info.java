/**
 * The audit trail (issue #15, point 4): Hibernate Envers keeps, per changing transaction, a
 * revision ({@link nl.regioportaal.audit.AuditRevision}: when, and who acted) and the full row of
 * every audited entity it changed — the region model, the training plan, enrolments, plugin
 * installations. {@link nl.regioportaal.audit.AuditTrail} searches it and computes what changed by
 * comparing each revision with the previous one of the same object; revisions older than
 * {@code portal.audit.retention} are deleted every night, and erasing a person anonymises them in
 * the trail too. Entities take part by carrying {@code @Audited}; this module knows none of them.
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"security", "shared"})
package nl.regioportaal.audit;

import org.springframework.modulith.ApplicationModule;
