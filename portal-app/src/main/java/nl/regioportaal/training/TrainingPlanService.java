package nl.regioportaal.training;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.notify.CalendarInvite;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The process supervisor's side of the plan: yearly plans, courses with their audience and
 * deadline rule, and sessions. Bad input is refused as a whole: nothing is saved.
 * <p>
 * The forms' annotations are checked here rather than by method validation, so that a text too
 * long comes back as a message next to its field like every other refusal.
 */
@Service
@Transactional
public class TrainingPlanService {

    public record PlanRef(long id, int year, String title, boolean published, long version) {}

    public record CourseRef(long id, String title, String planTitle, boolean mandatory) {}

    /** The largest number of hours the course table holds (DECIMAL(5,1)). */
    static final BigDecimal MAX_HOURS = new BigDecimal("9999.9");

    private final TrainingPlanRepository plans;
    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final EnrolmentService enrolmentService;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final StatusRefresher refresher;
    private final TrainingNotices notices;
    private final InterestService interest;
    private final RegionDirectory directory;
    private final Validator validator;
    private final Clock clock;

    TrainingPlanService(
            TrainingPlanRepository plans,
            CourseRepository courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            EnrolmentService enrolmentService,
            CurrentUser currentUser,
            AccessPolicy access,
            StatusRefresher refresher,
            TrainingNotices notices,
            InterestService interest,
            RegionDirectory directory,
            Validator validator,
            Clock clock) {
        this.directory = directory;
        this.validator = validator;
        this.notices = notices;
        this.interest = interest;
        this.enrolments = enrolments;
        this.enrolmentService = enrolmentService;
        this.plans = plans;
        this.courses = courses;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.access = access;
        this.refresher = refresher;
        this.clock = clock;
    }

    public long createPlan(int year, String title) {
        requirePlanner();
        if (title == null || title.isBlank()) {
            throw ValidationFailedException.of("title", "training.error.title-required");
        }
        if (plans.findByYear(year).isPresent()) {
            throw ValidationFailedException.of("year", "training.error.plan-year-taken");
        }
        return plans.save(new TrainingPlan(year, title.trim())).getId();
    }

    /** A new name for a plan (its year stays); a stale version is refused as a concurrent edit. */
    public void renamePlan(long planId, long version, String title) {
        requirePlanner();
        if (title == null || title.isBlank()) {
            throw ValidationFailedException.of("title", "training.error.title-required");
        }
        if (title.trim().length() > 150) {
            throw ValidationFailedException.of("title", "training.error.title-too-long");
        }
        TrainingPlan plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("no such plan"));
        checkVersion(plan.getVersion(), version, planId, "plan");
        plan.rename(title.trim());
        plans.flush();
    }

    /** From now on its mandatory courses count for everybody in their audience. */
    public void publishPlan(long planId) {
        requirePlanner();
        TrainingPlan plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("no such plan"));
        plan.publish(clock.instant());
        plans.flush();
        refresher.refreshAll(false);
        courses.findAllWithPlan().stream()
                .filter(c -> c.getPlan().getId().equals(planId) && interest.hasOpenSession(c.getId()))
                .forEach(c -> interest.sessionOpened(c.getId()));
    }

    @Transactional(readOnly = true)
    public List<PlanRef> plans() {
        currentUser.require();
        return plans.findAllByOrderByYearDesc().stream()
                .map(p -> new PlanRef(p.getId(), p.getYear(), p.getTitle(), p.isPublished(), p.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CourseRef> allCourses() {
        requirePlanner();
        return courses.findAllWithPlan().stream()
                .map(c -> new CourseRef(c.getId(), c.getTitle(), c.getPlan().getTitle(), c.isMandatory()))
                .toList();
    }

    @Transactional(readOnly = true)
    public CourseForm getCourse(long id) {
        requirePlanner();
        return CourseForm.of(courses.findById(id).orElseThrow(() -> new AccessDeniedException("no such course")));
    }

    public long saveCourse(CourseForm form) {
        requirePlanner();
        validate(form);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.getHours().compareTo(MAX_HOURS) > 0) {
            errors.put("hours", "training.error.hours-too-high");
        }
        if (form.getPlanId() == null || plans.findById(form.getPlanId()).isEmpty()) {
            errors.put("planId", "training.error.plan-required");
        } else if (courses.existsByPlanIdAndTitleIgnoreCaseAndIdNot(
                form.getPlanId(), form.getTitle().trim(), form.getId() == null ? -1 : form.getId())) {
            errors.put("title", "training.error.title-taken");
        }
        if (form.isMandatory() && form.getAudienceRoles().isEmpty()) {
            errors.put("audienceRoles", "training.error.audience-required");
        }
        List<ProviderRef> providers = directory.providers();
        if (form.getProviderId() != null && providers.stream().noneMatch(p -> p.id() == form.getProviderId())) {
            errors.put("providerId", "training.error.provider-unknown");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Course course = form.getId() == null
                ? new Course(plans.getReferenceById(form.getPlanId()))
                : courses.findById(form.getId()).orElseThrow(() -> new AccessDeniedException("no such course"));
        checkVersion(course.getVersion(), form.getVersion(), form.getId(), "course");
        if (form.getProviderId() == null && form.getProvider() != null) {
            // as the migration linked the courses before it: a provider text that names an organisation
            providers.stream()
                    .filter(p -> p.name().equalsIgnoreCase(form.getProvider().strip()))
                    .findFirst()
                    .ifPresent(p -> form.setProviderId(p.id()));
        }
        course.apply(form);
        long id = courses.saveAndFlush(course).getId();
        if (course.getPlan().isPublished()) {
            refresher.refreshAll(false);
        }
        return id;
    }

    @Transactional(readOnly = true)
    public SessionForm getSession(long id) {
        requirePlanner();
        return SessionForm.of(sessions.findById(id).orElseThrow(() -> new AccessDeniedException("no such session")));
    }

    /**
     * Refused (with a message per field, nothing saved): negative seats, no dates, a date in the
     * past, an end before its start, quotas adding up to more than the seats, no place or link, a
     * trainer's account that is not an active trainer. Without an account the trainer's name is free
     * text (a trainer from outside, who records nothing).
     */
    public long saveSession(SessionForm form) {
        requirePlanner();
        validate(form);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.getSeats() != null && form.getSeats() < 0) {
            errors.put("seats", "training.error.seats-negative");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (form.getDates().isEmpty()) {
            errors.put("dates", "training.error.dates-required");
        }
        // a day part that has begun stays as it was (attendance may be recorded for it); the others are planned
        List<SessionForm.DayPart> begun = begunDayParts(form.getId(), now);
        for (SessionForm.DayPart d : form.getDates()) {
            if (d.start() == null || d.end() == null) {
                errors.putIfAbsent("dates", "training.error.dates-required");
            } else if (!d.end().isAfter(d.start())) {
                errors.putIfAbsent("dates", "training.error.end-before-start");
            } else if (!d.start().isAfter(now) && !begun.contains(d)) {
                errors.putIfAbsent("dates", "training.error.session-in-past");
            }
        }
        if (!form.getDates().containsAll(begun)) {
            errors.putIfAbsent("dates", "training.error.day-part-begun");
        }
        List<SessionForm.DayPart> complete = form.getDates().stream()
                .filter(d -> d.start() != null && d.end() != null)
                .sorted(Comparator.comparing(SessionForm.DayPart::start))
                .toList();
        for (int i = 1; i < complete.size(); i++) {
            if (complete.get(i).start().isBefore(complete.get(i - 1).end())) {
                errors.putIfAbsent("dates", "training.error.day-parts-overlap");
            }
        }
        if (form.getQuotas().values().stream().anyMatch(q -> q != null && q < 0)) {
            errors.put("quotas", "training.error.quota-negative");
        } else if (form.getSeats() != null
                && form.getQuotas().values().stream()
                                .mapToInt(q -> q == null ? 0 : q)
                                .sum()
                        > form.getSeats()) {
            errors.put("quotas", "training.error.quota-exceeds-seats");
        }
        if ((form.getPlace() == null || form.getPlace().isBlank())
                && (form.getOnlineLink() == null || form.getOnlineLink().isBlank())) {
            errors.put("place", "training.error.place-or-link");
        }
        if (form.getCancelCutoffDays() < 0 || form.getQuotaReleaseDays() < 0) {
            errors.put("", "training.error.days-negative");
        }
        if (form.getTrainerPersonId() != null) {
            // the account named here is the one that may record attendance (AccessPolicy.mayRunSession),
            // so it must be someone who can: an active trainer; the session shows the directory's name
            directory
                    .person(form.getTrainerPersonId())
                    .filter(p -> p.active() && p.roles().contains(Role.TRAINER))
                    .ifPresentOrElse(
                            p -> form.setTrainerName(p.displayName()),
                            () -> errors.put("trainerPersonId", "training.error.trainer-not-active"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (form.getId() == null) {
            Course course =
                    courses.findById(form.getCourseId()).orElseThrow(() -> new AccessDeniedException("no such course"));
            CourseSession session = new CourseSession(course);
            session.apply(form);
            long id = sessions.saveAndFlush(session).getId();
            if (course.getPlan().isPublished()) {
                interest.sessionOpened(course.getId());
            }
            return id;
        }
        return editSession(form);
    }

    /**
     * An existing session: under the session row's lock, as every change to its seats, so an
     * enrolment cannot slip in between the check and the save. The seats may not drop below the
     * people already seated; the course stays (enrolments carry it). More seats or smaller quotas
     * go to the waiting list right after the commit, as a cancelled seat would.
     */
    private long editSession(SessionForm form) {
        CourseSession session =
                sessions.lockById(form.getId()).orElseThrow(() -> new AccessDeniedException("no such session"));
        checkVersion(session.getVersion(), form.getVersion(), form.getId(), "session");
        if (session.isCancelled()) {
            throw ValidationFailedException.of("", "training.error.session-cancelled");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!session.getCourse().getId().equals(form.getCourseId())) {
            errors.put("courseId", "training.error.course-fixed");
        }
        long seated = enrolments.seatsTakenPerMunicipality(session.getId()).stream()
                .mapToLong(EnrolmentRepository.SeatsTaken::getSeats)
                .sum();
        if (form.getSeats() < seated) {
            errors.put("seats", "training.error.seats-below-seated");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        CalendarInvite before = TrainingNotices.invite(session);
        session.apply(form);
        long id = sessions.saveAndFlush(session).getId();
        notices.sessionChanged(id, before);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                enrolmentService.fillFreedSeats(List.of(id));
            }
        });
        return id;
    }

    private List<SessionForm.DayPart> begunDayParts(Long sessionId, LocalDateTime now) {
        if (sessionId == null) {
            return List.of();
        }
        return sessions.findById(sessionId).stream()
                .flatMap(session -> session.getDates().stream())
                .filter(date -> !date.getStartsAt().isAfter(now))
                .map(date -> new SessionForm.DayPart(date.getStartsAt(), date.getEndsAt()))
                .toList();
    }

    /** The form's annotations (required, length), each as a message next to its field. */
    private void validate(Object form) {
        ValidationFailedException.throwIfInvalid(validator, form);
    }

    private static void checkVersion(long current, long formVersion, Long id, String what) {
        if (id != null) {
            ConcurrentEditException.requireVersion(current, formVersion, what, id);
        }
    }

    private void requirePlanner() {
        access.require(access.isRegionWide(currentUser.require()), "missing role");
    }
}
