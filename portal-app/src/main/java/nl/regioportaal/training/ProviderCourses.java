package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.SeatLedger.Counts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a provider's representative sees of the training plan: the courses their organisation
 * gives in a published plan, with the coming sessions and how full they are. Read-only, and only
 * their own organisation's: they are not the audience of the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class ProviderCourses {

    /** A coming session: seats, places taken (a request holds one too) and the waiting list. */
    public record ProviderSession(
            long id, LocalDateTime startsAt, String place, int seats, int taken, int waiting, boolean cancelled) {}

    public record ProviderCourse(long id, String title, String planTitle, List<ProviderSession> sessions) {}

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final SeatLedger ledger;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    ProviderCourses(
            CourseRepository courses,
            CourseSessionRepository sessions,
            SeatLedger ledger,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** The courses of the current user's organisation; refused to anyone who does not represent one. */
    public List<ProviderCourse> ofMyOrganisation() {
        PortalUser user = currentUser.require();
        access.require(access.representsProvider(user, user.providerId()), "not a provider's representative");
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalFormats.AMSTERDAM));
        return courses.findPublishedByProvider(user.providerId()).stream()
                .map(c -> {
                    List<CourseSession> coming = sessions.findByCourse(c.getId()).stream()
                            .filter(s -> s.getStartsAt().isAfter(now))
                            .toList();
                    Map<Long, Counts> counts = ledger.counts(
                            coming.stream().map(CourseSession::getId).toList());
                    return new ProviderCourse(
                            c.getId(),
                            c.getTitle(),
                            c.getPlan().getTitle(),
                            coming.stream()
                                    .map(s -> {
                                        Counts n = counts.getOrDefault(s.getId(), Counts.NONE);
                                        return new ProviderSession(
                                                s.getId(),
                                                s.getStartsAt(),
                                                s.getPlace() != null ? s.getPlace() : s.getOnlineLink(),
                                                s.getSeats(),
                                                n.enrolled(),
                                                n.waiting(),
                                                s.isCancelled());
                                    })
                                    .toList());
                })
                .toList();
    }
}
