package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import nl.regioportaal.training.TrainingModel.MyCourse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class TrainingServiceTest extends ServiceTest {

    @Autowired
    TrainingService training;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NotificationService notifications;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    CourseSessionRepository sessions;

    @Autowired
    CourseRepository courses;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    TransactionTemplate tx;

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
        long session = TrainingFixtures.session(plans, course, 2, Map.of());
        List<PersonSummary> four = pros.subList(0, 4);

        EnrolResult[] r = new EnrolResult[4];
        for (int i = 0; i < 4; i++) {
            loginAs(four.get(i));
            r[i] = training.enrol(session);
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
        training.cancel(r[0].enrolmentId());

        loginAs(four.get(2));
        assertThat(training.myTraining().enrolments())
                .filteredOn(e -> e.enrolmentId() == r[2].enrolmentId())
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
        inFlight.awaitRecorded();
        assertThat(notifications.noticesOf(four.get(2).id(), "training.promoted"))
                .hasSize(1);
        loginAs(four.get(3));
        assertThat(training.myTraining().enrolments())
                .filteredOn(e -> e.enrolmentId() == r[3].enrolmentId())
                .singleElement()
                .satisfies(e -> assertThat(e.waitingPosition()).isEqualTo(1));
        assertThat(notifications.noticesOf(four.get(3).id(), "training.waiting-list"))
                .isNotEmpty();
    }

    @Test
    void noSecondOpenEnrolmentInTheSameCourseButAgainAfterCancelling() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Dubbel");
        long first = TrainingFixtures.session(plans, course, 5, Map.of());
        long second = TrainingFixtures.session(plans, course, 5, Map.of());
        loginAs(pros.get(5));
        EnrolResult r = training.enrol(first);
        assertThatThrownBy(() -> training.enrol(second))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.already-enrolled"));
        assertThatThrownBy(() -> training.enrol(first)).isInstanceOf(ValidationFailedException.class);
        training.cancel(r.enrolmentId());
        assertThat(training.enrol(second).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void aProfessionalOfAnotherMunicipalityCannotSeeOrChangeSomeoneElsesEnrolment() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Privacy");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        PersonSummary baarn = inMunicipality("Baarn", 0);
        PersonSummary amersfoort = inMunicipality("Amersfoort", 0);
        loginAs(baarn);
        EnrolResult r = training.enrol(session);

        loginAs(amersfoort);
        assertThatThrownBy(() -> training.cancel(r.enrolmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.trainingOf(baarn.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.enrol(session, baarn.id())).isInstanceOf(AccessDeniedException.class);
        users.login("teamleider.soest");
        assertThatThrownBy(() -> training.cancel(r.enrolmentId())).isInstanceOf(AccessDeniedException.class);
        users.login("manager.leusden");
        assertThatThrownBy(() -> training.cancel(r.enrolmentId())).isInstanceOf(AccessDeniedException.class);

        loginAs(baarn);
        assertThat(training.myTraining().enrolments())
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
        assertThat(training.enrol(session, member.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(training.trainingOf(member.id()).enrolments()).isNotEmpty();
        PersonSummary other = inMunicipality("Baarn", 1);
        assertThatThrownBy(() -> training.enrol(session, other.id())).isInstanceOf(AccessDeniedException.class);
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
        assertThat(training.enrol(session).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        loginAs(b2);
        assertThat(training.enrol(session).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        loginAs(b3);
        assertThat(training.course(course).sessions().getFirst().preview().outcome())
                .isEqualTo(TrainingModel.Outcome.WAITING_LIST);
        EnrolResult waiting = training.enrol(session);
        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITING);
        loginAs(a1);
        assertThat(training.course(course).sessions().getFirst().preview().outcome())
                .isEqualTo(TrainingModel.Outcome.SEAT);
        assertThat(training.enrol(session).status()).isEqualTo(EnrolmentStatus.ENROLLED);

        // the release date has come: the unused Amersfoort seat goes to the first on the waiting list
        SessionForm form = withAdmin(() -> plans.getSession(session));
        form.setQuotaReleaseDays(60);
        users.login("procesbegeleider");
        plans.saveSession(form);
        assertThat(training.releaseDueQuotas()).isGreaterThanOrEqualTo(1);
        loginAs(b3);
        assertThat(training.myTraining().enrolments())
                .filteredOn(e -> e.enrolmentId() == waiting.enrolmentId())
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
    }

    @Test
    void cancellingASeatAfterTheCutOffIsRefused() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Cutoff");
        SessionForm f = TrainingFixtures.sessionForm(course, 5, LocalDate.now().plusDays(1), 1);
        f.setCancelCutoffDays(2);
        long session = plans.saveSession(f);
        loginAs(pros.get(7));
        EnrolResult r = training.enrol(session);
        assertThatThrownBy(() -> training.cancel(r.enrolmentId()))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "training.error.cutoff-passed"));
    }

    @Test
    void attendanceAtEveryDayPartCompletesTheCourseAndYieldsACertificate() {
        users.login("admin");
        long trainerPerson = users.login("trainer").personId();
        users.login("procesbegeleider");
        long courseId = TrainingFixtures.optionalCourse(plans, "Afronden");
        PersonSummary coach = pros.get(9);
        long[] ids = tx.execute(s -> {
            CourseSession past = new CourseSession(courses.findById(courseId).orElseThrow());
            past.setPlace("Zaal 1");
            past.setSeats(10);
            past.setTrainer(trainerPerson, "Trainer");
            past.setHistoricDates(TrainingDemoData.dayParts(LocalDate.now().minusDays(8), 2));
            sessions.save(past);
            Enrolment e = enrolments.save(new Enrolment(
                    past, coach.id(), coach.municipalityId(), EnrolmentStatus.ENROLLED, Instant.now(), coach.id()));
            return new long[] {
                past.getId(),
                e.getId(),
                past.getDates().get(0).getId(),
                past.getDates().get(1).getId()
            };
        });

        loginAs(coach);
        assertThatThrownBy(() -> training.recordAttendance(ids[1], ids[2], AttendanceState.PRESENT))
                .isInstanceOf(AccessDeniedException.class);

        users.login("trainer");
        training.recordAttendance(ids[1], ids[2], AttendanceState.PRESENT);
        assertThat(training.attendanceSheet(ids[0]).attendees())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(EnrolmentStatus.ENROLLED));
        training.recordAttendance(ids[1], ids[3], AttendanceState.PRESENT);

        loginAs(coach);
        TrainingModel.MyTraining mine = training.myTraining();
        assertThat(mine.enrolments())
                .filteredOn(e -> e.enrolmentId() == ids[1])
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.COMPLETED));
        TrainingModel.CertificateInfo certificate = mine.certificates().stream()
                .filter(c -> c.courseId() == courseId)
                .findFirst()
                .orElseThrow();
        assertThat(certificate.current()).isTrue();
        assertThat(certificate.completedOn()).isEqualTo(LocalDate.now().minusDays(1));
        byte[] pdf = training.certificatePdf(certificate.completionId());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        loginAs(pros.get(10));
        assertThatThrownBy(() -> training.certificatePdf(certificate.completionId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cancellingASessionTellsEveryoneOnItAndFreesTheirCourse() {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Geannuleerd");
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        loginAs(pros.get(11));
        training.enrol(session);
        loginAs(pros.get(12));
        training.enrol(session);
        loginAs(pros.get(11));
        assertThatThrownBy(() -> training.cancelSession(session)).isInstanceOf(AccessDeniedException.class);
        users.login("procesbegeleider");
        training.cancelSession(session);
        users.login("admin");
        inFlight.awaitRecorded();
        assertThat(notifications.noticesOf(pros.get(11).id(), "training.session-cancelled"))
                .hasSize(1);
        assertThat(notifications.noticesOf(pros.get(12).id(), "training.session-cancelled"))
                .hasSize(1);
        loginAs(pros.get(11));
        assertThat(training.course(course).sessions().getFirst().preview().outcome())
                .isEqualTo(TrainingModel.Outcome.CLOSED);
    }

    @Test
    void mandatoryCoursesOfTheDemoShowStateAndDeadline() {
        users.login("wijkcoach.baarn");
        List<MyCourse> mine = training.myTraining().mandatory();
        assertThat(mine)
                .extracting(MyCourse::title)
                .contains(TrainingDemoData.MGV, TrainingDemoData.MELDCODE)
                .doesNotContain(TrainingDemoData.VERWIJSINDEX, TrainingDemoData.NAH);
        // the Meldcode certificate of two years ago has expired: expired, not "to do"
        assertThat(mine)
                .filteredOn(c -> c.title().equals(TrainingDemoData.MELDCODE))
                .singleElement()
                .satisfies(c -> assertThat(c.status().state()).isIn(TrainingState.EXPIRED, TrainingState.ENROLLED));
        assertThat(mine).allSatisfy(c -> assertThat(c.status().deadline()).isNotNull());
    }

    @Autowired
    StatusRefresher refresher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler scheduler;

    @Test
    void sessionRemindersAndDeadlineNoticesAreSentOnce() throws Exception {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Herinnering");
        long session = plans.saveSession(
                TrainingFixtures.sessionForm(course, 5, LocalDate.now().plusDays(1), 1));
        PersonSummary p = pros.get(13);
        loginAs(p);
        training.enrol(session);
        users.login("admin");
        assertThat(training.sendSessionReminders(TrainingJobs.REMINDER_DAYS)).isPositive();
        training.sendSessionReminders(TrainingJobs.REMINDER_DAYS);
        inFlight.awaitRecorded();
        assertThat(notifications.noticesOf(p.id(), "training.reminder")).hasSize(1);

        // the nightly run tells those who are overdue, once per state
        refresher.refreshAll(true);
        long overdue =
                jdbc.queryForObject("select min(person_id) from training_status where state = 'OVERDUE'", Long.class);
        refresher.refreshAll(true);
        inFlight.awaitRecorded();
        assertThat(notifications.noticesOf(overdue, "training.overdue")).hasSize(1);
        assertThat(notifications
                        .noticesOf(overdue, "training.overdue")
                        .getFirst()
                        .subject())
                .startsWith("Verplichte scholing te laat: ");

        assertThat(scheduler.checkExists(JobKey.jobKey("training-hourly", "training")))
                .isTrue();
        assertThat(scheduler.checkExists(JobKey.jobKey("training-nightly", "training")))
                .isTrue();
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

    /**
     * Hibernate stores a session's start as UTC (hibernate.jdbc.time_zone), and the enrolment reads
     * it without Hibernate: in a JVM that is not on UTC the date in the notice must still be the
     * session's own (a 22:00 start in New York is the next day in UTC).
     */
    @Test
    void theEnrolmentReadsTheSessionStartAsHibernateStoresIt() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            users.login("procesbegeleider");
            long course = TrainingFixtures.optionalCourse(plans, "Tijdzone");
            LocalDate day = LocalDate.now().plusDays(12);
            SessionForm f = TrainingFixtures.sessionForm(course, 5, day, 1);
            f.setDates(List.of(new SessionForm.DayPart(day.atTime(22, 0), day.atTime(23, 0))));
            long session = plans.saveSession(f);
            PersonSummary p = TrainingFixtures.professionals(directory).get(5);
            loginAs(p);
            training.enrol(session);
            inFlight.awaitRecorded();
            assertThat(notifications.noticesOf(p.id(), "training.enrolment-confirmed"))
                    .anySatisfy(n -> assertThat(n.body()).contains(StatusRefresher.format(day)));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
