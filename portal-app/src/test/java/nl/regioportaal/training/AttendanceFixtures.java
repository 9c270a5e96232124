package nl.regioportaal.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.TestUsers;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A session of its own for attendance tests: a fresh course (with provider), day parts at chosen
 * times (past ones too, which the planning form refuses), the demo trainer, and people seated.
 * Public for the view and browser tests.
 */
@Component
public class AttendanceFixtures {

    /** What was made: the ids a test needs. */
    public record Made(long courseId, String courseTitle, long sessionId, List<Long> dayParts, List<Long> enrolments) {}

    private final TrainingPlanService plans;
    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final TransactionTemplate tx;
    private final TestUsers users;
    private final RegionService regionService;
    private final RegionDirectory directory;
    private final Clock clock;

    AttendanceFixtures(
            TrainingPlanService plans,
            CourseRepository courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            TransactionTemplate tx,
            TestUsers users,
            RegionService regionService,
            RegionDirectory directory,
            Clock clock) {
        this.plans = plans;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.tx = tx;
        this.users = users;
        this.regionService = regionService;
        this.directory = directory;
        this.clock = clock;
    }

    /** A new professional of Sociaal team Baarn (as the administrator), e.g. to erase. */
    public long newProfessional(String firstName) {
        return newPerson(firstName, EnumSet.of(Role.PROFESSIONAL));
    }

    /** A new trainer (as the administrator): to name on a session without involving the demo trainer. */
    public long newTrainer(String firstName) {
        return newPerson(firstName, EnumSet.of(Role.TRAINER));
    }

    private long newPerson(String firstName, Set<Role> roles) {
        users.login("admin");
        PersonForm form = new PersonForm();
        form.setFirstName(firstName);
        form.setLastName("Scholing " + UUID.randomUUID().toString().substring(0, 5));
        form.setEmail(firstName.toLowerCase(Locale.ROOT) + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@test.example");
        form.setMunicipality(directory.municipalities().stream()
                .filter(m -> m.name().equals("Baarn"))
                .findFirst()
                .orElseThrow());
        form.setTeams(Set.of(regionService.selectableTeams(null).stream()
                .filter(t -> t.name().equals("Sociaal team Baarn"))
                .findFirst()
                .orElseThrow()));
        form.setRoles(roles);
        form.setStartDate(LocalDate.now(clock).minusYears(2));
        return regionService.savePerson(form);
    }

    /** Each day part lasts three hours from its start; leaves the process supervisor logged in. */
    public Made session(String titlePrefix, List<LocalDateTime> dayPartStarts, List<PersonSummary> seated) {
        long trainer = users.login("trainer").personId();
        users.login("procesbegeleider");
        CourseForm f = new CourseForm();
        f.setPlanId(TrainingFixtures.publishedPlan(plans));
        f.setTitle(titlePrefix + " " + UUID.randomUUID().toString().substring(0, 8));
        f.setHours(new BigDecimal("6.5"));
        f.setProvider("Lumens");
        f.setMandatory(false);
        f.setValidityMonths(24);
        long courseId = plans.saveCourse(f);
        return tx.execute(st -> {
            Course course = courses.findById(courseId).orElseThrow();
            CourseSession s = new CourseSession(course);
            s.setPlace("Zaal De Eem, Amersfoort");
            s.setSeats(Math.max(10, seated.size()));
            s.setTrainer(trainer, "Jeroen de Trainer");
            s.setHistoricDates(dayPartStarts.stream()
                    .map(start -> new SessionForm.DayPart(start, start.plusHours(3)))
                    .toList());
            sessions.save(s);
            List<Long> seats = seated.stream()
                    .map(p -> enrolments
                            .save(new Enrolment(
                                    s, p.id(), p.municipalityId(), EnrolmentStatus.ENROLLED, clock.instant(), p.id()))
                            .getId())
                    .toList();
            return new Made(
                    courseId,
                    course.getTitle(),
                    s.getId(),
                    s.getDates().stream().map(SessionDate::getId).toList(),
                    seats);
        });
    }
}
