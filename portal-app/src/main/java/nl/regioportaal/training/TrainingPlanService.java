package nl.regioportaal.training;

import jakarta.validation.Valid;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process supervisor's side of the plan: yearly plans, courses with their audience and
 * deadline rule, and sessions. Bad input is refused as a whole: nothing is saved.
 */
@Service
@Validated
@Transactional
public class TrainingPlanService {

    public record PlanRef(long id, int year, String title, boolean published) {
    }

    public record CourseRef(long id, String title, String planTitle, boolean mandatory) {
    }

    private final TrainingPlanRepository plans;
    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final CurrentUser currentUser;
    private final StatusRefresher refresher;
    private final Clock clock;

    TrainingPlanService(TrainingPlanRepository plans, CourseRepository courses, CourseSessionRepository sessions,
                        CurrentUser currentUser, StatusRefresher refresher, Clock clock) {
        this.plans = plans;
        this.courses = courses;
        this.sessions = sessions;
        this.currentUser = currentUser;
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

    /** From now on its mandatory courses count for everybody in their audience. */
    public void publishPlan(long planId) {
        requirePlanner();
        TrainingPlan plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("no such plan"));
        plan.publish(clock.instant());
        plans.flush();
        refresher.refreshAll(false);
    }

    @Transactional(readOnly = true)
    public List<PlanRef> plans() {
        currentUser.require();
        return plans.findAllByOrderByYearDesc().stream()
                .map(p -> new PlanRef(p.getId(), p.getYear(), p.getTitle(), p.isPublished())).toList();
    }

    @Transactional(readOnly = true)
    public List<CourseRef> allCourses() {
        requirePlanner();
        return courses.findAllWithPlan().stream()
                .map(c -> new CourseRef(c.getId(), c.getTitle(), c.getPlan().getTitle(), c.isMandatory())).toList();
    }

    @Transactional(readOnly = true)
    public CourseForm getCourse(long id) {
        requirePlanner();
        return CourseForm.of(courses.findById(id).orElseThrow(() -> new AccessDeniedException("no such course")));
    }

    public long saveCourse(@Valid CourseForm form) {
        requirePlanner();
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.getPlanId() == null || plans.findById(form.getPlanId()).isEmpty()) {
            errors.put("planId", "training.error.plan-required");
        } else if (courses.existsByPlanIdAndTitleIgnoreCaseAndIdNot(form.getPlanId(), form.getTitle().trim(),
                form.getId() == null ? -1 : form.getId())) {
            errors.put("title", "training.error.title-taken");
        }
        if (form.isMandatory() && form.getAudienceRoles().isEmpty()) {
            errors.put("audienceRoles", "training.error.audience-required");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Course course = form.getId() == null ? new Course(plans.getReferenceById(form.getPlanId()))
                : courses.findById(form.getId()).orElseThrow(() -> new AccessDeniedException("no such course"));
        checkVersion(course.getVersion(), form.getVersion(), form.getId(), "course");
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
     * past, an end before its start, quotas adding up to more than the seats, no place or link.
     */
    public long saveSession(@Valid SessionForm form) {
        requirePlanner();
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.getSeats() != null && form.getSeats() < 0) {
            errors.put("seats", "training.error.seats-negative");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (form.getDates().isEmpty()) {
            errors.put("dates", "training.error.dates-required");
        }
        for (SessionForm.DayPart d : form.getDates()) {
            if (d.start() == null || d.end() == null) {
                errors.putIfAbsent("dates", "training.error.dates-required");
            } else if (!d.end().isAfter(d.start())) {
                errors.putIfAbsent("dates", "training.error.end-before-start");
            } else if (!d.start().isAfter(now)) {
                errors.putIfAbsent("dates", "training.error.session-in-past");
            }
        }
        if (form.getQuotas().values().stream().anyMatch(q -> q != null && q < 0)) {
            errors.put("quotas", "training.error.quota-negative");
        } else if (form.getSeats() != null && form.getQuotas().values().stream()
                .mapToInt(q -> q == null ? 0 : q).sum() > form.getSeats()) {
            errors.put("quotas", "training.error.quota-exceeds-seats");
        }
        if ((form.getPlace() == null || form.getPlace().isBlank()) && (form.getOnlineLink() == null || form.getOnlineLink().isBlank())) {
            errors.put("place", "training.error.place-or-link");
        }
        if (form.getCancelCutoffDays() < 0 || form.getQuotaReleaseDays() < 0) {
            errors.put("", "training.error.days-negative");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Course course = courses.findById(form.getCourseId()).orElseThrow(() -> new AccessDeniedException("no such course"));
        CourseSession session = form.getId() == null ? new CourseSession(course)
                : sessions.findById(form.getId()).orElseThrow(() -> new AccessDeniedException("no such session"));
        checkVersion(session.getVersion(), form.getVersion(), form.getId(), "session");
        session.apply(form);
        return sessions.saveAndFlush(session).getId();
    }

    private static void checkVersion(long current, long formVersion, Long id, String what) {
        if (id != null && current != formVersion) {
            throw new ConcurrentEditException(what + " " + id, new ObjectOptimisticLockingFailureException(what, id));
        }
    }

    private void requirePlanner() {
        currentUser.requireAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN);
    }
}
