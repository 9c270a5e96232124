package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.db.UtcInstants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time rule (docs/architecture.md, "Time") as it reaches the database, in a JVM whose default
 * zone is neither UTC nor the region's (surefire runs every test in America/New_York): a session's
 * wall-clock start is stored verbatim, an instant as UTC, and plain JDBC reads both back unchanged.
 */
class TimeStorageTest extends ServiceTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    CourseRepository courses;

    @Autowired
    CourseSessionRepository sessions;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void theTestsRunInAZoneThatIsNeitherUtcNorTheRegions() {
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void aSessionAtNineIsStoredAsNineAndAnInstantAsUtc() {
        users.login("procesbegeleider");
        long courseId = TrainingFixtures.optionalCourse(plans, "Tijd");
        PersonSummary coach = TrainingFixtures.professionals(directory).getFirst();
        LocalDateTime nine = LocalDate.now(clock).plusDays(20).atTime(9, 0);
        Instant created = Instant.parse("2026-07-01T10:15:30Z");
        long[] ids = tx.execute(s -> {
            CourseSession session = new CourseSession(courses.findById(courseId).orElseThrow());
            session.setPlace("Zaal 2");
            session.setSeats(5);
            session.setHistoricDates(List.of(new SessionForm.DayPart(nine, nine.plusHours(3))));
            sessions.save(session);
            Enrolment e = enrolments.save(new Enrolment(
                    session, coach.id(), coach.municipalityId(), EnrolmentStatus.ENROLLED, created, coach.id()));
            return new long[] {session.getId(), e.getId()};
        });

        LocalDateTime stored = jdbc.queryForObject(
                "select starts_at from course_session where id = ?",
                (rs, i) -> rs.getObject(1, LocalDateTime.class),
                ids[0]);
        assertThat(stored).isEqualTo(nine);
        assertThat(jdbc.queryForObject(
                        "select date_format(starts_at, '%H:%i') from session_date where session_id = ?",
                        String.class, ids[0]))
                .isEqualTo("09:00");
        // the instant: its UTC wall time in the column, the same moment whatever the session's zone
        LocalDateTime utcWallTime = jdbc.queryForObject(
                "select created_at from enrolment where id = ?",
                (rs, i) -> rs.getObject(1, LocalDateTime.class),
                ids[1]);
        assertThat(utcWallTime).isEqualTo(LocalDateTime.ofInstant(created, ZoneOffset.UTC));
        assertThat(jdbc.queryForObject(
                        "select unix_timestamp(created_at) from enrolment where id = ?", Long.class, ids[1]))
                .isEqualTo(created.getEpochSecond());
        Instant read = jdbc.queryForObject(
                "select created_at from enrolment where id = ?", (rs, i) -> UtcInstants.read(rs, 1), ids[1]);
        assertThat(read).isEqualTo(created);
        // and Hibernate reads back what it wrote
        tx.executeWithoutResult(s -> {
            assertThat(sessions.findById(ids[0]).orElseThrow().getStartsAt()).isEqualTo(nine);
            assertThat(enrolments.findById(ids[1]).orElseThrow().getCreatedAt().truncatedTo(ChronoUnit.MICROS))
                    .isEqualTo(created);
        });
    }
}
