package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Bad input is refused with a Dutch message per field and nothing is saved. */
class TrainingPlanServiceTest extends ServiceTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EnrolmentService training;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    AttendanceService attendance;

    @Test
    void negativeSeatsAreRefused() {
        assertRefused(f -> f.setSeats(-1), "seats", "Het aantal plaatsen kan niet negatief zijn.");
    }

    @Test
    void aSessionInThePastIsRefused() {
        assertRefused(
                f -> f.setDates(TrainingDemoData.dayParts(LocalDate.now().minusDays(3), 1)),
                "dates",
                "Een sessie kan niet in het verleden liggen.");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        LocalDateTime start = LocalDateTime.now().plusDays(10).withHour(13).withMinute(0);
        assertRefused(
                f -> f.setDates(List.of(new SessionForm.DayPart(start, start.minusHours(2)))),
                "dates",
                "Het einde van een dagdeel ligt vóór of op het begin.");
    }

    @Test
    void quotasLargerThanTheSeatsAreRefused() {
        users.login("procesbegeleider");
        long amersfoort = directory.municipalities().getFirst().id();
        assertRefused(
                f -> {
                    f.setSeats(20);
                    f.setQuotas(Map.of(amersfoort, 21));
                },
                "quotas",
                "De quota per gemeente zijn samen groter dan het aantal plaatsen.");
    }

    @Test
    void aSessionWithoutPlaceOrLinkIsRefused() {
        assertRefused(f -> f.setPlace(" "), "place", "Vul een plaats of een online link in.");
    }

    @Test
    void textsLongerThanTheirColumnAreRefusedNextToTheirField() {
        assertRefused(f -> f.setPlace("p".repeat(301)), "place", "Deze tekst is te lang.");
        assertRefused(f -> f.setOnlineLink("https://" + "l".repeat(493)), "onlineLink", "Deze tekst is te lang.");
        assertRefused(f -> f.setTrainerName("t".repeat(201)), "trainerName", "Deze tekst is te lang.");
    }

    @Test
    void courseHoursBeyondWhatTheTableHoldsAreRefusedNextToTheField() {
        users.login("procesbegeleider");
        CourseForm f = new CourseForm();
        f.setPlanId(TrainingFixtures.publishedPlan(plans));
        f.setTitle("Uren " + System.nanoTime());
        f.setHours(new BigDecimal("10000"));
        Integer before = jdbc.queryForObject("select count(*) from course", Integer.class);
        assertThatThrownBy(() -> plans.saveCourse(f))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(FieldErrors.translate(e.fieldErrors().get("hours")))
                                .isEqualTo("Zoveel uren kan niet: maximaal 9999,9."));
        f.setTitle(null);
        assertThatThrownBy(() -> plans.saveCourse(f))
                .as("a missing title too, next to its field (not a general error)")
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("title", "{rp.required}"));
        assertThat(jdbc.queryForObject("select count(*) from course", Integer.class))
                .isEqualTo(before);

        f.setTitle("Uren " + System.nanoTime());
        f.setHours(new BigDecimal("9999.9"));
        long id = plans.saveCourse(f);
        assertThat(plans.getCourse(id).getHours()).isEqualByComparingTo("9999.9");
    }

    @Test
    void theTrainersAccountMustBeAnActiveTrainerAndIsTheOneWhoRunsTheSession() {
        PersonSummary trainer = directory.person(fixtures.newTrainer("Gever")).orElseThrow();
        PersonSummary successor =
                directory.person(fixtures.newTrainer("Opvolger")).orElseThrow();
        long professional = fixtures.newProfessional("Geentrainer");
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Trainer");
        SessionForm f = TrainingFixtures.sessionForm(course, 10, LocalDate.now().plusDays(20), 1);
        f.setTrainerPersonId(professional);
        Integer before = jdbc.queryForObject("select count(*) from course_session", Integer.class);
        assertThatThrownBy(() -> plans.saveSession(f))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(FieldErrors.translate(e.fieldErrors().get("trainerPersonId")))
                                .isEqualTo("Kies iemand met een actief account als trainer."));
        assertThat(jdbc.queryForObject("select count(*) from course_session", Integer.class))
                .isEqualTo(before);

        f.setTrainerPersonId(trainer.id());
        f.setTrainerName("Een andere naam");
        long session = plans.saveSession(f);
        assertThat(plans.getSession(session).getTrainerName())
                .as("the name is the account's")
                .isEqualTo(trainer.displayName());
        TrainingFixtures.loginAs(trainer);
        assertThat(attendance.attendanceSheet(session).sessionId()).isEqualTo(session);

        // another trainer takes over: the name and the right to run it go together
        users.login("procesbegeleider");
        SessionForm edit = plans.getSession(session);
        edit.setTrainerPersonId(successor.id());
        plans.saveSession(edit);
        assertThat(plans.getSession(session).getTrainerName()).isEqualTo(successor.displayName());
        TrainingFixtures.loginAs(trainer);
        assertThatThrownBy(() -> attendance.attendanceSheet(session)).isInstanceOf(AccessDeniedException.class);
        TrainingFixtures.loginAs(successor);
        assertThat(attendance.attendanceSheet(session).trainerName()).isEqualTo(successor.displayName());
    }

    @Test
    void aMandatoryCourseNeedsAnAudienceAndOnlyThePlannerMayEditCourses() {
        users.login("procesbegeleider");
        CourseForm f = new CourseForm();
        f.setPlanId(TrainingFixtures.publishedPlan(plans));
        f.setTitle("Zonder doelgroep");
        f.setHours(BigDecimal.ONE);
        f.setMandatory(true);
        assertThatThrownBy(() -> plans.saveCourse(f))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("audienceRoles", "training.error.audience-required"));
        users.login("trainer");
        assertThatThrownBy(() -> plans.saveCourse(f)).isInstanceOf(AccessDeniedException.class);
        users.login("wijkcoach.baarn");
        assertThatThrownBy(() -> plans.createPlan(2040, "Nee")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aValidSessionIsSavedWithItsDayPartsAndQuota() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Geldig");
        SessionForm f = TrainingFixtures.sessionForm(course, 20, LocalDate.now().plusDays(20), 2);
        long amersfoort = directory.municipalities().getFirst().id();
        f.setQuotas(Map.of(amersfoort, 10));
        long id = plans.saveSession(f);
        SessionForm saved = plans.getSession(id);
        assertThat(saved.getDates()).hasSize(2);
        assertThat(saved.getQuotas()).containsEntry(amersfoort, 10);
    }

    @Test
    void moreSeatsOnAnExistingSessionGoToTheWaitingListInArrivalOrder() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Meer plaatsen");
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        List<PersonSummary> people = TrainingFixtures.professionals(directory).subList(0, 3);
        List<Long> ids = new ArrayList<>();
        for (PersonSummary p : people) {
            TrainingFixtures.loginAs(p);
            ids.add(training.enrol(session).enrolmentId());
        }
        users.login("procesbegeleider");
        SessionForm f = plans.getSession(session);
        f.setSeats(2);
        plans.saveSession(f);

        // the first person waiting moved up (after the commit), the second still waits
        assertThat(jdbc.queryForList(
                        "select status from enrolment where session_id = ? order by id", String.class, session))
                .containsExactly("ENROLLED", "ENROLLED", "WAITING");
        users.login("admin");
        users.login("procesbegeleider");
        String title = TrainingFixtures.title(plans, course);
        users.login("admin");
        assertThat(TrainingFixtures.notices(inFlight, people.get(1).id(), "training.promoted", title))
                .hasSize(1);
        assertThat(TrainingFixtures.notices(inFlight, people.get(2).id(), "training.promoted", title))
                .isEmpty();

        users.login("procesbegeleider");
        SessionForm fewer = plans.getSession(session);
        fewer.setSeats(1);
        assertThatThrownBy(() -> plans.saveSession(fewer))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("seats", "training.error.seats-below-seated"));
        assertThat(plans.getSession(session).getSeats()).isEqualTo(2);
    }

    private void assertRefused(Consumer<SessionForm> spoil, String field, String dutch) {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Fout");
        SessionForm f = TrainingFixtures.sessionForm(course, 10, LocalDate.now().plusDays(20), 1);
        spoil.accept(f);
        Integer before = jdbc.queryForObject("select count(*) from course_session", Integer.class);
        assertThatThrownBy(() -> plans.saveSession(f)).isInstanceOfSatisfying(ValidationFailedException.class, e -> {
            assertThat(e.fieldErrors()).containsKey(field);
            // as the form shows it: a service key or a Bean Validation template
            assertThat(FieldErrors.translate(e.fieldErrors().get(field))).isEqualTo(dutch);
        });
        assertThat(jdbc.queryForObject("select count(*) from course_session", Integer.class))
                .isEqualTo(before);
    }
}
