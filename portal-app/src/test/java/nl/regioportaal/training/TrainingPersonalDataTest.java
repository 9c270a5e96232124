package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.PersonalDataService;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.db.UtcInstants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * AVG through {@link PersonalDataService} as the administrator: the training section of the export,
 * and erasure (open places deleted and handed on to the waiting list, certificates, states and
 * peer-supervision hours deleted, the history of past sessions kept for the anonymous placeholder).
 */
class TrainingPersonalDataTest extends ServiceTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    EnrolmentService training;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    AttendanceService attendance;

    @Autowired
    InterestService interest;

    @Test
    @SuppressWarnings("unchecked")
    void exportHoldsEnrolmentsAttendanceCertificatesAndStates() {
        users.login("admin");
        long person = newPerson();
        long course = TrainingFixtures.optionalCourse(plans, "AVG export");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        enrolAs(person, session);
        long completion = completionOf(person, course);
        peerSupervisionOf(person, LocalDate.of(2026, 3, 12), 90);

        users.login("admin");
        Map<String, Object> export = personalData.export(person);

        Map<String, Object> mine = (Map<String, Object>) export.get("training");
        List<TrainingPersonalData.EnrolmentData> enrolments =
                (List<TrainingPersonalData.EnrolmentData>) mine.get("enrolments");
        assertThat(enrolments).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("ENROLLED");
            assertThat(e.course()).startsWith("AVG export");
            assertThat(e.enrolledBySomeoneElse()).isFalse();
        });
        assertThat((List<TrainingPersonalData.CompletionData>) mine.get("completions"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo(completion);
                    // the code printed on the certificate and checked on /certificaat/<code>
                    assertThat(c.certificateNumber()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
                });
        assertThat((List<TrainingPersonalData.PeerSupervisionData>) mine.get("peerSupervisionHours"))
                .containsExactly(new TrainingPersonalData.PeerSupervisionData(LocalDate.of(2026, 3, 12), 90));
        assertThat(mine).containsKeys("attendance", "states");
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportHoldsReasonsTheSeatHoldInterestAndTheSessionsTheyGive() {
        long person = newPerson();
        PersonSummary summary = directory.person(person).orElseThrow();
        LocalDateTime start = LocalDateTime.now().minusDays(3).withHour(9).truncatedTo(ChronoUnit.HOURS);
        AttendanceFixtures.Made attended = fixtures.session("AVG export redenen", List.of(start), List.of(summary));
        long enrolment = attended.enrolments().getFirst();
        users.login("procesbegeleider");
        attendance.recordAttendance(enrolment, attended.dayParts().getFirst(), AttendanceState.EXCUSED, "tandarts");
        Instant heldUntil = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(86_400);
        jdbc.update(
                "update enrolment set decision_reason = 'eerst de basiscursus', hold_until = ? where id = ?",
                UtcInstants.bind(heldUntil),
                enrolment);
        long wanted = TrainingFixtures.optionalCourse(plans, "AVG interesse");
        String wantedTitle = TrainingFixtures.title(plans, wanted);
        TrainingFixtures.loginAs(summary);
        interest.showInterest(wanted);
        users.login("procesbegeleider");
        long given = TrainingFixtures.optionalCourse(plans, "AVG trainer export");
        long session = TrainingFixtures.session(plans, given, 5, Map.of());
        jdbc.update(
                "update course_session set trainer_person_id = ?, trainer_name = ? where id = ?",
                person,
                summary.displayName(),
                session);

        users.login("admin");
        Map<String, Object> mine =
                (Map<String, Object>) personalData.export(person).get("training");

        assertThat((List<TrainingPersonalData.EnrolmentData>) mine.get("enrolments"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.id()).isEqualTo(enrolment);
                    assertThat(e.decisionReason()).isEqualTo("eerst de basiscursus");
                    assertThat(e.seatHeldUntil()).isEqualTo(heldUntil);
                });
        assertThat((List<TrainingPersonalData.AttendanceData>) mine.get("attendance"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.state()).isEqualTo("EXCUSED");
                    assertThat(a.reason()).isEqualTo("tandarts");
                });
        assertThat((List<TrainingPersonalData.InterestData>) mine.get("interest"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.course()).isEqualTo(wantedTitle);
                    assertThat(i.since()).isNotNull();
                });
        assertThat((List<TrainingPersonalData.TrainerSessionData>) mine.get("sessionsAsTrainer"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.id()).isEqualTo(session);
                    assertThat(t.trainerName()).isEqualTo(summary.displayName());
                    assertThat(t.place()).isEqualTo("Testlocatie");
                });
    }

    @Test
    void erasureFreesTheSeatForTheNextPersonWaitingAndKeepsOnlyAnonymousHistory() {
        users.login("admin");
        long erased = newPerson();
        long next = newPerson();
        long course = TrainingFixtures.optionalCourse(plans, "AVG wissen");
        String title = TrainingFixtures.title(plans, course);
        long session = TrainingFixtures.session(plans, course, 1, Map.of());
        enrolAs(erased, session);
        long waiting = enrolAs(next, session);
        completionOf(erased, course);
        peerSupervisionOf(erased, LocalDate.of(2026, 3, 12), 90);
        // a closed enrolment of an earlier session: history that must still count
        jdbc.update(
                "insert into enrolment (session_id, course_id, person_id, municipality_id, status, open_marker, created_at, "
                        + "enrolled_by_person_id) values (?, ?, ?, null, 'CANCELLED', null, now(6), ?)",
                session,
                course,
                erased,
                erased);
        jdbc.update(
                "insert into training_status (person_id, course_id, state) values (?, ?, 'ENROLLED')", erased, course);

        users.login("admin");
        personalData.erase(erased);

        assertThat(count(
                        "select count(*) from enrolment where person_id = ? and status in ('ENROLLED', 'WAITING')",
                        erased))
                .isZero();
        assertThat(count("select count(*) from enrolment where person_id = ? and status = 'CANCELLED'", erased))
                .isOne();
        assertThat(count("select count(*) from completion where person_id = ?", erased))
                .isZero();
        assertThat(count("select count(*) from training_status where person_id = ?", erased))
                .isZero();
        assertThat(count("select count(*) from training_member where person_id = ?", erased))
                .isZero();
        assertThat(count("select count(*) from peer_supervision_hours where person_id = ?", erased))
                .isZero();
        // the seat went to the person waiting, who was told
        assertThat(jdbc.queryForObject("select status from enrolment where id = ?", String.class, waiting))
                .isEqualTo("ENROLLED");
        assertThat(count("select count(*) from enrolment where session_id = ? and status = 'ENROLLED'", session))
                .isOne();
        assertThat(TrainingFixtures.notices(inFlight, next, "training.promoted", title))
                .hasSize(1);
    }

    @Test
    void erasureTakesTheTrainersNameOffTheSessionsTheyGave() {
        long trainer = newPerson();
        long course = TrainingFixtures.optionalCourse(plans, "AVG trainer");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        String name = directory.person(trainer).orElseThrow().displayName();
        jdbc.update(
                "update course_session set trainer_person_id = ?, trainer_name = ? where id = ?",
                trainer,
                name,
                session);
        long versionBefore = count("select version from course_session where id = ?", session);

        users.login("admin");
        personalData.erase(trainer);

        assertThat(jdbc.queryForList("select trainer_name from course_session where id = ?", String.class, session))
                .containsExactly((String) null);
        assertThat(count("select count(*) from course_session where trainer_person_id = ?", trainer))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from course_session where trainer_name = ?", Long.class, name))
                .as("no session names the erased trainer")
                .isZero();
        assertThat(count("select version from course_session where id = ?", session))
                .isGreaterThan(versionBefore);
    }

    @Test
    void erasureBlanksTheReasonsOnTheHistoryItKeeps() {
        long erased = newPerson();
        long other = newPerson();
        LocalDateTime start = LocalDateTime.now().minusDays(3).withHour(9).truncatedTo(ChronoUnit.HOURS);
        AttendanceFixtures.Made made = fixtures.session(
                "AVG redenen",
                List.of(start),
                List.of(
                        directory.person(erased).orElseThrow(),
                        directory.person(other).orElseThrow()));
        long erasedEnrolment = made.enrolments().get(0);
        long otherEnrolment = made.enrolments().get(1);
        users.login("procesbegeleider");
        attendance.recordAttendance(
                erasedEnrolment, made.dayParts().getFirst(), AttendanceState.EXCUSED, "ziek, zei Wis");
        attendance.recordAttendance(otherEnrolment, made.dayParts().getFirst(), AttendanceState.EXCUSED, "trein");
        jdbc.update(
                "update enrolment set decision_reason = 'Wis had vorig jaar al' where id in (?, ?)",
                erasedEnrolment,
                otherEnrolment);

        users.login("admin");
        personalData.erase(erased);

        // the history stays (closed as not completed), without the free text
        assertThat(jdbc.queryForObject("select status from enrolment where id = ?", String.class, erasedEnrolment))
                .isEqualTo("NOT_COMPLETED");
        assertThat(jdbc.queryForList(
                        "select decision_reason from enrolment where id = ?", String.class, erasedEnrolment))
                .containsExactly((String) null);
        assertThat(jdbc.queryForList("select state, reason from attendance where enrolment_id = ?", erasedEnrolment))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("state")).isEqualTo("EXCUSED");
                    assertThat(row.get("reason")).isNull();
                });
        // someone else's reasons are theirs to keep
        assertThat(jdbc.queryForObject(
                        "select reason from attendance where enrolment_id = ?", String.class, otherEnrolment))
                .isEqualTo("trein");
        assertThat(jdbc.queryForObject(
                        "select decision_reason from enrolment where id = ?", String.class, otherEnrolment))
                .isEqualTo("Wis had vorig jaar al");
    }

    private long enrolAs(long personId, long sessionId) {
        PersonSummary p = directory.person(personId).orElseThrow();
        TrainingFixtures.loginAs(p);
        try {
            return training.enrol(sessionId).enrolmentId();
        } finally {
            users.login("admin");
        }
    }

    private long completionOf(long personId, long courseId) {
        jdbc.update(
                "insert into completion (person_id, course_id, completed_on, valid_until) values (?, ?, ?, ?)",
                personId,
                courseId,
                LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(23));
        return jdbc.queryForObject("select max(id) from completion where person_id = ?", Long.class, personId);
    }

    private void peerSupervisionOf(long personId, LocalDate day, int minutes) {
        jdbc.update(
                "insert into peer_supervision_hours (person_id, source_ref, day, minutes) values (?, ?, ?, ?)",
                personId,
                "test-" + personId,
                day,
                minutes);
    }

    private long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

    private long newPerson() {
        long person = fixtures.newProfessional("Wis");
        users.login("admin");
        return person;
    }
}
