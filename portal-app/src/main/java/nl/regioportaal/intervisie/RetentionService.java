package nl.regioportaal.intervisie;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention: N days after a session (the group's setting, 30 by default) its case questions, votes,
 * agreements and evaluation sentences are deleted; only a lesson learned the group chose to keep
 * remains. Each deletion is logged with counts, never with content.
 */
@Service
@Transactional
public class RetentionService {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final PeerSessionRepository sessions;
    private final CaseQuestionRepository cases;
    private final CaseVoteRepository votes;
    private final EvaluationRepository evaluations;
    private final PurgeLogRepository log;
    private final Clock clock;

    RetentionService(
            PeerSessionRepository sessions,
            CaseQuestionRepository cases,
            CaseVoteRepository votes,
            EvaluationRepository evaluations,
            PurgeLogRepository log,
            Clock clock) {
        this.sessions = sessions;
        this.cases = cases;
        this.votes = votes;
        this.evaluations = evaluations;
        this.log = log;
        this.clock = clock;
    }

    /** Deletes what is due; the number of sessions purged. Run by the nightly job as the system. */
    public int purgeDue() {
        return purgeAsOf(clock.instant());
    }

    /** The same as of a chosen moment (the job passes the clock's; a test moves it on). */
    public int purgeAsOf(Instant at) {
        LocalDateTime now = LocalDateTime.ofInstant(at, clock.getZone());
        int purged = 0;
        for (PeerSession s : sessions.findByPurgedAtIsNullAndEndsAtBefore(now)) {
            if (s.getEndsAt().plusDays(s.getGroup().getRetentionDays()).isAfter(now)) {
                continue;
            }
            int votesDeleted = (int) votes.deleteBySessionId(s.getId());
            int casesDeleted = (int) cases.deleteBySessionId(s.getId());
            boolean hadNotes = s.getAgreements() != null || (s.getLesson() != null && !s.isLessonKept());
            evaluations.findBySessionId(s.getId()).forEach(e -> e.rate(e.getScore(), null));
            s.purgeNotes(at);
            log.save(new PurgeLog(s.getId(), at, casesDeleted, votesDeleted, hadNotes, s.isLessonKept()));
            LOG.info(
                    "intervisie retention: session {} purged (cases={}, votes={}, notes={}, lesson kept={})",
                    s.getId(),
                    casesDeleted,
                    votesDeleted,
                    hadNotes,
                    s.isLessonKept());
            purged++;
        }
        return purged;
    }
}
