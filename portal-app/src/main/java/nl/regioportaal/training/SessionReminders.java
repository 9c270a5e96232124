package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDateTime;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The reminder before a session, sent by the hourly job to everyone with a seat, once per enrolment. */
@Service
public class SessionReminders {

    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CurrentUser currentUser;
    private final TrainingNotices notices;
    private final TransactionTemplate tx;
    private final Clock clock;

    SessionReminders(
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            CurrentUser currentUser,
            TrainingNotices notices,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.notices = notices;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Reminds everyone with a seat of a session starting within the next days; returns how many were sent. */
    public int sendSessionReminders(int daysAhead) {
        currentUser.requireAnyRole(Role.ADMIN, Role.PROCESS_SUPERVISOR);
        LocalDateTime now = LocalDateTime.now(clock);
        return tx.execute(st -> {
            int sent = 0;
            for (CourseSession s : sessions.findStartingBetween(now, now.plusDays(daysAhead))) {
                for (Enrolment e : enrolments.findBySessionAndStatus(s.getId(), EnrolmentStatus.ENROLLED)) {
                    if (!e.isReminded()) {
                        e.markReminded();
                        notices.send(
                                e.getPersonId(),
                                "reminder",
                                TrainingNotices.LINK_MINE,
                                s.getCourse().getTitle(),
                                s.getStartsAt().toLocalDate(),
                                s.getPlace() != null ? s.getPlace() : String.valueOf(s.getOnlineLink()));
                        sent++;
                    }
                }
            }
            return sent;
        });
    }
}
