package nl.regioportaal.shared.jobs;

import java.util.List;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * A module's scheduled jobs, declared as one bean instead of a JobDetail and a Trigger per job:
 * {@code ModuleJobs.of("training", ModuleJobs.cron("training-hourly", HourlyJob.class, "0 5 * * * ?"))}.
 * They run on the portal's one clustered Quartz scheduler (one node fires each run) and appear on
 * the jobs screen {@code /beheer/taken}.
 */
public record ModuleJobs(String group, List<Scheduled> jobs) {

    /** One job: its name, class and Quartz cron expression (server time, Europe/Amsterdam on our hosts). */
    public record Scheduled(String name, Class<? extends Job> type, String cron) {}

    public ModuleJobs {
        jobs = List.copyOf(jobs);
    }

    public static ModuleJobs of(String group, Scheduled... jobs) {
        return new ModuleJobs(group, List.of(jobs));
    }

    public static Scheduled cron(String name, Class<? extends Job> type, String cron) {
        return new Scheduled(name, type, cron);
    }

    List<JobDetail> details() {
        return jobs.stream()
                .map(j -> JobBuilder.newJob(j.type())
                        .withIdentity(j.name(), group)
                        .storeDurably()
                        .build())
                .toList();
    }

    List<Trigger> triggers() {
        return jobs.stream()
                .map(j -> (Trigger) TriggerBuilder.newTrigger()
                        .forJob(j.name(), group)
                        .withIdentity(j.name(), group)
                        .withSchedule(CronScheduleBuilder.cronSchedule(j.cron()))
                        .build())
                .toList();
    }
}
