package nl.regioportaal.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportaal.PortalHttp;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.TestPlugins;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingPlanService;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus} over real HTTP: refused without the token (or with a wrong one); with it, the
 * portal's own meters, counting what just happened (an enrolment, logins, a scheduled job's run, a plugin's
 * failure).
 */
class PortalMetersTest extends ServiceTest {

    private static final String TOKEN = "test-metrics-token";

    @LocalServerPort
    int port;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    RegionDirectory directory;

    @Autowired
    Scheduler scheduler;

    @Autowired
    PluginService plugins;

    @Test
    void withoutTheTokenTheMetricsAreRefused() throws Exception {
        PortalHttp http = new PortalHttp(port);
        HttpResponse<String> none = http.get(PortalHttp.browser(), "/actuator/prometheus");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).doesNotContain("portal_");
        assertThat(scrape(TOKEN + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void anEnrolmentShowsInTheMetrics() throws Exception {
        double before = value(metrics(), "portal_enrolments_total", "status=\"enrolled\"");
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Metriek");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        enrolment.enrol(
                session, TrainingFixtures.professionals(directory).getFirst().id());

        assertThat(value(metrics(), "portal_enrolments_total", "status=\"enrolled\""))
                .isEqualTo(before + 1);
    }

    @Test
    void loginsAndSessionsHaveTheirMeters() throws Exception {
        String before = metrics();
        PortalHttp http = new PortalHttp(port);
        http.login(PortalHttp.browser(), "trainer", "demo");
        http.login(PortalHttp.browser(), "trainer", "geraden");

        String after = metrics();
        assertThat(value(after, "portal_logins_total", "outcome=\"success\""))
                .isEqualTo(value(before, "portal_logins_total", "outcome=\"success\"") + 1);
        assertThat(value(after, "portal_logins_total", "outcome=\"failure\""))
                .isEqualTo(value(before, "portal_logins_total", "outcome=\"failure\"") + 1);
        assertThat(after).contains("outcome=\"locked\"").contains("portal_vaadin_sessions_active{");
    }

    @Test
    void aScheduledJobsRunCountsByJobAndOutcome() throws Exception {
        String series = "job=\"audit.audit-retention\",outcome=\"success\"";
        double before = value(metrics(), "portal_jobs_runs_seconds_count", series);

        // the nightly retention run, fired now through the clustered scheduler (it deletes nothing recent)
        scheduler.triggerJob(JobKey.jobKey("audit-retention", "audit"));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> value(metrics(), "portal_jobs_runs_seconds_count", series) >= before + 1);
    }

    @Test
    void aPluginThatFailsCountsAsAFailureOfThatPlugin() throws Exception {
        users.login("admin");
        if (plugins.find("failing").isEmpty()) {
            plugins.install("plugin-test-failing.jar", TestPlugins.upload("test-failing"), null);
        }
        double before = value(metrics(), "portal_plugins_failures_total", "plugin=\"failing\"");

        plugins.runTaskNow("failing", "broken");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> value(metrics(), "portal_plugins_failures_total", "plugin=\"failing\"") >= before + 1);
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = scrape(TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> scrape(String token) throws Exception {
        return PortalHttp.browser()
                .send(
                        new PortalHttp(port)
                                .request("/actuator/prometheus")
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one series (a name and a label it carries), summed over its other labels; 0 when absent. */
    static double value(String metrics, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(label)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
