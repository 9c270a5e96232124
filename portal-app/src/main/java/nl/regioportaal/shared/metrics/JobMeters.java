package nl.regioportaal.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.stereotype.Component;

/**
 * Scheduled (Quartz) job runs by job and outcome, with their durations; a global job listener, registered on
 * the scheduler with the others (shared.jobs).
 */
@Component
class JobMeters extends JobListenerSupport {

    static final String JOB_RUNS = "portal.jobs.runs";

    private final MeterRegistry registry;

    JobMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String getName() {
        return "portal-job-meters";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        Timer.builder(JOB_RUNS)
                .description("scheduled job runs, by job and outcome")
                .tag("job", context.getJobDetail().getKey().toString())
                .tag("outcome", failure == null ? "success" : "failure")
                .register(registry)
                .record(Math.max(0, context.getJobRunTime()), TimeUnit.MILLISECONDS);
    }
}
