package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.SeatLedger.Counts;
import nl.regioportaal.training.TrainingModel.AttendanceSheet;
import nl.regioportaal.training.TrainingModel.Attendee;
import nl.regioportaal.training.TrainingModel.SessionRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens at and after a session: the trainer's list of sessions, the attendance sheet,
 * attendance per day part (which completes the course or not) and the certificate. A session's
 * trainer or region-wide staff run a session; a certificate is its holder's (and region-wide
 * staff's).
 */
@Service
public class AttendanceService {

    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendances;
    private final CompletionRepository completions;
    private final SeatLedger ledger;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final StatusRefresher refresher;
    private final TransactionTemplate tx;
    private final Clock clock;

    AttendanceService(
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            AttendanceRepository attendances,
            CompletionRepository completions,
            SeatLedger ledger,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            StatusRefresher refresher,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendances = attendances;
        this.completions = completions;
        this.ledger = ledger;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.refresher = refresher;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The trainer's own sessions; region-wide staff see every session from three months back. */
    @Transactional(readOnly = true)
    public List<SessionRow> manageableSessions() {
        PortalUser user = currentUser.requireAnyRole(Role.TRAINER, Role.PROCESS_SUPERVISOR, Role.ADMIN);
        List<CourseSession> list = access.isRegionWide(user)
                ? sessions.findFrom(LocalDateTime.now(clock).minusMonths(3))
                : sessions.findByTrainer(user.personId());
        Map<Long, Counts> counts =
                ledger.counts(list.stream().map(CourseSession::getId).toList());
        return list.stream()
                .map(s -> {
                    Counts n = counts.getOrDefault(s.getId(), Counts.NONE);
                    return new SessionRow(
                            s.getId(),
                            s.getCourse().getId(),
                            s.getCourse().getTitle(),
                            s.getStartsAt(),
                            s.placeOrLink(),
                            s.getTrainerName(),
                            s.getSeats(),
                            n.enrolled(),
                            n.waiting(),
                            s.isCancelled());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public AttendanceSheet attendanceSheet(long sessionId) {
        PortalUser user = currentUser.require();
        CourseSession s = sessions.findById(sessionId).orElseThrow(() -> new AccessDeniedException("no such session"));
        access.require(access.mayRunSession(user, s.getTrainerPersonId()), "not your session");
        List<Enrolment> list = enrolments.findBySessionAndStatuses(
                sessionId,
                EnumSet.of(
                        EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.NOT_COMPLETED,
                        EnrolmentStatus.WAITING));
        Map<Long, String> names =
                directory.people(list.stream().map(Enrolment::getPersonId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        Map<Long, Map<Long, AttendanceState>> marks = new HashMap<>();
        attendances
                .findBySession(sessionId)
                .forEach(a -> marks.computeIfAbsent(a.getEnrolment().getId(), k -> new HashMap<>())
                        .put(a.getSessionDateId(), a.getState()));
        List<Attendee> attendees = new ArrayList<>();
        List<Attendee> waiting = new ArrayList<>();
        for (Enrolment e : list) {
            Attendee a = new Attendee(
                    e.getId(),
                    e.getPersonId(),
                    names.getOrDefault(e.getPersonId(), "?"),
                    e.getStatus(),
                    marks.getOrDefault(e.getId(), Map.of()));
            (e.getStatus() == EnrolmentStatus.WAITING ? waiting : attendees).add(a);
        }
        attendees.sort(Comparator.comparing(Attendee::name));
        return new AttendanceSheet(
                s.getId(),
                s.getCourse().getTitle(),
                s.placeOrLink(),
                s.getTrainerName(),
                s.dayParts(),
                attendees,
                waiting);
    }

    /**
     * Records attendance for one day part. Present at every day part completes the course (a
     * certificate); once every day part is recorded and one is missed, the enrolment is closed as
     * not completed.
     */
    public void recordAttendance(long enrolmentId, long sessionDateId, AttendanceState state) {
        PortalUser user = currentUser.require();
        Long personId = tx.execute(st -> {
            Enrolment e =
                    enrolments.findById(enrolmentId).orElseThrow(() -> new AccessDeniedException("no such enrolment"));
            CourseSession s = e.getSession();
            access.require(access.mayRunSession(user, s.getTrainerPersonId()), "not your session");
            SessionDate date = s.getDates().stream()
                    .filter(d -> d.getId() == sessionDateId)
                    .findFirst()
                    .orElseThrow(() -> ValidationFailedException.of("", "training.error.date-not-in-session"));
            if (date.getStartsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
                throw ValidationFailedException.of("", "training.error.attendance-future");
            }
            if (!EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED)
                    .contains(e.getStatus())) {
                throw ValidationFailedException.of("", "training.error.not-enrolled");
            }
            attendances
                    .find(enrolmentId, sessionDateId)
                    .ifPresentOrElse(
                            a -> a.setState(state), () -> attendances.save(new Attendance(e, sessionDateId, state)));
            attendances.flush();
            Map<Long, AttendanceState> marks = attendances.findByEnrolment(enrolmentId).stream()
                    .collect(Collectors.toMap(Attendance::getSessionDateId, Attendance::getState));
            boolean allRecorded = s.getDates().stream().allMatch(d -> marks.containsKey(d.getId()));
            boolean allPresent = allRecorded && marks.values().stream().allMatch(m -> m == AttendanceState.PRESENT);
            Optional<Completion> completion = completions.findByEnrolmentId(enrolmentId);
            if (allPresent) {
                e.setStatus(EnrolmentStatus.COMPLETED);
                if (completion.isEmpty()) {
                    LocalDate lastDay = s.getDates().getLast().getStartsAt().toLocalDate();
                    completions.save(new Completion(e.getPersonId(), s.getCourse(), e.getId(), lastDay));
                }
            } else {
                completion.ifPresent(completions::delete);
                e.setStatus(allRecorded ? EnrolmentStatus.NOT_COMPLETED : EnrolmentStatus.ENROLLED);
            }
            return e.getPersonId();
        });
        tx.executeWithoutResult(st -> refresher.refresh(List.of(personId)));
    }

    /** Certificate of a completion as a PDF (the person, the process supervisor or an administrator). */
    @Transactional(readOnly = true)
    public byte[] certificatePdf(long completionId) {
        PortalUser user = currentUser.require();
        Completion c =
                completions.findById(completionId).orElseThrow(() -> new AccessDeniedException("no such certificate"));
        access.require(access.maySeeCertificatesOf(user, c.getPersonId()), "certificate of someone else");
        String name = directory
                .person(c.getPersonId())
                .map(PersonSummary::displayName)
                .orElse("");
        return CertificatePdf.render(
                name,
                c.getCourse().getTitle(),
                c.getCourse().getHours(),
                c.getCompletedOn(),
                c.getValidUntil(),
                "RP-" + c.getCompletedOn().getYear() + "-" + c.getId());
    }
}
