package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Seats, the waiting list, quotas, cancelling, and who may do it; each test on a course of its own. */
class EnrolmentServiceTest extends ServiceTest {

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    TrainingQueries queries;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NoticesInFlight notifications;

    @Autowired
    Clock clock;

    @Autowired
    SessionCancellation cancellation;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    List<PersonSummary> pros;

    @BeforeEach
    void setUp() {
        users.login("admin");
        pros = TrainingFixtures.professionals(directory);
    }

    @Test
    void fullSessionGivesWaitingListPositionsAndACancelPromotesTheFirstInLine() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Wachtlijst");
        String title = TrainingFixtures.title(plans, course);
        long session = TrainingFixtures.session(plans, course, 2, Map.of());
        List<PersonSummary> four = pros.subList(0, 4);

        EnrolResult[] r = new EnrolResult[4];
        for (int i = 0; i < 4; i++) {
            loginAs(four.get(i));
            r[i] = enrolment.enrol(session);
        }
        assertThat(r)
                .extracting(EnrolResult::status)
                .containsExactly(
                        EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.WAITING,
                        EnrolmentStatus.WAITING);
        assertThat(r).extracting(EnrolResult::waitingPosition).containsExactly(0L, 0L, 1L, 2L);

        loginAs(four.get(0));
        enrolment.cancel(r[0].enrolmentId());

        loginAs(four.get(2));
        assertThat(queries.myTraining().enrolments())
                .filteredOn(e -> e.enrolmentId() == r[2].enrolmentId())
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
        assertThat(TrainingFixtures.notices(notifications, four.get(2).id(), "training.promoted", title))
                .hasSize(1);
        loginAs(four.get(3));
        assertThat(queries.myTraining().enrolments())
                .filteredOn(e -> e.enrolmentId() == r[3].enrolmentId())
                .singleElement()
                .satisfies(e -> assertThat(e.waitingPosition()).isEqualTo(1));
        assertThat(TrainingFixtures.notices(notifications, four.get(3).id(), "training.waiting-list", title))
                .hasSize(1);
    }

    @Test
    void noSecondOpenEnrolmentInTheSameCourseButAgainAfterCancelling() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Dubbel");
        long first = TrainingFixtures.session(plans, course, 5, Map.of());
        long second = TrainingFixtures.session(plans, course, 5, Map.of());
        loginAs(pros.get(5));
        EnrolResult r = enrolment.enrol(first);
        assertThatThrownBy(() -> enrolment.enrol(second))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.already-enrolled"));
        assertThatThrownBy(() -> enrolment.enrol(first)).isInstanceOf(ValidationFailedException.class);
        enrolment.cancel(r.enrolmentId());
        assertThat(enrolment.enrol(second).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void aProfessionalOfAnotherMunicipalityCannotSeeOrChangeSomeoneElsesEnrolment() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Privacy");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        PersonSummary baarn = inMunicipality("Baarn", 0);
        PersonSummary amersfoort = inMunicipality("Amersfoort", 0);
        loginAs(baarn);
        EnrolResult r = enrolment.enrol(session);

        loginAs(amersfoort);
        assertThatThrownBy(() -> enrolment.cancel(r.enrolmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.trainingOf(baarn.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolment.enrol(session, baarn.id())).isInstanceOf(AccessDeniedException.class);
        users.login("teamleider.soest");
        assertThatThrownBy(() -> enrolment.cancel(r.enrolmentId())).isInstanceOf(AccessDeniedException.class);
        users.login("manager.leusden");
        assertThatThrownBy(() -> enrolment.cancel(r.enrolmentId())).isInstanceOf(AccessDeniedException.class);

        loginAs(baarn);
        assertThat(queries.myTraining().enrolments())
                .filteredOn(e -> e.enrolmentId() == r.enrolmentId())
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
    }

    @Test
    void teamLeaderEnrolsOwnTeamMembersOnly() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Team");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        PortalUser leader = users.login("teamleider.soest");
        PersonSummary member = pros.stream()
                .filter(p -> p.teamIds().equals(leader.teamIds()))
                .findFirst()
                .orElseThrow();
        assertThat(enrolment.enrol(session, member.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(queries.trainingOf(member.id()).enrolments()).isNotEmpty();
        PersonSummary other = inMunicipality("Baarn", 1);
        assertThatThrownBy(() -> enrolment.enrol(session, other.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void quotaSeatsAreKeptForTheirMunicipalityUntilReleased() {
        users.login("procesbegeleider");
        long amersfoortId = municipality("Amersfoort").id();
        long course = TrainingFixtures.optionalCourse(plans, "Quotum");
        long session = TrainingFixtures.session(plans, course, 4, Map.of(amersfoortId, 2));
        PersonSummary b1 = inMunicipality("Baarn", 2), b2 = inMunicipality("Baarn", 3), b3 = inMunicipality("Baarn", 4);
        PersonSummary a1 = inMunicipality("Amersfoort", 1);
        loginAs(b1);
        assertThat(enrolment.enrol(session).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        loginAs(b2);
        assertThat(enrolment.enrol(session).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        loginAs(b3);
        assertThat(queries.course(course).sessions().getFirst().preview().outcome())
                .isEqualTo(TrainingModel.Outcome.WAITING_LIST);
        EnrolResult waiting = enrolment.enrol(session);
        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITING);
        loginAs(a1);
        assertThat(queries.course(course).sessions().getFirst().preview().outcome())
                .isEqualTo(TrainingModel.Outcome.SEAT);
        assertThat(enrolment.enrol(session).status()).isEqualTo(EnrolmentStatus.ENROLLED);

        // the release date has come: the unused Amersfoort seat goes to the first on the waiting list
        SessionForm form = withAdmin(() -> plans.getSession(session));
        form.setQuotaReleaseDays(60);
        users.login("procesbegeleider");
        plans.saveSession(form);
        assertThat(enrolment.releaseDueQuotas()).isGreaterThanOrEqualTo(1);
        loginAs(b3);
        assertThat(queries.myTraining().enrolments())
                .filteredOn(e -> e.enrolmentId() == waiting.enrolmentId())
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
    }

    @Test
    void cancellingASeatAfterTheCutOffIsRefused() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Cutoff");
        SessionForm f =
                TrainingFixtures.sessionForm(course, 5, LocalDate.now(clock).plusDays(1), 1);
        f.setCancelCutoffDays(2);
        long session = plans.saveSession(f);
        loginAs(pros.get(7));
        EnrolResult r = enrolment.enrol(session);
        assertThatThrownBy(() -> enrolment.cancel(r.enrolmentId()))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.cutoff-passed"));
    }

    @Test
    void cancellingASessionTellsEveryoneOnItAndFreesTheirCourse() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Geannuleerd");
        String title = TrainingFixtures.title(plans, course);
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        loginAs(pros.get(11));
        enrolment.enrol(session);
        loginAs(pros.get(12));
        enrolment.enrol(session);
        loginAs(pros.get(11));
        assertThatThrownBy(() -> cancellation.cancelSession(session)).isInstanceOf(AccessDeniedException.class);
        users.login("procesbegeleider");
        cancellation.cancelSession(session);
        users.login("admin");
        assertThat(TrainingFixtures.notices(notifications, pros.get(11).id(), "training.session-cancelled", title))
                .hasSize(1);
        assertThat(TrainingFixtures.notices(notifications, pros.get(12).id(), "training.session-cancelled", title))
                .hasSize(1);
        loginAs(pros.get(11));
        assertThat(queries.course(course).sessions().getFirst().preview().outcome())
                .isEqualTo(TrainingModel.Outcome.CLOSED);
    }

    @Test
    void aSessionUnderWayCannotBeCancelledAndEveryoneKeepsTheirPlace() {
        PersonSummary seated =
                directory.person(fixtures.newProfessional("Bezig")).orElseThrow();
        LocalDateTime began = LocalDateTime.now(clock).minusHours(1).withNano(0);
        AttendanceFixtures.Made made =
                fixtures.session("Al begonnen", List.of(began, began.plusDays(7)), List.of(seated));

        users.login("procesbegeleider");
        assertThatThrownBy(() -> cancellation.cancelSession(made.sessionId()))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.session-begun-cancel"));

        assertThat(jdbc.queryForObject(
                        "select cancelled from course_session where id = ?", Boolean.class, made.sessionId()))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select status from enrolment where id = ?",
                        String.class,
                        made.enrolments().getFirst()))
                .isEqualTo("ENROLLED");
        users.login("admin");
        assertThat(TrainingFixtures.notices(
                        notifications, seated.id(), "training.session-cancelled", made.courseTitle()))
                .isEmpty();
    }

    /**
     * The enrolment reads the session's start with plain JDBC: the date in the notice must be the
     * session's own, also late in the evening, when the JVM's zone (New York in the test run) and
     * UTC are on different days.
     */
    @Test
    void theNoticeShowsTheSessionsOwnDateWhateverTheJvmZone() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Tijdzone");
        LocalDate day = LocalDate.now(clock).plusDays(12);
        SessionForm f = TrainingFixtures.sessionForm(course, 5, day, 1);
        f.setDates(List.of(new SessionForm.DayPart(day.atTime(22, 0), day.atTime(23, 0))));
        long session = plans.saveSession(f);
        PersonSummary p = pros.get(5);
        loginAs(p);
        enrolment.enrol(session);
        assertThat(notifications.noticesOf(p.id(), "training.enrolment-confirmed"))
                .anySatisfy(n -> assertThat(n.body()).contains(StatusRefresher.format(day)));
    }

    private <T> T withAdmin(Supplier<T> work) {
        users.login("procesbegeleider");
        return work.get();
    }

    private MunicipalityRef municipality(String name) {
        return directory.municipalities().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private PersonSummary inMunicipality(String name, int index) {
        long id = municipality(name).id();
        return pros.stream()
                .filter(p -> p.municipalityId() == id)
                .skip(index)
                .findFirst()
                .orElseThrow();
    }
}
