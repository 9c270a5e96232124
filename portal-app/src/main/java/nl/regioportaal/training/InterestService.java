package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PersonScope;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.db.UtcInstants;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Interesse tonen": demand for a course that has no open session. The process supervisor reads
 * it per municipality while planning sessions; once a session of the course opens (a new session
 * in a published plan, or the plan published) the interested are told, and their interest is done.
 */
@Service
@Transactional
public class InterestService {

    /** How many people of one municipality (null: without one) are waiting for a session of a course. */
    public record Demand(long courseId, String courseTitle, String municipality, long people) {}

    private final JdbcTemplate jdbc;
    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final TrainingNotices notices;
    private final Clock clock;

    InterestService(
            JdbcTemplate jdbc,
            CourseRepository courses,
            CourseSessionRepository sessions,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            TrainingNotices notices,
            Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.sessions = sessions;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isInterested(long courseId) {
        PortalUser user = currentUser.require();
        return !jdbc.queryForList(
                        "select 1 from course_interest where course_id = ? and person_id = ?",
                        Integer.class,
                        courseId,
                        user.personId())
                .isEmpty();
    }

    /** Only for a published course without an open session: with one, enrolling is the answer. */
    public void showInterest(long courseId) {
        PortalUser user = requireSelf();
        Course course = courses.findById(courseId)
                .filter(c -> c.getPlan().isPublished())
                .orElseThrow(() -> new AccessDeniedException("no such course"));
        if (hasOpenSession(course.getId())) {
            throw ValidationFailedException.of("", "training.error.session-open");
        }
        jdbc.update(
                "insert ignore into course_interest (course_id, person_id, municipality_id, created_at) values (?, ?, ?, ?)",
                courseId,
                user.personId(),
                user.municipalityId(),
                UtcInstants.bind(clock.instant()));
    }

    public void withdrawInterest(long courseId) {
        PortalUser user = requireSelf();
        jdbc.update("delete from course_interest where course_id = ? and person_id = ?", courseId, user.personId());
    }

    /** Demand per course and municipality, most wanted first: for the process supervisor planning sessions. */
    @Transactional(readOnly = true)
    public List<Demand> demand() {
        access.require(access.isRegionWide(currentUser.require()), "missing role");
        Map<Long, String> names = directory.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name));
        return jdbc.query(
                "select i.course_id, c.title, i.municipality_id, count(*) from course_interest i "
                        + "join course c on c.id = i.course_id group by i.course_id, c.title, i.municipality_id "
                        + "order by count(*) desc, c.title",
                (rs, n) -> new Demand(
                        rs.getLong(1),
                        rs.getString(2),
                        names.getOrDefault(rs.getObject(3, Long.class), "–"),
                        rs.getLong(4)));
    }

    /**
     * A session of the course can now be chosen: everybody interested is told (in the caller's
     * transaction, so a rolled-back save tells nobody) and their interest is answered.
     */
    void sessionOpened(long courseId) {
        List<Long> people = jdbc.queryForList(
                "select person_id from course_interest where course_id = ? order by id", Long.class, courseId);
        if (people.isEmpty()) {
            return;
        }
        String title = courses.findById(courseId).orElseThrow().getTitle();
        for (long personId : people) {
            notices.send(personId, "session-opened", "scholing/cursus/" + courseId, title);
        }
        jdbc.update("delete from course_interest where course_id = ?", courseId);
    }

    boolean hasOpenSession(long courseId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessions.findByCourse(courseId).stream()
                .anyMatch(s -> !s.isCancelled() && s.getStartsAt().isAfter(now));
    }

    private PortalUser requireSelf() {
        PortalUser user = currentUser.require();
        access.require(
                access.mayActFor(user, new PersonScope(user.personId(), user.municipalityId(), user.teamIds())),
                "not for this account");
        return user;
    }
}
