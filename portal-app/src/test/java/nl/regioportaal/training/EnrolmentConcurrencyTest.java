package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 200 people enrol at the same moment in a 20-seat session, on the real MariaDB: exactly 20 seats,
 * the other 180 on the waiting list in the order they got in, nobody twice; and an enrolment needs
 * one connection of the pool, not two.
 */
class EnrolmentConcurrencyTest extends ServiceTest {

    @Autowired
    EnrolmentService training;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplianceService compliance;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    DataSource dataSource;

    @Autowired
    NoticesInFlight inFlight;

    @Test
    void twoHundredConcurrentEnrolmentsFillTwentySeatsAndQueueTheRestInOrder() throws Exception {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Drukte");
        long session = TrainingFixtures.session(plans, course, 20, Map.of());
        List<PersonSummary> people = TrainingFixtures.professionals(directory).subList(0, 200);
        users.logout();

        // more threads than the pool has connections, so requests also queue for connections
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TrainingModel.EnrolResult>> futures = new ArrayList<>();
        for (PersonSummary p : people) {
            Callable<TrainingModel.EnrolResult> enrol = () -> {
                start.await();
                TrainingFixtures.loginAs(p);
                try {
                    return training.enrol(session);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            futures.add(pool.submit(enrol));
            // the same person twice at the same moment must still give one enrolment
            if (futures.size() % 20 == 0) {
                futures.add(pool.submit(enrol));
            }
        }
        start.countDown();
        int refusedDuplicates = 0;
        List<TrainingModel.EnrolResult> results = new ArrayList<>();
        for (Future<TrainingModel.EnrolResult> f : futures) {
            try {
                results.add(f.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ValidationFailedException.class);
                refusedDuplicates++;
            }
        }
        pool.shutdown();
        assertThat(refusedDuplicates).isEqualTo(10);
        assertThat(results).hasSize(200);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, person_id, status from enrolment where session_id = ? order by id", session);
        assertThat(rows).hasSize(200);
        assertThat(new HashSet<>(rows.stream().map(r -> r.get("person_id")).toList()))
                .hasSize(200);
        assertThat(rows.stream().filter(r -> "ENROLLED".equals(r.get("status"))))
                .hasSize(20);
        assertThat(rows.stream().filter(r -> "WAITING".equals(r.get("status")))).hasSize(180);
        // seats went to the first twenty to get the lock, the waiting list follows arrival (id) order
        assertThat(rows.subList(0, 20))
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ENROLLED"));
        Map<Long, Long> positionByEnrolment = new HashMap<>();
        results.forEach(r -> positionByEnrolment.put(r.enrolmentId(), r.waitingPosition()));
        for (int i = 20; i < 200; i++) {
            long id = ((Number) rows.get(i).get("id")).longValue();
            assertThat(positionByEnrolment.get(id))
                    .as("waiting position of enrolment " + id)
                    .isEqualTo(i - 19L);
        }
    }

    @Test
    void anEnrolmentThatChangesTheRollupsNeedsOneConnectionNotTwo() throws Exception {
        users.login("procesbegeleider");
        TrainingFixtures.CourseToDo toDo = TrainingFixtures.someoneWithACourseToDo(compliance, plans);
        ComplianceService.Row someone = toDo.person();
        long session = toDo.sessionId();

        // a burst of enrolments holding every connection but one: each enrolment must finish with the
        // one it has (its roll-up recount once took a second one while holding the first, so a burst
        // larger than the pool waited on itself until the pool timed out)
        // (with the pool's own time-out: whatever else waits meanwhile gets its connection once they are
        // back; and after the notices of any burst before this one are recorded)
        inFlight.awaitRecorded(Duration.ofSeconds(120));
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < hikari.getMaximumPoolSize() - 1) {
                held.add(hikari.getConnection());
            }
            assertThat(enrolments.enrol(session, someone.personId()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        inFlight.awaitRecorded();
        assertThat(compliance.scopeTotal().counts())
                .as("the kept roll-up was recounted after the commit")
                .isEqualTo(
                        compliance.all(ComplianceService.Filter.none()).region().counts());
    }
}
