package nl.regioportaal.plugins;

import java.util.List;
import java.util.Set;
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

    private final Scheduler scheduler;

    PluginTasks(Scheduler scheduler) {
        this.scheduler = scheduler;
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
