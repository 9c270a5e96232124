package nl.regioportaal.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test helpers: courses and sessions with unique titles (so a test never depends on what another
 * left behind), and logging in as any staff member. Public for the view tests in {@code training.ui}.
 */
public final class TrainingFixtures {

    private TrainingFixtures() {}

    /** Professionals of the demo data have no account; this builds the user they would be. */
    static PortalUser loginAs(PersonSummary p) {
        PortalUser user = new PortalUser(0, "test." + p.id(), "", false, profileOf(p));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static List<PersonSummary> professionals(RegionDirectory directory) {
        Map<Long, PersonSummary> people = new LinkedHashMap<>();
        for (TeamRef t : directory.teams()) {
            directory.activeMembersOf(t.id()).stream()
                    .filter(p -> p.roles().contains(Role.PROFESSIONAL))
                    .forEach(p -> people.putIfAbsent(p.id(), p));
        }
        return new ArrayList<>(people.values());
    }

    public static long publishedPlan(TrainingPlanService plans) {
        return plans.plans().stream()
                .filter(TrainingPlanService.PlanRef::published)
                .findFirst()
                .orElseThrow()
                .id();
    }

    /**
     * The notices of a kind a person got about one course (its title is unique): the demo people are
     * shared by every test, so their notices about other tests' courses are not this test's business.
     */
    static List<Notice> notices(NoticesInFlight notifications, long personId, String kind, String courseTitle) {
        return notifications.noticesOf(personId, kind).stream()
                .filter(n -> n.subject().contains(courseTitle))
                .toList();
    }

    /** The title of a course (as the process supervisor). */
    public static String title(TrainingPlanService plans, long courseId) {
        return plans.getCourse(courseId).getTitle();
    }

    /** A new optional course in the published plan (as the process supervisor). */
    public static long optionalCourse(TrainingPlanService plans, String prefix) {
        CourseForm f = new CourseForm();
        f.setPlanId(publishedPlan(plans));
        f.setTitle(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
        f.setHours(new BigDecimal("3"));
        f.setMandatory(false);
        return plans.saveCourse(f);
    }

    static SessionForm sessionForm(long courseId, int seats, LocalDate day, int dayParts) {
        SessionForm f = new SessionForm();
        f.setCourseId(courseId);
        f.setPlace("Testlocatie");
        f.setSeats(seats);
        f.setDates(TrainingDemoData.dayParts(day, dayParts));
        return f;
    }

    /** Someone in the overview with a course still to do, and a new session of that course to enrol in. */
    record CourseToDo(ComplianceService.Row person, long sessionId) {}

    /** The first such person by name (as the logged-in user sees the overview), with five seats. */
    static CourseToDo someoneWithACourseToDo(ComplianceService compliance, TrainingPlanService plans) {
        ComplianceService.Row someone = compliance
                .rows(
                        new ComplianceService.Filter(null, null, null, Set.of(TrainingState.TO_DO), false),
                        ComplianceService.Sort.BY_NAME,
                        0,
                        1)
                .getFirst();
        long course = someone.cells().entrySet().stream()
                .filter(e -> e.getValue().state() == TrainingState.TO_DO)
                .findFirst()
                .orElseThrow()
                .getKey();
        return new CourseToDo(someone, session(plans, course, 5, Map.of()));
    }

    /** A session of one day part in 30 days (as the process supervisor). */
    public static long session(TrainingPlanService plans, long courseId, int seats, Map<Long, Integer> quotas) {
        SessionForm f = sessionForm(courseId, seats, LocalDate.now().plusDays(30), 1);
        f.setQuotas(quotas);
        return plans.saveSession(f);
    }

    static Set<Role> staff() {
        return EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEADER);
    }

    /** A new optional course that needs the team leader's approval, holding a seat {@code holdDays} days. */
    public static long approvalCourse(TrainingPlanService plans, String prefix, int holdDays) {
        CourseForm f = new CourseForm();
        f.setPlanId(publishedPlan(plans));
        f.setTitle(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
        f.setHours(new BigDecimal("3"));
        f.setRequiresApproval(true);
        f.setApprovalHoldDays(holdDays);
        return plans.saveCourse(f);
    }

    /**
     * Moves a session (with its enrolments) {@code daysAgo} days into the past, as time would: the
     * form refuses past dates, and the portal's clock is the real one.
     */
    public static void moveIntoThePast(JdbcTemplate jdbc, long sessionId, int daysAgo) {
        jdbc.update(
                "update session_date set starts_at = date_sub(starts_at, interval ? day), "
                        + "ends_at = date_sub(ends_at, interval ? day) where session_id = ?",
                daysAgo + 30,
                daysAgo + 30,
                sessionId);
        jdbc.update(
                "update course_session set starts_at = (select min(starts_at) from session_date where session_id = ?) "
                        + "where id = ?",
                sessionId,
                sessionId);
    }

    /** The account a demo person without one would have. */
    public static UserProfile profileOf(PersonSummary p) {
        return new UserProfile(p.id(), p.displayName(), p.roles(), p.municipalityId(), p.teamIds(), null, true);
    }
}
