package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A member's answer to a session; an absence takes them out of that session's rotation. */
@Entity
@Table(name = "peer_session_rsvp")
public class SessionRsvp extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeerAnswer answer;

    protected SessionRsvp() {}

    public SessionRsvp(long sessionId, long personId, PeerAnswer answer) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.answer = answer;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public PeerAnswer getAnswer() {
        return answer;
    }

    void setAnswer(PeerAnswer answer) {
        this.answer = answer;
    }
}
