package nl.regioportaal.plugins;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.regioportaal.plugins.api.ScheduledTask;
import nl.regioportaal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one plugin task as the system user, for the scheduler and for "run now" on the admin screen, and
 * keeps each task's last outcome (on this node) for that screen. Whatever the task throws is caught here
 * and marks the plugin failed; it never reaches Quartz.
 */
@Component
class PluginTaskRunner {

    /** The last run of a task: when, whether it worked, and the error when it did not. */
    record Outcome(Instant at, boolean ok, String error) {}

    /** A task of a running plugin with its last outcome (null when it has not run since the portal started). */
    record TaskRow(String id, String cron, Outcome last) {}

    private static final Logger LOG = LoggerFactory.getLogger(PluginTaskRunner.class);

    private final PluginRuntime runtime;
    private final PluginFailures failures;
    private final Clock clock;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    PluginTaskRunner(PluginRuntime runtime, PluginFailures failures, Clock clock) {
        this.runtime = runtime;
        this.failures = failures;
        this.clock = clock;
    }

    /** Runs the task now; returns its outcome (null when the plugin is not running). */
    Outcome run(String pluginId, String taskId) {
        var plugin = runtime.active(pluginId);
        if (plugin.isEmpty()) {
            LOG.info("task {}.{} not run on this node: plugin not running here", pluginId, taskId);
            return null;
        }
        Outcome outcome;
        try {
            ScheduledTask task = plugin.get().module().tasks().stream()
                    .filter(t -> t.id().equals(taskId))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("task no longer declared"));
            SystemAuthentication.run(task.work());
            LOG.info("task {}.{} done", pluginId, taskId);
            outcome = new Outcome(clock.instant(), true, null);
        } catch (Throwable e) {
            LOG.error("task {}.{} failed", pluginId, taskId, e);
            failures.record(pluginId, "plugins.failed.task", taskId, PluginModuleChecks.describe(e));
            outcome = new Outcome(clock.instant(), false, PluginModuleChecks.describe(e));
        }
        outcomes.put(pluginId + "." + taskId, outcome);
        return outcome;
    }

    List<TaskRow> tasksOf(String pluginId) {
        return runtime.active(pluginId)
                .map(p -> p.module().tasks().stream()
                        .map(t -> new TaskRow(t.id(), t.cron(), outcomes.get(pluginId + "." + t.id())))
                        .toList())
                .orElse(List.of());
    }
}
