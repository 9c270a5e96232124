package nl.regioportaal.plugins;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The one Quartz job class for all plugin tasks: hands the task to {@link PluginTaskRunner}, which runs it
 * as the system user and catches whatever it throws (Quartz would otherwise retry or log it as a scheduler
 * error).
 */
@DisallowConcurrentExecution
public class PluginTaskJob implements Job {

    static final String PLUGIN_ID = "pluginId";
    static final String TASK_ID = "taskId";

    private final PluginTaskRunner runner;

    PluginTaskJob(PluginTaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        runner.run(
                context.getMergedJobDataMap().getString(PLUGIN_ID),
                context.getMergedJobDataMap().getString(TASK_ID));
    }
}
