package nl.regioportaal.plugins;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.plugins.api.ScheduledTask;
import org.quartz.CronExpression;

/**
 * What the portal checks of a started module (view paths, task ids, cron expressions), and the Dutch
 * reason it gives when a plugin does not start: the portal classes it reached for, or the real cause
 * with where it was thrown, never a bare English exception text.
 */
final class PluginModuleChecks {

    private static final Pattern VIEW_PATH = Pattern.compile("([a-z0-9-]+(/[a-z0-9-]+)*)?");
    private static final Pattern TASK_ID = Pattern.compile("[a-z0-9-]{1,40}");

    private PluginModuleChecks() {}

    /** The Dutch reason for a failed start: the portal classes a plugin reached for, or the real cause. */
    static PluginStartException explain(Throwable e, Set<String> refusedPortalClasses) {
        if (!refusedPortalClasses.isEmpty()) {
            return new PluginStartException("plugins.failed.portal-class", String.join(", ", refusedPortalClasses));
        }
        if (e instanceof PluginStartException known) {
            return known;
        }
        if (e instanceof InvalidModuleException invalid) {
            return new PluginStartException("plugins.failed.invalid", invalid.getMessage());
        }
        Throwable root = root(e);
        StackTraceElement where = root.getStackTrace().length == 0 ? null : root.getStackTrace()[0];
        return new PluginStartException(
                "plugins.failed.threw",
                describe(root),
                where == null
                        ? "?"
                        : where.getClassName().substring(where.getClassName().lastIndexOf('.') + 1) + "."
                                + where.getMethodName());
    }

    static String rootMessage(Throwable e) {
        return describe(root(e));
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static void validate(PortalModule module) {
        Set<String> paths = new HashSet<>();
        for (PluginView view : module.views()) {
            if (!VIEW_PATH.matcher(view.path()).matches() || !paths.add(view.path())) {
                throw new InvalidModuleException("invalid or duplicate view path '" + view.path() + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        for (ScheduledTask task : module.tasks()) {
            if (!TASK_ID.matcher(task.id()).matches() || !ids.add(task.id())) {
                throw new InvalidModuleException("invalid or duplicate task id '" + task.id() + "'");
            }
            if (!CronExpression.isValidExpression(task.cron())) {
                throw new InvalidModuleException("invalid cron expression '" + task.cron() + "' of task " + task.id());
            }
        }
    }

    /** A module that declares something the portal cannot host (a bad view path, task id or cron). */
    static final class InvalidModuleException extends RuntimeException {
        InvalidModuleException(String message) {
            super(message);
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
