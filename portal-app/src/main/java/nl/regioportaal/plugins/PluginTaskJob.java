package nl.regioportaal.plugins;

import nl.regioportaal.plugins.api.ScheduledTask;
import nl.regioportaal.security.SystemAuthentication;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class for all plugin tasks: looks the task up in the running plugin and runs it as
 * the system user. Whatever the task throws is caught here and marks the plugin failed; it never reaches
 * Quartz (which would otherwise retry or log it as a scheduler error).
 */
@DisallowConcurrentExecution
public class PluginTaskJob implements Job {

    static final String PLUGIN_ID = "pluginId";
    static final String TASK_ID = "taskId";
    private static final Logger LOG = LoggerFactory.getLogger(PluginTaskJob.class);

    private final PluginRuntime runtime;
    private final PluginFailures failures;

    PluginTaskJob(PluginRuntime runtime, PluginFailures failures) {
        this.runtime = runtime;
        this.failures = failures;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String pluginId = context.getMergedJobDataMap().getString(PLUGIN_ID);
        String taskId = context.getMergedJobDataMap().getString(TASK_ID);
        var plugin = runtime.active(pluginId);
        if (plugin.isEmpty()) {
            LOG.info("task {}.{} skipped: plugin not running", pluginId, taskId);
            return;
        }
        try {
            ScheduledTask task = plugin.get().module().tasks().stream()
                    .filter(t -> t.id().equals(taskId))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("task no longer declared"));
            SystemAuthentication.run(task.work());
            LOG.info("task {}.{} done", pluginId, taskId);
        } catch (Throwable e) {
            LOG.error("task {}.{} failed", pluginId, taskId, e);
            failures.record(pluginId, "plugins.failed.task", taskId, PluginRuntime.describe(e));
        }
    }
}
