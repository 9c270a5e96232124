package nl.regioportaal.training;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionSettings;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.pdf.PortalPdf;
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
 * attendance per day part (which completes the course or not) and the sign-in sheet. A session's
 * trainer or region-wide staff run a session.
 */
@Service
public class AttendanceService {

    /** Attendance for a day part can be recorded from this long before it starts. */
    public static final Duration OPENS_BEFORE_START = Duration.ofMinutes(15);

    static final int MAX_REASON = 200;

    private static final Set<EnrolmentStatus> RECORDABLE =
            EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED);

    /** The sign-in sheet as a file to download. */
    public record SignInSheet(String fileName, byte[] pdf) {}

    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendances;
    private final CompletionRepository completions;
    private final SeatLedger ledger;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final StatusRefresher refresher;
    private final TrainingNotices notices;
    private final RegionSettings region;
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
            TrainingNotices notices,
            RegionSettings region,
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
        this.notices = notices;
        this.region = region;
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
        Map<Long, Map<Long, String>> reasons = new HashMap<>();
        for (Attendance a : attendances.findBySession(sessionId)) {
            marks.computeIfAbsent(a.getEnrolment().getId(), k -> new HashMap<>())
                    .put(a.getSessionDateId(), a.getState());
            if (a.getReason() != null) {
                reasons.computeIfAbsent(a.getEnrolment().getId(), k -> new HashMap<>())
                        .put(a.getSessionDateId(), a.getReason());
            }
        }
        List<Attendee> attendees = new ArrayList<>();
        List<Attendee> waiting = new ArrayList<>();
        for (Enrolment e : list) {
            Attendee a = new Attendee(
                    e.getId(),
                    e.getPersonId(),
                    names.getOrDefault(e.getPersonId(), "?"),
                    e.getStatus(),
                    marks.getOrDefault(e.getId(), Map.of()),
                    reasons.getOrDefault(e.getId(), Map.of()));
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
                waiting,
                s.getDates().stream()
                        .filter(d -> !LocalDateTime.now(clock).isBefore(opensAt(d.getStartsAt())))
                        .map(SessionDate::getId)
                        .collect(Collectors.toSet()));
    }

    /**
     * Records attendance for one day part, from {@link #OPENS_BEFORE_START} before it starts (a
     * trainer ticks people off as they come in, not days ahead). Present at every day part completes
     * the course (a certificate, and a notice to the person); once every day part is recorded and one
     * is missed, the enrolment is closed as not completed. {@code reason} is kept for "afgemeld met
     * reden" only.
     */
    public void recordAttendance(long enrolmentId, long sessionDateId, AttendanceState state, String reason) {
        PortalUser user = currentUser.require();
        String why = state == AttendanceState.EXCUSED && reason != null && !reason.isBlank() ? reason.strip() : null;
        if (why != null && why.length() > MAX_REASON) {
            throw ValidationFailedException.of("reason", "training.error.reason-too-long");
        }
        Long personId = tx.execute(st -> {
            Enrolment e =
                    enrolments.findById(enrolmentId).orElseThrow(() -> new AccessDeniedException("no such enrolment"));
            CourseSession s = e.getSession();
            access.require(access.mayRunSession(user, s.getTrainerPersonId()), "not your session");
            SessionDate date = dayPart(s, sessionDateId);
            if (!RECORDABLE.contains(e.getStatus())) {
                throw ValidationFailedException.of("", "training.error.not-enrolled");
            }
            mark(e, date, state, why);
            settle(e, s);
            return e.getPersonId();
        });
        tx.executeWithoutResult(st -> refresher.refresh(List.of(personId)));
    }

    public void recordAttendance(long enrolmentId, long sessionDateId, AttendanceState state) {
        recordAttendance(enrolmentId, sessionDateId, state, null);
    }

    /**
     * "Iedereen aanwezig": everyone on the list without a mark for this day part is marked present;
     * marks already made (the exceptions) stay. Returns how many were marked.
     */
    public int markEveryonePresent(long sessionId, long sessionDateId) {
        PortalUser user = currentUser.require();
        List<Long> marked = tx.execute(st -> {
            CourseSession s =
                    sessions.findById(sessionId).orElseThrow(() -> new AccessDeniedException("no such session"));
            access.require(access.mayRunSession(user, s.getTrainerPersonId()), "not your session");
            SessionDate date = dayPart(s, sessionDateId);
            Set<Long> alreadyMarked = attendances.findBySession(sessionId).stream()
                    .filter(a -> a.getSessionDateId() == sessionDateId)
                    .map(a -> a.getEnrolment().getId())
                    .collect(Collectors.toSet());
            List<Long> people = new ArrayList<>();
            for (Enrolment e : enrolments.findBySessionAndStatuses(sessionId, RECORDABLE)) {
                if (!alreadyMarked.contains(e.getId())) {
                    mark(e, date, AttendanceState.PRESENT, null);
                    settle(e, s);
                    people.add(e.getPersonId());
                }
            }
            return people;
        });
        if (!marked.isEmpty()) {
            tx.executeWithoutResult(st -> refresher.refresh(marked));
        }
        return marked.size();
    }

    /** The printable sign-in sheet: session data, and per person one signature column per day part. */
    @Transactional(readOnly = true)
    public SignInSheet signInSheet(long sessionId) {
        AttendanceSheet sheet = attendanceSheet(sessionId);
        CourseSession s = sessions.findById(sessionId).orElseThrow();
        byte[] pdf = SignInSheetPdf.render(
                region.issuer().name(),
                sheet,
                s.getCourse().getProvider(),
                s.getCourse().getHours());
        LocalDate first = sheet.dates().isEmpty()
                ? s.getStartsAt().toLocalDate()
                : sheet.dates().getFirst().start().toLocalDate();
        return new SignInSheet(PortalPdf.fileName("presentielijst", sheet.courseTitle(), first.toString()), pdf);
    }

    private SessionDate dayPart(CourseSession s, long sessionDateId) {
        SessionDate date = s.getDates().stream()
                .filter(d -> d.getId() == sessionDateId)
                .findFirst()
                .orElseThrow(() -> ValidationFailedException.of("", "training.error.date-not-in-session"));
        if (LocalDateTime.now(clock).isBefore(opensAt(date.getStartsAt()))) {
            throw ValidationFailedException.of("", "training.error.attendance-too-early");
        }
        return date;
    }

    /** When attendance for a day part starting at {@code start} may be recorded. */
    public static LocalDateTime opensAt(LocalDateTime start) {
        return start.minus(OPENS_BEFORE_START);
    }

    private void mark(Enrolment e, SessionDate date, AttendanceState state, String reason) {
        attendances
                .find(e.getId(), date.getId())
                .ifPresentOrElse(
                        a -> a.setState(state, reason),
                        () -> attendances.save(new Attendance(e, date.getId(), state, reason)));
        attendances.flush();
    }

    /** The enrolment's status after a mark; a fresh completion brings its certificate notice. */
    private void settle(Enrolment e, CourseSession s) {
        Map<Long, AttendanceState> marks = attendances.findByEnrolment(e.getId()).stream()
                .collect(Collectors.toMap(Attendance::getSessionDateId, Attendance::getState));
        boolean allRecorded = s.getDates().stream().allMatch(d -> marks.containsKey(d.getId()));
        boolean allPresent = allRecorded && marks.values().stream().allMatch(m -> m == AttendanceState.PRESENT);
        Optional<Completion> completion = completions.findByEnrolmentId(e.getId());
        if (allPresent) {
            e.setStatus(EnrolmentStatus.COMPLETED);
            if (completion.isEmpty()) {
                LocalDate lastDay = s.getDates().getLast().getStartsAt().toLocalDate();
                Completion done = completions.save(new Completion(e.getPersonId(), s.getCourse(), e.getId(), lastDay));
                notices.send(
                        e.getPersonId(),
                        "completed",
                        "certificaat/" + CertificateCode.display(done.getCertificateCode()),
                        s.getCourse().getTitle(),
                        lastDay,
                        CertificateCode.display(done.getCertificateCode()));
            }
        } else {
            completion.ifPresent(completions::delete);
            e.setStatus(allRecorded ? EnrolmentStatus.NOT_COMPLETED : EnrolmentStatus.ENROLLED);
        }
    }
}
