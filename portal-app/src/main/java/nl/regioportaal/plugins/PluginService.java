package nl.regioportaal.plugins;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plugins API for the portal's screens: what is installed, enablement per municipality, restart, tasks,
 * uninstall; and, for the shell, which plugins a user may see. Uploads with their checks and upgrade preview
 * are {@link PluginUploads}. Administrators manage everything; a municipality administrator only switches
 * plugins on and off for their own municipality. Nothing here needs a restart.
 */
@Service
public class PluginService {

    private static final Logger LOG = LoggerFactory.getLogger(PluginService.class);

    private final PluginRuntime runtime;
    private final PluginInstallationRepository installations;
    private final PluginRows rows;
    private final PluginUploads uploads;
    private final PluginDatabases databases;
    private final AccessPolicy accessPolicy;
    private final PluginFailures failures;
    private final PluginTasks tasks;
    private final PluginTaskRunner taskRunner;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final PluginArchiveStore archives;
    private final PluginSync sync;
    private final PendingPluginErasures pendingErasures;

    PluginService(
            PluginRuntime runtime,
            PluginInstallationRepository installations,
            PluginRows rows,
            PluginUploads uploads,
            PluginDatabases databases,
            AccessPolicy accessPolicy,
            PluginFailures failures,
            PluginTasks tasks,
            PluginTaskRunner taskRunner,
            CurrentUser currentUser,
            TransactionTemplate transaction,
            PluginArchiveStore archives,
            PluginSync sync,
            PendingPluginErasures pendingErasures) {
        this.runtime = runtime;
        this.pendingErasures = pendingErasures;
        this.archives = archives;
        this.sync = sync;
        this.installations = installations;
        this.rows = rows;
        this.uploads = uploads;
        this.databases = databases;
        this.accessPolicy = accessPolicy;
        this.failures = failures;
        this.tasks = tasks;
        this.taskRunner = taskRunner;
        this.currentUser = currentUser;
        this.transaction = transaction;
    }

    // ---- administration -------------------------------------------------------------------------

    /** Every installed plugin (administrators and municipality administrators; the latter see their own enablement). */
    public List<PluginRow> list() {
        return rows.list();
    }

    public Optional<PluginRow> find(String pluginId) {
        return rows.find(pluginId);
    }

    /**
     * Installs (or upgrades) a plugin from an uploaded archive in one go, without a preview; see
     * {@link PluginUploads}. Administrators only.
     *
     * @param content   the archive, read as a stream (the size limit applies while reading)
     * @param signature detached signature, or null
     * @throws PluginRejectedException with the reason, when the archive is refused (nothing is installed)
     */
    public PluginRow install(String fileName, InputStream content, byte[] signature) {
        return uploads.install(fileName, content, signature);
    }

    public PluginRow install(String fileName, byte[] content, byte[] signature) {
        return install(fileName, new ByteArrayInputStream(content), signature);
    }

    /** Switches a plugin on for a municipality: administrators for any, municipality administrators for their own. */
    public void enable(String pluginId, long municipalityId) {
        requireMunicipality(municipalityId);
        transaction.executeWithoutResult(
                status -> installation(pluginId).getMunicipalityIds().add(municipalityId));
    }

    public void disable(String pluginId, long municipalityId) {
        requireMunicipality(municipalityId);
        transaction.executeWithoutResult(
                status -> installation(pluginId).getMunicipalityIds().remove(municipalityId));
    }

    /** Region-wide: for every municipality and for region-wide staff. Administrators only. */
    public void setRegionWide(String pluginId, boolean regionWide) {
        currentUser.requireAnyRole(Role.ADMIN);
        transaction.executeWithoutResult(status -> installation(pluginId).setRegionWide(regionWide));
    }

    /** Stops and starts a plugin again (after fixing a cause of failure), clearing its failure. Administrators only. */
    public void restart(String pluginId) {
        currentUser.requireAnyRole(Role.ADMIN);
        PluginInstallation installation = transaction.execute(status -> installation(pluginId));
        runtime.stopAndUnload(pluginId);
        failures.clear(pluginId);
        String loaded = runtime.load(runtime.dir().toAbsolutePath().resolve(installation.getFileName()));
        if (loaded != null) {
            runtime.start(loaded);
        }
    }

    /**
     * Removes a plugin: stops it, removes its schedule, routes and archive, and its enablement. With
     * {@code removeData} its tables (and migration history) are dropped too. Administrators only.
     */
    public void uninstall(String pluginId, boolean removeData) {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN);
        PluginInstallation installation = transaction.execute(status -> installation(pluginId));
        runtime.stopAndUnload(pluginId);
        tasks.unschedule(pluginId);
        uploads.deleteArchive(installation.getFileName());
        if (removeData) {
            databases.drop(pluginId);
            // what it still owed to erase went with its tables
            pendingErasures.forget(pluginId);
        }
        sync.exclusively(() -> {
            sync.removedHere(pluginId);
            transaction.executeWithoutResult(status -> {
                installations.findByPluginId(pluginId).ifPresent(installations::delete);
                // the other nodes remove it too (PluginSync)
                archives.remove(pluginId);
            });
        });
        LOG.info(
                "plugin {} uninstalled by {} (data {})", pluginId, user.getUsername(), removeData ? "removed" : "kept");
    }

    /** The plugin's tables (in its own schema), for the uninstall dialog. Administrators only. */
    public List<String> tablesOf(String pluginId) {
        currentUser.requireAnyRole(Role.ADMIN);
        return databases.tablesOf(pluginId);
    }

    /** Runs one of the plugin's scheduled tasks now, as the scheduler would; returns how it went. Administrators only. */
    public TaskOutcome runTaskNow(String pluginId, String taskId) {
        currentUser.requireAnyRole(Role.ADMIN);
        PluginTaskRunner.Outcome outcome = taskRunner.run(pluginId, taskId);
        return outcome == null ? null : new TaskOutcome(taskId, null, outcome.at(), outcome.ok(), outcome.error());
    }

    /** The running plugin's tasks with their last outcome on this node. Administrators only. */
    public List<TaskOutcome> tasksOf(String pluginId) {
        currentUser.requireAnyRole(Role.ADMIN);
        return taskRunner.tasksOf(pluginId).stream()
                .map(t -> t.last() == null
                        ? new TaskOutcome(t.id(), t.cron(), null, false, null)
                        : new TaskOutcome(
                                t.id(),
                                t.cron(),
                                t.last().at(),
                                t.last().ok(),
                                t.last().error()))
                .toList();
    }

    /**
     * A plugin task for the admin screen.
     *
     * @param lastRun null when it has not run since this portal node started
     */
    public record TaskOutcome(String taskId, String cron, Instant lastRun, boolean ok, String error) {}

    private void requireMunicipality(long municipalityId) {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN, Role.MUNICIPALITY_ADMIN);
        accessPolicy.require(
                accessPolicy.mayAdministerMunicipality(user, municipalityId),
                "plugin enablement of another municipality");
    }

    private PluginInstallation installation(String pluginId) {
        return installations
                .findByPluginId(pluginId)
                .orElseThrow(() -> new PluginRejectedException("plugins.reject.unknown", pluginId));
    }

    // ---- visibility, for the shell --------------------------------------------------------------

    /**
     * The started plugins the user may see: enabled for the user's municipality, or region-wide (which is
     * the only way region-wide staff, who have no municipality, see a plugin).
     */
    public List<ActivePlugin> visibleTo(PortalUser user) {
        List<ActivePlugin> result = new ArrayList<>();
        List<PluginInstallation> all = transaction.execute(status -> installations.findAllByOrderByPluginIdAsc());
        for (PluginInstallation i : all) {
            if (enabledFor(i, user)) {
                runtime.active(i.getPluginId()).ifPresent(result::add);
            }
        }
        return result;
    }

    public Optional<ActivePlugin> visibleTo(PortalUser user, String pluginId) {
        return visibleTo(user).stream().filter(p -> p.id().equals(pluginId)).findFirst();
    }

    /** Whether the plugin is running at all (for telling "not found" from "not for you"). */
    public boolean isRunning(String pluginId) {
        return runtime.active(pluginId).isPresent();
    }

    public List<ActivePlugin> running() {
        return List.copyOf(runtime.active());
    }

    static boolean enabledFor(PluginInstallation i, PortalUser user) {
        return i.isRegionWide()
                || (user.municipalityId() != null && i.getMunicipalityIds().contains(user.municipalityId()));
    }

    /** Called by the shell when a plugin's view or widget threw: the plugin is marked failed with the reason. */
    public void reportFailure(String pluginId, String reasonKey, String... details) {
        failures.record(pluginId, reasonKey, details);
    }

    /** Called when the set of running plugins changes (routes are then added or removed). */
    public void onChange(Runnable listener) {
        runtime.onChange(listener);
    }
}
