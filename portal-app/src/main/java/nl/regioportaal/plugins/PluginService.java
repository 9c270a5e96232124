package nl.regioportaal.plugins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportaal.plugins.api.Text;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import org.pf4j.DefaultVersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plugins API for the portal's screens: what is installed, upload with checks, enablement per
 * municipality, uninstall; and, for the shell, which plugins a user may see. Administrators manage
 * everything; a municipality administrator only switches plugins on and off for their own municipality.
 * Nothing here needs a restart.
 * <p>
 * Over the 400-line rule (allow-listed in SourceRulesTest) while the plugins' second pass (issue 11) is
 * open: upload and upgrade, tasks, and enablement become services of their own when it finishes.
 */
@Service
public class PluginService {

    private static final Logger LOG = LoggerFactory.getLogger(PluginService.class);

    private final PluginRuntime runtime;
    private final PluginInstallationRepository installations;
    private final PluginArchiveInspector inspector;
    private final PluginDatabases databases;
    private final AccessPolicy accessPolicy;
    private final PluginFailures failures;
    private final PluginTasks tasks;
    private final PluginTaskRunner taskRunner;
    private final CurrentUser currentUser;
    private final RegionDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PluginService(
            PluginRuntime runtime,
            PluginInstallationRepository installations,
            PluginProperties properties,
            PluginDatabases databases,
            AccessPolicy accessPolicy,
            @Value("${portal.demo-data:auto}") String demoMode,
            ObjectProvider<EmbeddedMariaDbConfig.EmbeddedDatabase> embeddedDatabase,
            PluginFailures failures,
            PluginTasks tasks,
            PluginTaskRunner taskRunner,
            CurrentUser currentUser,
            RegionDirectory directory,
            TransactionTemplate transaction,
            Clock clock) {
        this.runtime = runtime;
        this.installations = installations;
        // the demo (demo data on the embedded database, or asked for) accepts unsigned uploads
        boolean demo = "true".equalsIgnoreCase(demoMode)
                || ("auto".equalsIgnoreCase(demoMode) && embeddedDatabase.getIfAvailable() != null);
        this.inspector = new PluginArchiveInspector(properties, properties.signatureRequired(demo));
        this.databases = databases;
        this.accessPolicy = accessPolicy;
        this.failures = failures;
        this.tasks = tasks;
        this.taskRunner = taskRunner;
        this.currentUser = currentUser;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    // ---- administration -------------------------------------------------------------------------

    /** Every installed plugin (administrators and municipality administrators; the latter see their own enablement). */
    public List<PluginRow> list() {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN, Role.MUNICIPALITY_ADMIN);
        Map<Long, MunicipalityRef> municipalities =
                directory.municipalities().stream().collect(Collectors.toMap(MunicipalityRef::id, Function.identity()));
        return transaction.execute(status -> installations.findAllByOrderByPluginIdAsc().stream()
                .map(i -> row(i, municipalities, user))
                .toList());
    }

    public Optional<PluginRow> find(String pluginId) {
        return list().stream().filter(r -> r.id().equals(pluginId)).findFirst();
    }

    private PluginRow row(PluginInstallation i, Map<Long, MunicipalityRef> municipalities, PortalUser user) {
        Optional<ActivePlugin> active = runtime.active(i.getPluginId());
        Text name = active.map(a -> safeName(a)).orElse(Text.of(i.getPluginId(), i.getPluginId()));
        List<MunicipalityRef> enabledIn = i.getMunicipalityIds().stream()
                .filter(id -> accessPolicy.mayAdministerMunicipality(user, id))
                .map(municipalities::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(MunicipalityRef::name))
                .toList();
        PluginRow.State state = active.isEmpty()
                ? PluginRow.State.FAILED
                : i.getFailedReason() != null ? PluginRow.State.STARTED_WITH_ERRORS : PluginRow.State.STARTED;
        String key = null;
        List<String> details = List.of();
        if (i.getFailedReason() != null) {
            String[] parts = i.getFailedReason().split("\\|", -1);
            key = parts[0];
            details = Arrays.asList(parts).subList(1, parts.length);
        } else if (active.isEmpty()) {
            key = "plugins.failed.not-running";
        }
        return new PluginRow(
                i.getPluginId(),
                name,
                i.getPluginVersion(),
                i.getProvider(),
                state,
                i.getSha512(),
                i.getSignedBy(),
                i.isRegionWide(),
                enabledIn,
                key,
                details,
                i.getFailedAt(),
                active.map(a -> a.module().permissions()).orElse(List.of()));
    }

    private Text safeName(ActivePlugin plugin) {
        try {
            return plugin.module().name();
        } catch (RuntimeException e) {
            return Text.of(plugin.id(), plugin.id());
        }
    }

    /**
     * Installs (or upgrades) a plugin from an uploaded archive, after the checks of
     * {@link PluginArchiveInspector}. A new plugin is enabled nowhere. An upgrade is loaded, migrated and
     * started while the old version still runs; only then is the old one removed, and when it fails the
     * old version keeps running (and its enablement) and the refusal carries the Dutch cause.
     * Administrators only.
     *
     * @param content   the archive, read as a stream (the size limit applies while reading)
     * @param signature detached signature, or null
     * @throws PluginRejectedException with the reason, when the archive is refused (nothing is installed)
     */
    public PluginRow install(String fileName, InputStream content, byte[] signature) {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN);
        Path staged = inspector.receive(content);
        try {
            return install(user, fileName, staged, signature);
        } finally {
            PluginArchiveInspector.deleteQuietly(staged);
        }
    }

    public PluginRow install(String fileName, byte[] content, byte[] signature) {
        return install(fileName, new ByteArrayInputStream(content), signature);
    }

    private PluginRow install(PortalUser user, String fileName, Path staged, byte[] signature) {
        PluginArchive archive = inspector.inspect(fileName, staged, signature);
        Optional<PluginInstallation> existing =
                transaction.execute(status -> installations.findByPluginId(archive.id()));
        refuseCollidingId(archive.id());
        boolean running = runtime.active(archive.id()).isPresent();
        if (existing.isPresent() && running) {
            int order = new DefaultVersionManager()
                    .compareVersions(archive.version(), existing.get().getPluginVersion());
            if (order <= 0) {
                throw new PluginRejectedException(
                        "plugins.reject.not-newer", archive.id(), existing.get().getPluginVersion());
            }
        }
        String target = archive.id() + "-" + archive.version() + (archive.zip() ? ".zip" : ".jar");
        Path file = runtime.dir().toAbsolutePath().resolve(target);
        String oldFile = existing.map(PluginInstallation::getFileName).orElse(null);
        if (existing.isPresent() && !running) {
            // a failed old version: nothing to keep running
            runtime.stopAndUnload(archive.id());
            deleteArchive(oldFile);
        }
        try {
            Files.copy(staged, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (existing.isPresent() && running) {
            try {
                runtime.upgrade(archive.id(), file);
            } catch (PluginStartException e) {
                deleteArchive(target);
                LOG.warn("plugin {} {} not upgraded: {}", archive.id(), archive.version(), e.getMessage());
                throw new PluginRejectedException(e.messageKey(), (Object[]) e.details());
            }
            if (!target.equals(oldFile)) {
                deleteArchive(oldFile);
            }
        }
        transaction.executeWithoutResult(status -> {
            PluginInstallation installation = installations
                    .findByPluginId(archive.id())
                    .orElseGet(() -> new PluginInstallation(archive.id(), clock.instant(), user.getUsername()));
            installation.setArchive(archive, target);
            installation.clearFailure();
            installations.save(installation);
        });
        if (!(existing.isPresent() && running)) {
            String loaded = runtime.load(file);
            if (loaded == null || !loaded.equals(archive.id())) {
                failures.record(
                        archive.id(), "plugins.failed.load", file.getFileName().toString());
            } else {
                runtime.start(archive.id());
            }
        }
        LOG.info(
                "plugin {} {} installed by {} (sha512 {})",
                archive.id(),
                archive.version(),
                user.getUsername(),
                archive.sha512());
        return find(archive.id()).orElseThrow();
    }

    /**
     * Plugin ids where one is the other plus {@code _…} ({@code caseload} and {@code caseload_municipality})
     * would share table names ({@code plg_caseload_municipality_weight}) in the previous layout and in every
     * tool that goes by prefix: refused.
     */
    private void refuseCollidingId(String id) {
        List<String> ids = transaction.execute(status -> installations.findAllByOrderByPluginIdAsc().stream()
                .map(PluginInstallation::getPluginId)
                .toList());
        for (String other : ids) {
            if (!other.equals(id) && (id.startsWith(other + "_") || other.startsWith(id + "_"))) {
                throw new PluginRejectedException("plugins.reject.id-collides", id, other);
            }
        }
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
        deleteArchive(installation.getFileName());
        if (removeData) {
            databases.drop(pluginId);
        }
        transaction.executeWithoutResult(
                status -> installations.findByPluginId(pluginId).ifPresent(installations::delete));
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

    /** Deletes an archive and, for a zip, the folder PF4J unpacked it into. */
    private void deleteArchive(String fileName) {
        if (fileName == null) {
            return;
        }
        Path file = runtime.dir().toAbsolutePath().resolve(fileName);
        try {
            Files.deleteIfExists(file);
            if (fileName.endsWith(".zip")) {
                Path unpacked = file.resolveSibling(fileName.substring(0, fileName.length() - 4));
                if (Files.isDirectory(unpacked)) {
                    try (var walk = Files.walk(unpacked)) {
                        walk.sorted(Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("plugin archive {} could not be deleted", fileName, e);
        }
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
