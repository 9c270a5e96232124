package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder before a session and the nightly deadline notices: each sent once. */
class SessionRemindersTest extends ServiceTest {

    @Autowired
    SessionReminders reminders;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NoticesInFlight notifications;

    @Autowired
    StatusRefresher refresher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler scheduler;

    @Autowired
    Clock clock;

    @Test
    void sessionRemindersAndDeadlineNoticesAreSentOnce() throws Exception {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Herinnering");
        String title = TrainingFixtures.title(plans, course);
        long session = plans.saveSession(
                TrainingFixtures.sessionForm(course, 5, LocalDate.now(clock).plusDays(1), 1));
        PersonSummary p = TrainingFixtures.professionals(directory).get(13);
        loginAs(p);
        enrolment.enrol(session);
        users.login("admin");
        assertThat(reminders.sendSessionReminders(TrainingJobs.REMINDER_DAYS)).isPositive();
        reminders.sendSessionReminders(TrainingJobs.REMINDER_DAYS);
        assertThat(TrainingFixtures.notices(notifications, p.id(), "training.reminder", title))
                .hasSize(1);

        // the nightly run tells those who are overdue, once per state
        refresher.refreshAll(true);
        long overdue =
                jdbc.queryForObject("select min(person_id) from training_status where state = 'OVERDUE'", Long.class);
        refresher.refreshAll(true);
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
}
