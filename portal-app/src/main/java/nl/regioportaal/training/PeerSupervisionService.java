package nl.regioportaal.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserScope;
import nl.regioportaal.shared.PeerSupervisionAttended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer-supervision hours in the training record: each attended session arrives as a
 * {@link PeerSupervisionAttended} event (training knows nothing of the module that sends it), a
 * course may require a number of hours per calendar year, and the overview lists who is short.
 */
@Service
@Transactional
public class PeerSupervisionService {

    /** A person's hours in a year, and what their courses require (null: nothing). */
    public record YearHours(int year, BigDecimal hours, Integer required) {
        public boolean isShort() {
            return required != null && hours.compareTo(BigDecimal.valueOf(required)) < 0;
        }
    }

    /** A person in the overview: hours this year and what their courses require (null: nothing). */
    public record HoursRow(long personId, String name, BigDecimal hours, Integer required) {
        public boolean isShort() {
            return required != null && hours.compareTo(BigDecimal.valueOf(required)) < 0;
        }
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final PeerSupervisionHoursRepository hours;
    private final CourseRepository courses;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    PeerSupervisionService(
            PeerSupervisionHoursRepository hours,
            CourseRepository courses,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.hours = hours;
        this.courses = courses;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** Records an attended session once per person, inside the publisher's transaction. */
    @EventListener
    void attended(PeerSupervisionAttended event) {
        if (!hours.existsByPersonIdAndSourceRef(event.personId(), event.sourceRef())) {
            hours.save(new PeerSupervisionHours(event.personId(), event.sourceRef(), event.day(), event.minutes()));
        }
    }

    /** My hours this calendar year ("Mijn scholing"). */
    @Transactional(readOnly = true)
    public YearHours myHours() {
        PortalUser user = currentUser.require();
        int year = LocalDate.now(clock).getYear();
        PersonSummary me = directory.person(user.personId()).orElseThrow();
        return new YearHours(
                year,
                sum(hours.findByPersonIdAndDayBetween(user.personId(), first(year), last(year))),
                required(me, coursesWithHours()).orElse(null));
    }

    /**
     * The peer-supervision hours this calendar year of everyone in the user's overview who attended
     * a session or must (a course of theirs requires hours); who is short comes first.
     */
    @Transactional(readOnly = true)
    public List<HoursRow> hoursThisYear() {
        PortalUser user =
                currentUser.requireAnyRole(Role.TEAM_LEADER, Role.MANAGER, Role.PROCESS_SUPERVISOR, Role.ADMIN);
        int year = LocalDate.now(clock).getYear();
        List<Course> withHours = coursesWithHours();
        Map<Long, PersonSummary> people = new LinkedHashMap<>();
        peopleInScope(user).stream()
                .filter(p -> access.maySeePerson(user, p.scope()))
                .forEach(p -> people.put(p.id(), p));
        Map<Long, List<PeerSupervisionHours>> attended =
                hours.findByPersonIdInAndDayBetween(people.keySet(), first(year), last(year)).stream()
                        .collect(Collectors.groupingBy(PeerSupervisionHours::getPersonId));
        List<HoursRow> rows = new ArrayList<>();
        for (PersonSummary p : people.values()) {
            Integer need = required(p, withHours).orElse(null);
            List<PeerSupervisionHours> had = attended.getOrDefault(p.id(), List.of());
            if (need != null || !had.isEmpty()) {
                rows.add(new HoursRow(p.id(), p.displayName(), sum(had), need));
            }
        }
        rows.sort(Comparator.comparing((HoursRow r) -> !r.isShort()).thenComparing(HoursRow::name));
        return rows;
    }

    /** The most any published course that applies to the person requires. */
    private Optional<Integer> required(PersonSummary p, List<Course> withHours) {
        if (withHours.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, TeamRef> teams = new HashMap<>();
        p.teamIds().forEach(id -> directory.team(id).ifPresent(t -> teams.put(id, t)));
        TrainingSubject subject = StatusRefresher.subject(p, teams);
        return withHours.stream()
                .filter(c -> TrainingStatusRules.isRequired(c.rule(), subject))
                .map(Course::getPeerSupervisionHoursPerYear)
                .max(Integer::compare);
    }

    private List<Course> coursesWithHours() {
        return courses.findPublished().stream()
                .filter(c -> c.getPeerSupervisionHoursPerYear() != null)
                .toList();
    }

    private List<PersonSummary> peopleInScope(PortalUser user) {
        return switch (access.overviewScope(user)) {
            case UserScope.Region r -> staff();
            case UserScope.Municipality m ->
                staff().stream()
                        .filter(p -> Long.valueOf(m.municipalityId()).equals(p.municipalityId()))
                        .toList();
            case UserScope.Teams t ->
                t.teamIds().stream()
                        .flatMap(team -> directory.activeMembersOf(team).stream())
                        .distinct()
                        .toList();
            case UserScope.Own o -> directory.person(o.personId()).stream().toList();
        };
    }

    private List<PersonSummary> staff() {
        List<PersonSummary> people = new ArrayList<>(directory.activeWithRole(Role.PROFESSIONAL));
        directory.activeWithRole(Role.TEAM_LEADER).stream()
                .filter(p -> !p.roles().contains(Role.PROFESSIONAL))
                .forEach(people::add);
        return people;
    }

    private static BigDecimal sum(List<PeerSupervisionHours> rows) {
        int minutes = rows.stream().mapToInt(PeerSupervisionHours::getMinutes).sum();
        return BigDecimal.valueOf(minutes).divide(SIXTY, 1, RoundingMode.HALF_UP);
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
