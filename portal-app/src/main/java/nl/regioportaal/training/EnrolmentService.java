package nl.regioportaal.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
import nl.regioportaal.training.SeatLedger.LockedSession;
import nl.regioportaal.training.SeatLedger.NewEnrolment;
import nl.regioportaal.training.SeatLedger.Occupancy;
import nl.regioportaal.training.SeatLedger.SessionCourse;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who holds a seat: enrolling (a seat or the waiting list), cancelling, the waiting list moving up
 * when a seat frees, reserved seats released (a whole session is cancelled by
 * {@link SessionCancellation}). Every method checks the
 * role and the person or session concerned through the {@link AccessPolicy}.
 * <p>
 * Seats are only ever changed while holding the session row's lock ({@code SELECT ... FOR UPDATE}),
 * in a short transaction of its own; the read model and the notices of the people moved up follow
 * after the commit, so the lock is held for as little as possible. Why the enrolment path looks as
 * it does: "The enrolment path" in docs/architecture.md.
 */
@Service
public class EnrolmentService {

    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final SeatLedger ledger;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final StatusRefresher refresher;
    private final TrainingNotices notices;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    /** For work after another transaction committed (its resources may still be bound to the thread). */
    private final TransactionTemplate newTx;
    /**
     * READ COMMITTED: the seat count must see every enrolment committed before this transaction got
     * the session lock; under REPEATABLE READ an earlier read (the person lookup) would freeze an
     * older snapshot and the session could be overbooked. Set and reset by the transaction manager
     * (a plain {@code SET TRANSACTION} leaked to the pooled connection's next transaction in a probe).
     */
    private final TransactionTemplate enrolTx;

    EnrolmentService(
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            SeatLedger ledger,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            StatusRefresher refresher,
            TrainingNotices notices,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.ledger = ledger;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.refresher = refresher;
        this.notices = notices;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
        this.newTx = new TransactionTemplate(transactionManager);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enrolTx = new TransactionTemplate(transactionManager);
        this.enrolTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Enrols the current user. */
    public EnrolResult enrol(long sessionId) {
        return enrol(sessionId, currentUser.require().personId());
    }

    /**
     * Enrols a person: a seat if one is free for them (quota rules), otherwise the next place on the
     * waiting list. A team leader may enrol members of their team; the process supervisor anyone.
     */
    public EnrolResult enrol(long sessionId, long personId) {
        PortalUser user = currentUser.require();
        try {
            return enrolTx.execute(s -> {
                PersonSummary person = personForEnrolment(user, personId);
                access.require(access.mayActFor(user, person.scope()), "not your enrolment");
                SessionCourse course =
                        ledger.courseOf(sessionId).orElseThrow(() -> new AccessDeniedException("no such session"));
                // The person's state row for this course, in the same transaction so it is never
                // behind a committed enrolment. It is "enrolled" whether a seat or a waiting-list place
                // follows, so it is written before the session lock is taken: the lock is then held
                // for the seat alone (and the notice). If the enrolment is refused the row rolls back.
                // Lock order is always status row, then session row (no other path holds a session
                // lock while writing status rows in the same transaction), so no deadlock.
                refresher.refreshPair(
                        person, course.rule(), true, person.startDate() == null && personId == user.personId());
                Placed placed = place(sessionId, course, person, user);
                LocalDate when = placed.startsAt().toLocalDate();
                if (placed.result().status() == EnrolmentStatus.ENROLLED) {
                    notices.sessionInvitation(personId, sessionId, "enrolment-confirmed", course.title(), when);
                } else if (placed.result().status() == EnrolmentStatus.AWAITING_APPROVAL) {
                    notices.approvalRequested(personId, course.title(), when, localDate(placed.holdUntil()));
                } else {
                    notices.send(
                            personId,
                            "waiting-list",
                            TrainingNotices.LINK_MINE,
                            course.title(),
                            when,
                            placed.result().waitingPosition());
                }
                return placed.result();
            });
        } catch (DataIntegrityViolationException e) {
            // the unique key (person, course, open) refused a second open enrolment: checked by the
            // database rather than by a query first, as it is rare and must hold under concurrency anyway
            throw ValidationFailedException.of("", "training.error.already-enrolled");
        }
    }

    /**
     * Enrolling oneself is the common case: who the user is (municipality, teams, roles) is known
     * from the login, as for every other check in the portal; the start date (only needed for the
     * state row of a mandatory course) comes from the read model with the latest completion. Only
     * enrolling someone else needs the staff directory.
     */
    private PersonSummary personForEnrolment(PortalUser user, long personId) {
        if (personId == user.personId() && !user.teamIds().isEmpty()) {
            return new PersonSummary(
                    personId,
                    user.displayName(),
                    null,
                    user.municipalityId(),
                    user.teamIds(),
                    user.roles(),
                    null,
                    true);
        }
        return directory
                .person(personId)
                .filter(PersonSummary::active)
                .orElseThrow(() -> new AccessDeniedException("no such person"));
    }

    private record Placed(EnrolResult result, LocalDateTime startsAt, Instant holdUntil) {}

    /**
     * The seat itself, in as few statements as the rules allow (the session row stays locked until
     * the commit): lock the session row, the seat and waiting counts, the insert. No entities.
     */
    private Placed place(long sessionId, SessionCourse course, PersonSummary person, PortalUser user) {
        LockedSession session = ledger.lock(sessionId).orElseThrow(() -> new AccessDeniedException("no such session"));
        if (!course.published()) {
            throw new AccessDeniedException("plan not published");
        }
        if (session.cancelled()) {
            throw ValidationFailedException.of("", "training.error.session-cancelled");
        }
        if (!session.startsAt().isAfter(now())) {
            throw ValidationFailedException.of("", "training.error.session-started");
        }
        Occupancy seats = ledger.occupancy(sessionId, session.quotaReleased());
        // free seats are always handed to the waiting list first (promote), so a seat still free
        // here is one nobody waiting may take: no queue-jumping
        EnrolmentStatus seat =
                needsApproval(course, person, user) ? EnrolmentStatus.AWAITING_APPROVAL : EnrolmentStatus.ENROLLED;
        EnrolmentStatus status = SeatRule.seatFree(
                        session.seats(),
                        session.quotaReleased(),
                        seats.quotas(),
                        person.municipalityId(),
                        seats.taken())
                ? seat
                : EnrolmentStatus.WAITING;
        Instant holdUntil =
                status == EnrolmentStatus.AWAITING_APPROVAL ? holdUntil(course.holdDays(), session.startsAt()) : null;
        long id = ledger.insert(new NewEnrolment(
                sessionId,
                course.courseId(),
                person.id(),
                person.municipalityId(),
                status,
                user.personId(),
                clock.instant(),
                holdUntil));
        // every enrolment of this session is inserted while holding its lock, so everybody waiting
        // now came earlier (a lower id): the new place is behind all of them
        long position = status == EnrolmentStatus.WAITING ? seats.waiting() + 1 : 0;
        return new Placed(new EnrolResult(id, status, position), session.startsAt(), holdUntil);
    }

    /** Only people enrolling themselves ask: a team leader or the region enrolling someone is the approval. */
    private boolean needsApproval(SessionCourse course, PersonSummary person, PortalUser user) {
        return course.requiresApproval() && !access.leadsTeamOf(user, person.scope()) && !access.isRegionWide(user);
    }

    private Instant holdUntil(int days, LocalDateTime sessionStart) {
        return Enrolment.holdUntil(clock.instant(), days, sessionStart);
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    /**
     * Cancels an open enrolment (a seat only up to the cut-off before the session); the first
     * person on the waiting list who may take the freed seat moves up and is told.
     */
    public void cancel(long enrolmentId) {
        PortalUser user = currentUser.require();
        Enrolment found = readTx.execute(s -> enrolments.findById(enrolmentId))
                .orElseThrow(() -> new AccessDeniedException("no such enrolment"));
        PersonSummary person = readTx.execute(s -> directory.person(found.getPersonId()))
                .orElseThrow(() -> new AccessDeniedException("no such person"));
        access.require(access.mayActFor(user, person.scope()), "not your enrolment");
        List<Enrolment> promoted = tx.execute(s -> {
            CourseSession session =
                    sessions.lockById(found.getSession().getId()).orElseThrow();
            Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
            if (!e.getStatus().isOpen()) {
                throw ValidationFailedException.of("", "training.error.not-open");
            }
            if (!session.mayGiveUp(e.getStatus(), now())) {
                throw ValidationFailedException.of("", "training.error.cutoff-passed");
            }
            if (e.getStatus() == EnrolmentStatus.ENROLLED) {
                // only a seat came with a calendar invitation (enrolment confirmed or moved up)
                notices.seatGivenUp(e.getPersonId(), session);
            }
            e.setStatus(EnrolmentStatus.CANCELLED);
            enrolments.flush();
            return promote(session);
        });
        afterPromotion(person.id(), promoted);
    }

    private void afterPromotion(Long alsoRefresh, List<Enrolment> promoted) {
        tx.executeWithoutResult(s -> {
            Set<Long> ids = new HashSet<>();
            if (alsoRefresh != null) {
                ids.add(alsoRefresh);
            }
            promoted.forEach(e -> ids.add(e.getPersonId()));
            refresher.refresh(ids);
            for (Enrolment e : promoted) {
                if (e.getStatus() == EnrolmentStatus.AWAITING_APPROVAL) {
                    notices.approvalRequested(
                            e.getPersonId(),
                            e.getSession().getCourse().getTitle(),
                            e.getSession().getStartsAt().toLocalDate(),
                            localDate(e.getHoldUntil()));
                    continue;
                }
                notices.sessionInvitation(
                        e.getPersonId(),
                        e.getSession().getId(),
                        "promoted",
                        e.getSession().getCourse().getTitle(),
                        e.getSession().getStartsAt().toLocalDate());
            }
        });
    }

    /**
     * Hands seats freed outside {@link #cancel} (a session edited to more seats, the enrolments of
     * an erased person) to the waiting list, with the "promoted" notice. Called after the freeing
     * transaction committed, so every session in a new transaction of its own that takes the
     * session lock first.
     */
    void fillFreedSeats(Collection<Long> sessionIds) {
        for (Long id : sessionIds) {
            List<Enrolment> promoted = newTx.execute(s -> {
                CourseSession session = sessions.lockById(id).orElseThrow();
                if (session.isCancelled() || !session.getStartsAt().isAfter(now())) {
                    return List.<Enrolment>of();
                }
                return promote(session);
            });
            if (!promoted.isEmpty()) {
                newTx.executeWithoutResult(s -> afterPromotion(null, promoted));
            }
        }
    }

    /** Fills free seats from the waiting list in arrival order; call with the session locked. */
    private List<Enrolment> promote(CourseSession s) {
        Map<Long, Long> taken = ledger.takenPerMunicipality(s.getId());
        List<Enrolment> promoted = new ArrayList<>();
        for (Enrolment w : enrolments.findBySessionAndStatus(s.getId(), EnrolmentStatus.WAITING)) {
            if (SeatRule.total(taken) >= s.getSeats()) {
                break;
            }
            if (SeatRule.seatFree(s, w.getMunicipalityId(), taken)) {
                // the waiting list was joined without asking: the freed seat is held for the request
                if (s.getCourse().isRequiresApproval() && w.getEnrolledByPersonId() == w.getPersonId()) {
                    w.awaitApproval(holdUntil(s.getCourse().getApprovalHoldDays(), s.getStartsAt()));
                } else {
                    w.setStatus(EnrolmentStatus.ENROLLED);
                }
                taken.merge(w.getMunicipalityId(), 1L, Long::sum);
                promoted.add(w);
            }
        }
        // touch the lazy parts the notices need while the session is still attached
        promoted.forEach(e -> e.getSession().getCourse().getTitle());
        return promoted;
    }

    /**
     * Quota seats not taken are opened to everybody once the session is this close (run by the
     * scheduled job); the waiting list then moves up.
     */
    public int releaseDueQuotas() {
        currentUser.requireAnyRole(Role.ADMIN, Role.PROCESS_SUPERVISOR);
        List<Long> due = readTx.execute(s -> sessions.findUnreleasedFuture(now()));
        int released = 0;
        for (Long id : due) {
            List<Enrolment> promoted = tx.execute(s -> {
                CourseSession session = sessions.lockById(id).orElseThrow();
                if (session.isQuotaReleased()
                        || now().isBefore(session.getStartsAt().minusDays(session.getQuotaReleaseDays()))) {
                    return null;
                }
                session.releaseQuota();
                return promote(session);
            });
            if (promoted != null) {
                released++;
                afterPromotion(null, promoted);
            }
        }
        return released;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
