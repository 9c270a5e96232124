package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A member's one vote for a case question of a session (changing it moves the vote). */
@Entity
@Table(name = "peer_case_vote")
public class CaseVote extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    protected CaseVote() {}

    public CaseVote(long sessionId, long caseId, long personId) {
        this.sessionId = sessionId;
        this.caseId = caseId;
        this.personId = personId;
    }

    public long getCaseId() {
        return caseId;
    }

    void setCaseId(long caseId) {
        this.caseId = caseId;
    }

    public long getPersonId() {
        return personId;
    }
}
