package nl.regioportaal.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.notify.ScheduledJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class JobsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyJobIsListedAndRunNowRunsIt() {
        login("admin");
        jdbc.update("delete from notify_job_run where job_name = 'notify-weekly-digest'");
        JobsView view = navigate(JobsView.class);
        List<ScheduledJobs.JobRow> rows = GridKt._fetch(view.grid, 0, 100);
        assertThat(rows)
                .extracting(ScheduledJobs.JobRow::name)
                .contains("training-hourly", "training-nightly", "notify-weekly-digest");
        assertThat(rows).allSatisfy(r -> assertThat(r.nextRun()).isNotNull());
        int row = rows.stream().map(ScheduledJobs.JobRow::name).toList().indexOf("notify-weekly-digest");

        _click((Button) GridKt._getCellComponent(view.grid, row, "run"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notify_job_run where job_name = 'notify-weekly-digest' and succeeded",
                                Long.class)
                        == 1);
        view.refresh();
        assertThat(GridKt._fetch(view.grid, 0, 100))
                .filteredOn(r -> r.name().equals("notify-weekly-digest"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.lastRun()).isNotNull();
                    assertThat(r.succeeded()).isTrue();
                    assertThat(r.duration()).isNotNull();
                });
    }

    @Test
    void onlyAdministratorsSeeTheJobs() {
        login("procesbegeleider");
        assertRefused(JobsView.class);
        login("beheer.amersfoort");
        assertRefused("beheer/taken");
    }
}
