package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PersonScope;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.training.SeatLedger.Counts;
import nl.regioportaal.training.TrainingModel.CatalogueFilter;
import nl.regioportaal.training.TrainingModel.CertificateInfo;
import nl.regioportaal.training.TrainingModel.CourseCard;
import nl.regioportaal.training.TrainingModel.CourseDetails;
import nl.regioportaal.training.TrainingModel.EnrolPreview;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.MyEnrolment;
import nl.regioportaal.training.TrainingModel.MyTraining;
import nl.regioportaal.training.TrainingModel.Outcome;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training plan as a professional reads it: the catalogue, a course page with what "enrol"
 * would do, one's own training (mandatory courses with their state, enrolments, certificates) and
 * the next session. Read-only; changes go through {@link EnrolmentService}.
 */
@Service
@Transactional(readOnly = true)
public class TrainingQueries {

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CompletionRepository completions;
    private final SeatLedger ledger;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final InterestService interest;
    private final Clock clock;

    TrainingQueries(
            CourseRepository courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            CompletionRepository completions,
            SeatLedger ledger,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            InterestService interest,
            Clock clock) {
        this.interest = interest;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.completions = completions;
        this.ledger = ledger;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    public List<CourseCard> catalogue(CatalogueFilter filter) {
        PortalUser user = currentUser.require();
        Optional<TrainingSubject> me = subjectOf(user.personId());
        List<CourseSession> upcoming = sessions.findUpcomingPublished(now());
        Map<Long, Counts> counts =
                ledger.counts(upcoming.stream().map(CourseSession::getId).toList());
        Map<Long, List<CourseSession>> byCourse = upcoming.stream()
                .filter(s -> filter.month() == null
                        || YearMonth.from(s.getStartsAt()).equals(filter.month()))
                .collect(Collectors.groupingBy(s -> s.getCourse().getId()));
        List<CourseCard> cards = new ArrayList<>();
        Map<Long, String> providers = providerNames();
        for (Course c : courses.findPublished()) {
            if (filter.mandatory() != null && filter.mandatory() != c.isMandatory()) {
                continue;
            }
            List<CourseSession> own = byCourse.getOrDefault(c.getId(), List.of());
            if (filter.month() != null && own.isEmpty()) {
                continue;
            }
            int open = own.stream()
                    .mapToInt(s -> Math.max(
                            0,
                            s.getSeats()
                                    - counts.getOrDefault(s.getId(), Counts.NONE)
                                            .enrolled()))
                    .sum();
            if (filter.openSeatsOnly() && open == 0) {
                continue;
            }
            boolean required =
                    me.map(s -> TrainingStatusRules.isRequired(c.rule(), s)).orElse(false);
            cards.add(new CourseCard(
                    c.getId(),
                    c.getTitle(),
                    c.isMandatory(),
                    c.getHours(),
                    providerOf(c, providers),
                    required,
                    own.size(),
                    open,
                    own.isEmpty() ? null : own.getFirst().getStartsAt()));
        }
        return cards;
    }

    public CourseDetails course(long courseId) {
        PortalUser user = currentUser.require();
        Course c = courses.findById(courseId)
                .filter(x -> x.getPlan().isPublished() || access.isRegionWide(user))
                .orElseThrow(() -> new AccessDeniedException("no such course"));
        List<CourseSession> list = sessions.findByCourse(courseId);
        Map<Long, Counts> counts =
                ledger.counts(list.stream().map(CourseSession::getId).toList());
        Optional<Enrolment> mine = enrolments.findOpen(user.personId(), courseId);
        List<Enrolment> myAll = enrolments.findByPerson(user.personId()).stream()
                .filter(e -> e.getCourseId() == courseId)
                .toList();
        CourseStatus status = statusOf(user.personId(), c).orElse(null);
        LocalDate myDeadline =
                status == null || status.state() == TrainingState.NOT_REQUIRED ? null : status.deadline();
        List<SessionInfo> infos = new ArrayList<>();
        for (CourseSession s : list) {
            Counts n = counts.getOrDefault(s.getId(), Counts.NONE);
            Enrolment own = myAll.stream()
                    .filter(e -> e.getSession().getId().equals(s.getId()))
                    .max(Comparator.comparing(Enrolment::getId))
                    .orElse(null);
            long position = own != null && own.getStatus() == EnrolmentStatus.WAITING
                    ? enrolments.waitingBefore(s.getId(), own.getId()) + 1
                    : 0;
            boolean afterDeadline = myDeadline != null
                    && s.getStartsAt().toLocalDate().isAfter(myDeadline)
                    && !s.isCancelled()
                    && s.getStartsAt().isAfter(now());
            infos.add(new SessionInfo(
                    s.getId(),
                    s.dayParts(),
                    s.getPlace(),
                    s.getOnlineLink(),
                    s.getTrainerName(),
                    s.getSeats(),
                    n.enrolled(),
                    n.waiting(),
                    s.isCancelled(),
                    own == null ? null : own.getId(),
                    own == null ? null : own.getStatus(),
                    position,
                    own != null && s.mayGiveUp(own.getStatus(), now()),
                    afterDeadline,
                    preview(s, c, user, mine.isPresent(), n)));
        }
        return new CourseDetails(
                c.getId(),
                c.getTitle(),
                c.getDescription(),
                c.getHours(),
                providerOf(c, providerNames()),
                c.isMandatory(),
                c.getValidityMonths(),
                c.getPlan().getTitle(),
                status,
                mine.map(Enrolment::getStatus).orElse(null),
                c.isRequiresApproval(),
                list.stream().anyMatch(s -> !s.isCancelled() && s.getStartsAt().isAfter(now())),
                interest.isInterested(courseId),
                infos);
    }

    private EnrolPreview preview(CourseSession s, Course c, PortalUser user, boolean hasOpen, Counts counts) {
        if (s.isCancelled() || !s.getStartsAt().isAfter(now())) {
            return new EnrolPreview(Outcome.CLOSED, 0);
        }
        if (hasOpen) {
            return new EnrolPreview(Outcome.ALREADY_OPEN, 0);
        }
        if (SeatRule.seatFree(s, user.municipalityId(), ledger.takenPerMunicipality(s.getId()))) {
            // as EnrolmentService decides: a team leader's or the region's own enrolment is approved
            boolean asks = c.isRequiresApproval()
                    && !access.leadsTeamOf(
                            user, new PersonScope(user.personId(), user.municipalityId(), user.teamIds()))
                    && !access.isRegionWide(user);
            return new EnrolPreview(asks ? Outcome.APPROVAL : Outcome.SEAT, 0);
        }
        return new EnrolPreview(Outcome.WAITING_LIST, counts.waiting() + 1L);
    }

    public MyTraining myTraining() {
        PortalUser user = currentUser.require();
        return trainingOf(user.personId());
    }

    /**
     * A person's training, for the drill-down of the overview: the person, their team leader, the
     * manager of their municipality (to read), the process supervisor.
     */
    public MyTraining trainingOf(long personId) {
        PortalUser user = currentUser.require();
        PersonSummary person =
                directory.person(personId).orElseThrow(() -> new AccessDeniedException("no such person"));
        access.require(access.maySeePerson(user, person.scope()), "not your enrolment");
        LocalDate today = today();
        Optional<TrainingSubject> subject = subjectOf(person);
        List<Completion> done = completions.findByPerson(personId);
        List<Enrolment> all = enrolments.findByPerson(personId);
        Map<Long, EnrolmentStatus> open = new HashMap<>();
        all.stream().filter(e -> e.getStatus().isOpen()).forEach(e -> open.put(e.getCourseId(), e.getStatus()));
        List<MyCourse> mandatory = new ArrayList<>();
        if (subject.isPresent()) {
            for (Course c : courses.findPublishedMandatory()) {
                if (!TrainingStatusRules.isRequired(c.rule(), subject.get())) {
                    continue;
                }
                Completion latest = latestOf(done, c);
                mandatory.add(new MyCourse(
                        c.getId(),
                        c.getTitle(),
                        TrainingStatusRules.compute(
                                c.rule(),
                                subject.get(),
                                latest == null ? null : latest.getCompletedOn(),
                                latest == null ? null : latest.getValidUntil(),
                                open.containsKey(c.getId()),
                                today),
                        open.get(c.getId())));
            }
        }
        List<MyEnrolment> mine = new ArrayList<>();
        for (Enrolment e : all) {
            CourseSession s = e.getSession();
            long pos =
                    e.getStatus() == EnrolmentStatus.WAITING ? enrolments.waitingBefore(s.getId(), e.getId()) + 1 : 0;
            mine.add(new MyEnrolment(
                    e.getId(),
                    e.getCourseId(),
                    s.getCourse().getTitle(),
                    s.getId(),
                    s.getStartsAt(),
                    s.placeOrLink(),
                    e.getStatus(),
                    pos,
                    s.mayGiveUp(e.getStatus(), now()),
                    s.isOver(now()),
                    e.getHoldUntil() == null ? null : LocalDate.ofInstant(e.getHoldUntil(), clock.getZone()),
                    e.getDecisionReason()));
        }
        Set<Long> seen = new HashSet<>();
        List<CertificateInfo> certificates = new ArrayList<>();
        for (Completion d : done) {
            boolean current =
                    seen.add(d.getCourse().getId()) && (d.getValidUntil() == null || !today.isAfter(d.getValidUntil()));
            certificates.add(new CertificateInfo(
                    d.getId(),
                    d.getCourse().getId(),
                    d.getCourse().getTitle(),
                    d.getCompletedOn(),
                    d.getValidUntil(),
                    current));
        }
        return new MyTraining(mandatory, mine, certificates);
    }

    /**
     * The current user's next session with a seat, for the Start page: taken from {@link
     * #myTraining()} so the card and "Mijn scholing" can never disagree (a waiting-list place, a
     * request or a past session is no "next session").
     */
    public Optional<MyEnrolment> myNextSession() {
        return myTraining().enrolments().stream()
                .filter(e ->
                        e.status() == EnrolmentStatus.ENROLLED && e.startsAt().isAfter(now()))
                .min(Comparator.comparing(MyEnrolment::startsAt));
    }

    /**
     * The date by which a person must have done a course (none when it is not required of them), for
     * whoever enrols them to be warned as they would be themselves.
     */
    public Optional<LocalDate> deadlineOf(long personId, long courseId) {
        PortalUser user = currentUser.require();
        PersonSummary person =
                directory.person(personId).orElseThrow(() -> new AccessDeniedException("no such person"));
        access.require(access.maySeePerson(user, person.scope()), "not your team member");
        return courses.findById(courseId)
                .flatMap(c -> statusOf(personId, c))
                .filter(s -> s.state() != TrainingState.NOT_REQUIRED)
                .map(CourseStatus::deadline);
    }

    /** The provider as the plan names it, else the linked organisation's name. */
    private static String providerOf(Course c, Map<Long, String> organisations) {
        return c.getProvider() != null && !c.getProvider().isBlank()
                ? c.getProvider()
                : organisations.get(c.getProviderId());
    }

    private Map<Long, String> providerNames() {
        return directory.providers().stream().collect(Collectors.toMap(ProviderRef::id, ProviderRef::name));
    }

    private Optional<CourseStatus> statusOf(long personId, Course c) {
        Optional<TrainingSubject> subject = subjectOf(personId);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Completion latest = latestOf(completions.findByPerson(personId), c);
        return Optional.of(TrainingStatusRules.compute(
                c.rule(),
                subject.get(),
                latest == null ? null : latest.getCompletedOn(),
                latest == null ? null : latest.getValidUntil(),
                enrolments.findOpen(personId, c.getId()).isPresent(),
                today()));
    }

    /** The latest completion of the course (the list comes newest first). */
    private static Completion latestOf(List<Completion> done, Course c) {
        return done.stream()
                .filter(d -> d.getCourse().getId().equals(c.getId()))
                .findFirst()
                .orElse(null);
    }

    private Optional<TrainingSubject> subjectOf(long personId) {
        return directory.person(personId).flatMap(this::subjectOf);
    }

    private Optional<TrainingSubject> subjectOf(PersonSummary p) {
        if (p.teamIds().isEmpty()) {
            return Optional.of(new TrainingSubject(p.id(), p.roles(), p.municipalityId(), Set.of(), p.startDate()));
        }
        Map<Long, TeamRef> teams = new HashMap<>();
        p.teamIds().forEach(id -> directory.team(id).ifPresent(t -> teams.put(id, t)));
        return Optional.of(StatusRefresher.subject(p, teams));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
