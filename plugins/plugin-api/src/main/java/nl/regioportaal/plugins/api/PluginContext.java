package nl.regioportaal.plugins.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a plugin may use of the portal: a whitelist. The portal passes one context to
 * {@link PortalModule#start(PluginContext)}; it is safe to keep and to use from views, widgets and tasks.
 */
public interface PluginContext {

    /** The plugin's id from its descriptor. */
    String pluginId();

    /** The logged-in user (or the system user inside a scheduled task); throws when there is none. */
    PluginUser currentUser();

    /** The logged-in user, if any. */
    Optional<PluginUser> findCurrentUser();

    /** Whether the current user holds one of the plugin's declared {@link Permission permissions}. */
    boolean hasPermission(String permission);

    /**
     * Throws an access-denied exception (shown by the portal as "no access") unless the current user holds
     * the permission. Plugins call this in every action that reads or changes data, not only in screens.
     */
    void requirePermission(String permission);

    /** Read-only view of the region: municipalities, teams and staff. */
    RegionInfo region();

    /**
     * The municipalities where this plugin is switched on now (all of them when it is enabled region-wide).
     * Scheduled tasks run for the whole region: use this to reach only people who can open the plugin.
     *
     * @since 1.1.0
     */
    Set<Long> enabledMunicipalityIds();

    /**
     * The municipalities whose data the current user may see in this plugin: for a user of a municipality
     * their own, when the plugin is switched on there; for region-wide staff every municipality where it is
     * switched on; nothing without a user. Filter every query on these.
     *
     * @since 1.3.0
     */
    default Set<Long> visibleMunicipalityIds() {
        Optional<PluginUser> user = findCurrentUser();
        if (user.isEmpty()) {
            return Set.of();
        }
        Set<Long> enabled = enabledMunicipalityIds();
        if (user.get().isRegionWide()) {
            return Set.copyOf(enabled);
        }
        return enabled.contains(user.get().municipalityId()) ? Set.of(user.get().municipalityId()) : Set.of();
    }

    /**
     * Links to the plugin's own views, e.g. for a notice: {@code links().to("invoer")}.
     *
     * @since 1.3.0
     */
    default PluginLinks links() {
        return new PluginLinks(pluginId());
    }

    /** The portal's notifications (the "Meldingen" page); every notice a plugin sends goes through it. */
    Notifier notifier();

    /** The portal's clock; use it instead of {@code LocalDate.now()} so that tests can fix the date. */
    Clock clock();

    /** JDBC access to the plugin's own schema ({@code plg_<plugin-id>}, with its own account) only. */
    PluginDatabase database();

    /** The language of the current user's screen (Dutch or English); Dutch outside a screen. */
    Locale locale();

    /**
     * A text from the plugin's own bundles ({@code plugin-i18n/messages_nl.properties} and
     * {@code _en}), in {@link #locale()}, with {@link java.text.MessageFormat} parameters. A missing key shows
     * as {@code !key!}.
     */
    String translate(String key, Object... params);
}
