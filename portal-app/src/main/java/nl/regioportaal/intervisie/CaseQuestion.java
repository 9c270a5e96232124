package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A member's short case question for a session; deleted by retention. */
@Entity
@Table(name = "peer_case")
public class CaseQuestion extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "author_person_id", nullable = false)
    private long authorPersonId;

    @Column(nullable = false, length = 1000)
    private String question;

    @Column(name = "override_reason", length = 300)
    private String overrideReason;

    protected CaseQuestion() {}

    public CaseQuestion(long sessionId, long authorPersonId) {
        this.sessionId = sessionId;
        this.authorPersonId = authorPersonId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAuthorPersonId() {
        return authorPersonId;
    }

    public String getQuestion() {
        return question;
    }

    void write(String question, String overrideReason) {
        this.question = question;
        this.overrideReason = overrideReason;
    }
}
