package nl.regioportaal.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team leader's approval of an enrolment in a course that asks for it. The request holds a
 * seat (see {@link EnrolmentStatus#holdsSeat()}) until the team leader of the person's team
 * approves or declines it, or its hold runs out; a declined or expired request frees the seat for
 * the waiting list, as a cancellation would. The person is told each outcome.
 */
@Service
public class ApprovalService {

    /** A request as the team leader sees it on Start. */
    public record ApprovalRequest(
            long enrolmentId,
            long personId,
            String personName,
            long courseId,
            String courseTitle,
            LocalDateTime startsAt,
            LocalDate holdUntil) {}

    static final int MAX_REASON = 500;

    private final EnrolmentRepository enrolments;
    private final CourseSessionRepository sessions;
    private final EnrolmentService enrolmentService;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final StatusRefresher refresher;
    private final TrainingNotices notices;
    private final PrivacyGuard privacy;
    private final Clock clock;
    private final TransactionTemplate tx;

    ApprovalService(
            EnrolmentRepository enrolments,
            CourseSessionRepository sessions,
            EnrolmentService enrolmentService,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            StatusRefresher refresher,
            TrainingNotices notices,
            PrivacyGuard privacy,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.enrolmentService = enrolmentService;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.refresher = refresher;
        this.notices = notices;
        this.privacy = privacy;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** The open requests of the members of the current user's teams (none for anyone else). */
    public List<ApprovalRequest> pendingRequests() {
        PortalUser user = currentUser.require();
        Map<Long, PersonSummary> members = new LinkedHashMap<>();
        for (long teamId : user.teamIds()) {
            directory.activeMembersOf(teamId).stream()
                    .filter(p -> p.id() != user.personId() && access.leadsTeamOf(user, p.scope()))
                    .forEach(p -> members.putIfAbsent(p.id(), p));
        }
        if (members.isEmpty()) {
            return List.of();
        }
        List<ApprovalRequest> requests = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (Enrolment e : enrolments.findRequestsOf(members.keySet())) {
                requests.add(new ApprovalRequest(
                        e.getId(),
                        e.getPersonId(),
                        members.get(e.getPersonId()).displayName(),
                        e.getCourseId(),
                        e.getSession().getCourse().getTitle(),
                        e.getSession().getStartsAt(),
                        localDate(e.getHoldUntil())));
            }
        });
        return requests;
    }

    /** The seat becomes the person's; they get the confirmation with the calendar invitation. */
    public void approve(long enrolmentId) {
        PortalUser user = currentUser.require();
        Request request = requireLeaderOf(user, enrolmentId);
        tx.executeWithoutResult(s -> {
            Enrolment e = lockedRequest(request);
            if (!e.getSession().getStartsAt().isAfter(LocalDateTime.now(clock))) {
                throw ValidationFailedException.of("", "training.error.session-started");
            }
            e.decide(EnrolmentStatus.ENROLLED, user.personId(), null);
            About about = About.of(e);
            notices.sessionInvitation(
                    request.personId(), request.sessionId(), "approval-granted", about.title(), about.when());
        });
    }

    /** Declined with a reason the person reads; the seat goes to the waiting list. */
    public void decline(long enrolmentId, String reason) {
        PortalUser user = currentUser.require();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw ValidationFailedException.of("reason", "training.error.reason-required");
        }
        if (text.length() > MAX_REASON) {
            throw ValidationFailedException.of("reason", "training.error.decision-reason-too-long");
        }
        if (!privacy.maySave(text)) {
            throw ValidationFailedException.of("reason", "training.error.reason-privacy");
        }
        Request request = requireLeaderOf(user, enrolmentId);
        tx.executeWithoutResult(s -> {
            Enrolment e = lockedRequest(request);
            e.decide(EnrolmentStatus.DECLINED, user.personId(), text);
            About about = About.of(e);
            notices.send(
                    request.personId(),
                    "approval-declined",
                    TrainingNotices.LINK_MINE,
                    about.title(),
                    about.when(),
                    text);
        });
        afterFreeing(request);
    }

    /** Requests whose hold ran out (run by the hourly job); returns how many expired. */
    public int expireDueRequests() {
        return expireDueRequests(clock.instant());
    }

    int expireDueRequests(Instant now) {
        currentUser.requireAnyRole(Role.ADMIN, Role.PROCESS_SUPERVISOR);
        List<Request> due = tx.execute(s -> enrolments.findExpiredRequests(now).stream()
                .map(e -> new Request(e.getId(), e.getPersonId(), e.getSession().getId()))
                .toList());
        int expired = 0;
        for (Request request : due) {
            boolean freed = Boolean.TRUE.equals(tx.execute(s -> {
                sessions.lockById(request.sessionId()).orElseThrow();
                Enrolment e = enrolments.findById(request.enrolmentId()).orElseThrow();
                if (e.getStatus() != EnrolmentStatus.AWAITING_APPROVAL
                        || !e.getHoldUntil().isBefore(now)) {
                    return false; // decided meanwhile
                }
                e.decide(EnrolmentStatus.EXPIRED, null, null);
                About about = About.of(e);
                notices.send(
                        request.personId(), "approval-expired", TrainingNotices.LINK_MINE, about.title(), about.when());
                return true;
            }));
            if (freed) {
                expired++;
                afterFreeing(request);
            }
        }
        return expired;
    }

    private record Request(long enrolmentId, long personId, long sessionId) {}

    /**
     * After the commit: the person's state row (never while holding the session lock: enrolling takes
     * the state row first, then the session, so the reverse order here could deadlock), then the
     * waiting list.
     */
    private void afterFreeing(Request request) {
        tx.executeWithoutResult(s -> refresher.refresh(Set.of(request.personId())));
        enrolmentService.fillFreedSeats(List.of(request.sessionId()));
    }

    private Request requireLeaderOf(PortalUser user, long enrolmentId) {
        Request found = tx.execute(s -> enrolments
                        .findById(enrolmentId)
                        .map(e -> new Request(
                                e.getId(), e.getPersonId(), e.getSession().getId())))
                .orElseThrow(() -> new AccessDeniedException("no such enrolment"));
        PersonSummary person =
                directory.person(found.personId()).orElseThrow(() -> new AccessDeniedException("no such person"));
        access.require(
                access.leadsTeamOf(user, person.scope()) && person.id() != user.personId(), "not your team member");
        return found;
    }

    /**
     * The request under its session's lock, taken first in the transaction (as every change of
     * seats) so the status read after it is the committed one; refused once decided.
     */
    private Enrolment lockedRequest(Request request) {
        sessions.lockById(request.sessionId()).orElseThrow();
        Enrolment e = enrolments.findById(request.enrolmentId()).orElseThrow();
        if (e.getStatus() != EnrolmentStatus.AWAITING_APPROVAL) {
            throw ValidationFailedException.of("", "training.error.request-decided");
        }
        return e;
    }

    /** What a notice about a request names: the course and the session's first day. */
    private record About(String title, LocalDate when) {
        static About of(Enrolment e) {
            return new About(
                    e.getSession().getCourse().getTitle(),
                    e.getSession().getStartsAt().toLocalDate());
        }
    }

    private LocalDate localDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
