package nl.regioportaal.plugins;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class for all plugin tasks: hands the task to {@link PluginTaskRunner}, which runs it
 * as the system user and catches whatever it throws (Quartz would otherwise retry or log it as a scheduler
 * error). Quartz's cluster fires a job on any node; when that node does not run the plugin (it has not yet
 * caught up with an install on another node, or the plugin failed here), it first catches up with the
 * database and otherwise hands the task on: it fires again a few seconds later, on whichever node the cluster
 * picks, a limited number of times, and is logged as not run when no node took it.
 */
@DisallowConcurrentExecution
public class PluginTaskJob implements Job {

    static final String PLUGIN_ID = "pluginId";
    static final String TASK_ID = "taskId";
    static final String ATTEMPT = "attempt";

    private static final Logger LOG = LoggerFactory.getLogger(PluginTaskJob.class);

    private final PluginTaskRunner runner;
    private final PluginSync sync;
    private final PluginTasks tasks;

    PluginTaskJob(PluginTaskRunner runner, PluginSync sync, PluginTasks tasks) {
        this.runner = runner;
        this.sync = sync;
        this.tasks = tasks;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String pluginId = data.getString(PLUGIN_ID);
        String taskId = data.getString(TASK_ID);
        if (runner.run(pluginId, taskId) != null) {
            return;
        }
        sync.syncNow();
        if (runner.run(pluginId, taskId) != null) {
            return;
        }
        int attempt = data.containsKey(ATTEMPT) ? data.getInt(ATTEMPT) : 0;
        if (!tasks.handOn(context.getJobDetail().getKey(), attempt + 1)) {
            LOG.error(
                    "task {}.{} not run: no node ran plugin {} after {} attempts",
                    pluginId,
                    taskId,
                    pluginId,
                    attempt + 1);
        }
    }
}
