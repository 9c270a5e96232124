package nl.regioportaal.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.db.UtcInstants;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Every Quartz job with its schedule, next and last run, outcome and duration; "run now" (administrators). */
@Service
public class ScheduledJobs {

    public record JobRow(
            String group,
            String name,
            String schedule,
            Instant nextRun,
            Instant lastRun,
            Boolean succeeded,
            String error,
            Duration duration) {}

    private record LastRun(Instant startedAt, long durationMs, boolean succeeded, String error) {}

    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    ScheduledJobs(Scheduler scheduler, JdbcTemplate jdbc, CurrentUser currentUser) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public List<JobRow> all() {
        currentUser.requireAnyRole(Role.ADMIN);
        Map<String, LastRun> last = new HashMap<>();
        jdbc.query("select job_group, job_name, started_at, duration_ms, succeeded, error from notify_job_run", rs -> {
            last.put(
                    rs.getString(1) + "/" + rs.getString(2),
                    new LastRun(UtcInstants.read(rs, 3), rs.getLong(4), rs.getBoolean(5), rs.getString(6)));
        });
        try {
            List<JobRow> rows = new ArrayList<>();
            for (String group : scheduler.getJobGroupNames()) {
                for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                    List<? extends Trigger> triggers = scheduler.getTriggersOfJob(key);
                    Instant next = triggers.stream()
                            .map(Trigger::getNextFireTime)
                            .filter(d -> d != null)
                            .map(d -> d.toInstant())
                            .min(Comparator.naturalOrder())
                            .orElse(null);
                    String schedule = triggers.stream()
                            .map(t -> t instanceof CronTrigger cron ? cron.getCronExpression() : t.getDescription())
                            .filter(s -> s != null)
                            .findFirst()
                            .orElse("");
                    LastRun run = last.get(key.getGroup() + "/" + key.getName());
                    rows.add(new JobRow(
                            key.getGroup(),
                            key.getName(),
                            schedule,
                            next,
                            run == null ? null : run.startedAt(),
                            run == null ? null : run.succeeded(),
                            run == null ? null : run.error(),
                            run == null ? null : Duration.ofMillis(run.durationMs())));
                }
            }
            rows.sort(Comparator.comparing(JobRow::group).thenComparing(JobRow::name));
            return rows;
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler", e);
        }
    }

    /** Fires the job now (on whichever node's scheduler picks it up first). */
    public void runNow(String group, String name) {
        currentUser.requireAnyRole(Role.ADMIN);
        try {
            scheduler.triggerJob(JobKey.jobKey(name, group));
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler", e);
        }
    }
}
