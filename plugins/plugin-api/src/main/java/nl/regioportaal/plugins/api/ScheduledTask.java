package nl.regioportaal.plugins.api;

/**
 * Background work on a schedule, run by the portal's (clustered) Quartz scheduler as the system user: one
 * node runs it at each firing. An exception is caught, logged and marks the plugin failed on the admin
 * screen; the schedule continues.
 *
 * <p>Example (09:00 on the first of every month):
 * <pre>{@code
 * new ScheduledTask("reminder", "0 0 9 1 * ?", () -> sendReminders())
 * }</pre>
 *
 * @param id   unique within the plugin: lower case letters, digits and dashes
 * @param cron Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year])
 * @param work the work; use {@link PluginContext} for data and notices
 */
public record ScheduledTask(String id, String cron, Runnable work) {}
