package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A peer group: its members meet to discuss cases with a method; a fixed facilitator may be an outsider. */
@Entity
@Table(name = "peer_group")
public class PeerGroup extends BaseEntity {

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Facilitation facilitation;

    @Column(name = "facilitator_person_id")
    private Long facilitatorPersonId;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays = 30;

    protected PeerGroup() {}

    public PeerGroup(String name, Facilitation facilitation, Long facilitatorPersonId, int retentionDays) {
        this.name = name;
        setFacilitation(facilitation, facilitatorPersonId);
        this.retentionDays = retentionDays;
    }

    /** Who leads the sessions; only a fixed facilitation names someone. */
    void setFacilitation(Facilitation facilitation, Long facilitatorPersonId) {
        this.facilitation = facilitation;
        this.facilitatorPersonId = facilitation == Facilitation.FIXED ? facilitatorPersonId : null;
    }

    public String getName() {
        return name;
    }

    public Facilitation getFacilitation() {
        return facilitation;
    }

    public Long getFacilitatorPersonId() {
        return facilitatorPersonId;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(int retentionDays) {
        this.retentionDays = retentionDays;
    }
}
