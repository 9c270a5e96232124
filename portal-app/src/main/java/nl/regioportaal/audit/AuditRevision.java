package nl.regioportaal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One changing transaction in the audit trail: when (UTC, from the portal's clock) and who acted.
 * The id comes from the database (IDENTITY), never from a per-node sequence, because several nodes
 * share the database.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    /** Envers fills it from the system clock; the listener replaces it with the portal's clock. */
    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Null for the portal itself (jobs, demo data). */
    @Column(name = "actor_person_id")
    private Long actorPersonId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }

    public Long getActorPersonId() {
        return actorPersonId;
    }

    public String getActorName() {
        return actorName;
    }

    void actedBy(Long personId, String name) {
        this.actorPersonId = personId;
        this.actorName = name;
    }
}
