package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioportaal.shared.BaseEntity;

/** What retention deleted from a session, without any of the content: counts and when. */
@Entity
@Table(name = "peer_purge_log")
public class PurgeLog extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "purged_at", nullable = false)
    private Instant purgedAt;

    @Column(name = "cases_deleted", nullable = false)
    private int casesDeleted;

    @Column(name = "votes_deleted", nullable = false)
    private int votesDeleted;

    @Column(name = "notes_deleted", nullable = false)
    private boolean notesDeleted;

    @Column(name = "lesson_kept", nullable = false)
    private boolean lessonKept;

    protected PurgeLog() {}

    public PurgeLog(
            long sessionId,
            Instant purgedAt,
            int casesDeleted,
            int votesDeleted,
            boolean notesDeleted,
            boolean lessonKept) {
        this.sessionId = sessionId;
        this.purgedAt = purgedAt;
        this.casesDeleted = casesDeleted;
        this.votesDeleted = votesDeleted;
        this.notesDeleted = notesDeleted;
        this.lessonKept = lessonKept;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getCasesDeleted() {
        return casesDeleted;
    }

    public int getVotesDeleted() {
        return votesDeleted;
    }
}
