package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The planner calls off a whole session: everybody on it loses their place and is told, with the
 * cancellation for their calendar. Apart from {@link EnrolmentService} because it is the planner's
 * decision about the session, not a change of one person's seat; it takes the same session lock.
 */
@Service
public class SessionCancellation {

    private static final Set<EnrolmentStatus> OPEN =
            EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING, EnrolmentStatus.AWAITING_APPROVAL);

    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final StatusRefresher refresher;
    private final TrainingNotices notices;
    private final TransactionTemplate tx;
    private final Clock clock;

    SessionCancellation(
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            CurrentUser currentUser,
            AccessPolicy access,
            StatusRefresher refresher,
            TrainingNotices notices,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.access = access;
        this.refresher = refresher;
        this.notices = notices;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Cancels a session that has not begun; everybody with a seat or on its waiting list is told.
     * Once its first day part has started it is refused: people came, attendance may be recorded, and
     * a cancellation would wipe that out with no way back.
     */
    public void cancelSession(long sessionId) {
        access.require(access.isRegionWide(currentUser.require()), "missing role");
        List<Enrolment> affected = tx.execute(st -> {
            CourseSession s =
                    sessions.lockById(sessionId).orElseThrow(() -> new AccessDeniedException("no such session"));
            if (s.isCancelled()) {
                return List.<Enrolment>of();
            }
            if (hasBegun(s)) {
                throw ValidationFailedException.of("", "training.error.session-begun-cancel");
            }
            s.cancel();
            List<Enrolment> open = enrolments.findBySessionAndStatuses(sessionId, OPEN);
            open.forEach(e -> e.setStatus(EnrolmentStatus.SESSION_CANCELLED));
            open.forEach(e -> e.getSession().getCourse().getTitle());
            return open;
        });
        tx.executeWithoutResult(st -> {
            refresher.refresh(affected.stream().map(Enrolment::getPersonId).collect(Collectors.toSet()));
            for (Enrolment e : affected) {
                notices.sessionCancelled(
                        e.getPersonId(),
                        e.getSession().getId(),
                        "scholing/cursus/" + e.getCourseId(),
                        e.getSession().getCourse().getTitle(),
                        e.getSession().getStartsAt().toLocalDate());
            }
        });
    }

    /** Its first day part has started (the session's start is that of its first day part). */
    private boolean hasBegun(CourseSession s) {
        return !s.getStartsAt().isAfter(LocalDateTime.now(clock));
    }
}
