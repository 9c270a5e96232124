package nl.regioportaal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.regioportaal.shared.BaseEntity;

/** Minutes of one attended peer-supervision session in a person's training record. */
@Entity
@Table(name = "peer_supervision_hours")
public class PeerSupervisionHours extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "source_ref", nullable = false, length = 60)
    private String sourceRef;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int minutes;

    protected PeerSupervisionHours() {}

    public PeerSupervisionHours(long personId, String sourceRef, LocalDate day, int minutes) {
        this.personId = personId;
        this.sourceRef = sourceRef;
        this.day = day;
        this.minutes = minutes;
    }

    public long getPersonId() {
        return personId;
    }

    public int getMinutes() {
        return minutes;
    }
}
