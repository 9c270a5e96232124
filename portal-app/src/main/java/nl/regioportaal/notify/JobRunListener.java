package nl.regioportaal.notify;

import java.time.Instant;
import nl.regioportaal.shared.db.UtcInstants;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records each job's last run (start, duration, outcome) for the jobs screen, in the database so every node sees it. */
@Component
class JobRunListener extends JobListenerSupport {

    private final JdbcTemplate jdbc;

    JobRunListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String getName() {
        return "portal-job-runs";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        String error = failure == null ? null : String.valueOf(failure.getMessage());
        if (error != null && error.length() > 500) {
            error = error.substring(0, 500);
        }
        Instant started = context.getFireTime().toInstant();
        jdbc.update(
                "insert into notify_job_run (job_group, job_name, started_at, duration_ms, succeeded, error) "
                        + "values (?, ?, ?, ?, ?, ?) on duplicate key update started_at = values(started_at), "
                        + "duration_ms = values(duration_ms), succeeded = values(succeeded), error = values(error)",
                context.getJobDetail().getKey().getGroup(),
                context.getJobDetail().getKey().getName(),
                UtcInstants.bind(started),
                context.getJobRunTime(),
                failure == null,
                error);
    }
}
