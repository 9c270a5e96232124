package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A participant's rating of a session (1–5) with an optional sentence; shown only as group averages. */
@Entity
@Table(name = "peer_evaluation")
public class Evaluation extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private int score;

    @Column(length = 300)
    private String remark;

    protected Evaluation() {}

    public Evaluation(long sessionId, long personId) {
        this.sessionId = sessionId;
        this.personId = personId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getScore() {
        return score;
    }

    public String getRemark() {
        return remark;
    }

    void rate(int score, String remark) {
        this.score = score;
        this.remark = remark;
    }
}
