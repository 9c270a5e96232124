package nl.regioportaal.plugins;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.plugins.api.ScheduledTask;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plugin tasks on the portal's one scheduler (Quartz, JDBC store, clustered): one job per task, all of the
 * same host class {@link PluginTaskJob}, which finds the task in the running plugin when it fires. Plugin
 * classes never go into the job store, so a stored job survives an upgrade or an uninstall without
 * breaking the scheduler.
 */
@Component
class PluginTasks {

    static final String GROUP = "plugins";
    private static final Logger LOG = LoggerFactory.getLogger(PluginTasks.class);

    /** How often a task that fired on a node without its plugin is fired again, and how long after. */
    static final int HAND_ON_ATTEMPTS = 5;

    static final Duration HAND_ON_DELAY = Duration.ofSeconds(5);

    private final Scheduler scheduler;
    private final Clock clock;

    PluginTasks(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Fires the job once more, soon, on whichever node the cluster picks; false when it has been handed on
     * {@link #HAND_ON_ATTEMPTS} times already.
     */
    boolean handOn(JobKey job, int attempt) {
        if (attempt > HAND_ON_ATTEMPTS) {
            return false;
        }
        Trigger retry = TriggerBuilder.newTrigger()
                .withIdentity(job.getName() + ".handed-on-" + UUID.randomUUID(), GROUP)
                .forJob(job)
                .usingJobData(PluginTaskJob.ATTEMPT, attempt)
                .startAt(Date.from(clock.instant().plus(HAND_ON_DELAY)))
                .build();
        try {
            scheduler.scheduleJob(retry);
            LOG.info("task {} handed on (attempt {})", job.getName(), attempt);
            return true;
        } catch (SchedulerException e) {
            LOG.warn("task {} could not be handed on", job.getName(), e);
            return false;
        }
    }

    static JobKey key(String pluginId, String taskId) {
        return JobKey.jobKey(pluginId + "." + taskId, GROUP);
    }

    void schedule(String pluginId, List<ScheduledTask> tasks) {
        unschedule(pluginId);
        for (ScheduledTask task : tasks) {
            JobKey key = key(pluginId, task.id());
            JobDetail job = JobBuilder.newJob(PluginTaskJob.class)
                    .withIdentity(key)
                    .usingJobData(PluginTaskJob.PLUGIN_ID, pluginId)
                    .usingJobData(PluginTaskJob.TASK_ID, task.id())
                    .storeDurably()
                    .build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(key.getName(), GROUP)
                    .forJob(job)
                    .withSchedule(
                            CronScheduleBuilder.cronSchedule(task.cron()).withMisfireHandlingInstructionDoNothing())
                    .build();
            try {
                scheduler.scheduleJob(job, Set.of(trigger), true);
            } catch (SchedulerException e) {
                throw new IllegalStateException("task " + key + " could not be scheduled", e);
            }
        }
    }

    void unschedule(String pluginId) {
        try {
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                if (key.getName().startsWith(pluginId + ".")) {
                    scheduler.deleteJob(key);
                }
            }
        } catch (SchedulerException e) {
            LOG.warn("tasks of plugin {} could not be removed", pluginId, e);
        }
    }

    /** Jobs of plugins no longer running here (uninstalled while the portal was down). */
    void removeAllBut(Set<String> runningPluginIds) {
        try {
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                String pluginId =
                        key.getName().substring(0, Math.max(0, key.getName().indexOf('.')));
                if (!runningPluginIds.contains(pluginId)) {
                    scheduler.deleteJob(key);
                }
            }
        } catch (SchedulerException e) {
            LOG.warn("stale plugin tasks could not be removed", e);
        }
    }
}
