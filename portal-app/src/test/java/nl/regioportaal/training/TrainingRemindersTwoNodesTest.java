package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.regioportaal.PortalApplication;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two portal nodes (this test's context and a second Spring context) on one MariaDB: the reminder
 * job's notices are recorded and mailed once, whichever node runs it and however often; a node stopped
 * in the middle of a batch loses nothing and records nothing twice after a restart.
 */
class TrainingRemindersTwoNodesTest extends ServiceTest {

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    SessionReminders sessionReminders;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    MailLog mailLog;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void remindersAreRecordedAndMailedOnceAcrossTwoNodesAndSurviveAStoppedNode() throws Exception {
        users.login("procesbegeleider");
        List<PersonSummary> people = TrainingFixtures.professionals(directory).subList(30, 33);
        long course = TrainingFixtures.optionalCourse(plans, "Twee knopen");
        SessionForm form =
                TrainingFixtures.sessionForm(course, 5, LocalDate.now().plusDays(1), 1);
        long session = plans.saveSession(form);
        for (PersonSummary p : people) {
            TrainingFixtures.loginAs(p);
            enrolments.enrol(session);
        }
        users.login("procesbegeleider");
        String title = plans.allCourses().stream()
                .filter(c -> c.id() == course)
                .findFirst()
                .orElseThrow()
                .title();
        inFlight.awaitRecorded();

        try (ConfigurableApplicationContext second = node("second")) {
            SessionReminders secondReminders = second.getBean(SessionReminders.class);
            // both nodes run the job at the same moment, then the second once more as if the first never had
            CompletableFuture<Integer> onFirst = CompletableFuture.supplyAsync(
                    () -> SystemAuthentication.call(() -> sessionReminders.sendSessionReminders(2)));
            CompletableFuture<Integer> onSecond = CompletableFuture.supplyAsync(
                    () -> SystemAuthentication.call(() -> secondReminders.sendSessionReminders(2)));
            assertThat(onFirst.get() + onSecond.get()).isGreaterThanOrEqualTo(people.size());
            jdbc.update("update enrolment set reminded = false where session_id = ?", session);
            assertThat(SystemAuthentication.call(() -> secondReminders.sendSessionReminders(2)))
                    .isGreaterThanOrEqualTo(people.size());
            inFlight.awaitRecorded();

            MailLog secondMailLog = second.getBean(MailLog.class);
            for (PersonSummary p : people) {
                assertThat(count(
                                "select count(*) from notification where kind = 'training.reminder' "
                                        + "and recipient_person_id = ? and params like ?",
                                p.id(),
                                title + "%"))
                        .as("recorded once for " + p.id())
                        .isEqualTo(1);
                await().pollInSameThread()
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> reminders(p, title, secondMailLog).size() == 1);
            }
            Thread.sleep(2000); // a late duplicate would arrive within this (both nodes poll every 5 s)
            for (PersonSummary p : people) {
                assertThat(reminders(p, title, secondMailLog)).as("mailed once").hasSize(1);
            }

            // a batch published on the second node, which stops right after its commit
            PersonSummary p = people.getFirst();
            TrainingNotices secondNotices = second.getBean(TrainingNotices.class);
            new TransactionTemplate(second.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(s -> SystemAuthentication.run(() -> {
                        for (int i = 0; i < 40; i++) {
                            secondNotices.send(
                                    p.id(), "reminder", "scholing/mijn", "Batch " + title, "dag " + i, "hier");
                        }
                    }));
        }
        try (ConfigurableApplicationContext restarted = node("restarted")) {
            inFlight.awaitRecorded();
            assertThat(count(
                            "select count(*) from notification where kind = 'training.reminder' and params like ?",
                            "Batch " + title + "%"))
                    .as("none lost")
                    .isEqualTo(40);
            assertThat(count(
                            "select count(distinct delivery_key) from notification where params like ?",
                            "Batch " + title + "%"))
                    .as("none twice")
                    .isEqualTo(40);
            assertThat(count(
                            "select count(*) from notify_mail m join notification n on n.id = m.notification_id "
                                    + "where n.params like ?",
                            "Batch " + title + "%"))
                    .as("one mail each")
                    .isEqualTo(40);
        }
    }

    private List<MailLog.ReceivedMail> reminders(PersonSummary p, String title, MailLog other) {
        List<MailLog.ReceivedMail> all = new ArrayList<>();
        Stream.of(mailLog, other).forEach(log -> all.addAll(SystemAuthentication.call(log::received)));
        return all.stream()
                .filter(m -> m.recipient().contains(p.email()) && m.subject().startsWith("Herinnering: " + title))
                .toList();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Another portal node on this test's database (no demo data of its own, its own embedded SMTP server). */
    private ConfigurableApplicationContext node(String name) {
        HikariDataSource db = (HikariDataSource) dataSource;
        Map<String, Object> props = Map.ofEntries(
                Map.entry("spring.datasource.url", db.getJdbcUrl()),
                Map.entry("spring.datasource.username", String.valueOf(db.getUsername())),
                Map.entry("spring.datasource.password", db.getPassword() == null ? "" : db.getPassword()),
                Map.entry("server.port", "0"),
                Map.entry("portal.demo-data", "true"),
                Map.entry("portal.mail.embedded-port", "0"),
                Map.entry("spring.quartz.auto-startup", "false"),
                // Quartz keeps schedulers and their connection pools per JVM by scheduler name: a node in
                // the same JVM must not take over (and on closing, close) this context's
                Map.entry("spring.quartz.properties.org.quartz.scheduler.instanceName", "regioportaal-" + name),
                Map.entry("portal.plugins.dir", "target/test-plugins/" + name),
                // emptied at its start: a plugin left there by an earlier run would be adopted into this run's database
                Map.entry("portal.plugins.fresh", "true"),
                Map.entry("portal.plugins.bundled-dir", "target/test-plugins/none"),
                Map.entry("logging.file.name", "target/test-logs/" + name + ".log"),
                Map.entry("spring.main.banner-mode", "off"));
        // as command-line arguments: they must win over application.properties
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PortalApplication.class)
                .profiles("node")
                .run(args);
    }
}
