package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a leader does from a person in the overview: pick a session to enrol them in (the enrolment
 * itself is {@link EnrolmentService#enrol(long, long)}) or remind them of a mandatory course. Both
 * only for those who may act for the person (their team leader, region-wide staff).
 */
@Service
@Transactional(readOnly = true)
public class OverviewActions {

    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final TrainingQueries queries;
    private final TrainingNotices notices;
    private final CourseRepository courses;
    private final Clock clock;

    OverviewActions(
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            TrainingQueries queries,
            TrainingNotices notices,
            CourseRepository courses,
            Clock clock) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.queries = queries;
        this.notices = notices;
        this.courses = courses;
        this.clock = clock;
    }

    /** May the current user enrol or remind this person? (A manager sees the person, but does not act.) */
    public boolean mayActFor(long personId) {
        PortalUser user = currentUser.require();
        return directory
                .person(personId)
                .map(p -> access.mayActFor(user, p.scope()))
                .orElse(false);
    }

    /** The course's sessions someone can still be enrolled in: not cancelled, not started. */
    public List<SessionInfo> openSessions(long courseId) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalFormats.AMSTERDAM));
        return queries.course(courseId).sessions().stream()
                .filter(s -> !s.cancelled() && !s.dates().isEmpty())
                .filter(s -> s.dates().getFirst().start().isAfter(now))
                .toList();
    }

    /**
     * The manual reminder: a notice to the person about a mandatory course, at most one a day per
     * course (the day asked is its occasion).
     */
    @Transactional
    public void remind(long personId, long courseId, LocalDate deadline) {
        PortalUser user = currentUser.require();
        PersonSummary person =
                directory.person(personId).orElseThrow(() -> new AccessDeniedException("no such person"));
        access.require(access.mayActFor(user, person.scope()), "may not remind this person");
        Course course = courses.findById(courseId).orElseThrow(() -> new AccessDeniedException("no such course"));
        notices.send(
                personId,
                "manual-reminder",
                TrainingNotices.LINK_MINE,
                course.getTitle(),
                deadline,
                LocalDate.now(clock.withZone(PortalFormats.AMSTERDAM)));
    }
}
