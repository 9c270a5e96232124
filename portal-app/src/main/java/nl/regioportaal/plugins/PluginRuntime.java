package nl.regioportaal.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.regioportaal.notify.Notices;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.plugins.api.ScheduledTask;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.SystemAuthentication;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plugins running in this portal: PF4J loading, per-plugin migrations, the start of each module with
 * its whitelisted context, its schedule. Every step for one plugin is guarded, so that a plugin that fails
 * to load or start is marked failed and the portal and the other plugins carry on.
 */
@Component
class PluginRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);
    private static final Pattern VIEW_PATH = Pattern.compile("([a-z0-9-]+(/[a-z0-9-]+)*)?");
    private static final Pattern TASK_ID = Pattern.compile("[a-z0-9-]{1,40}");

    private final PluginProperties properties;
    private final PluginMigrations migrations;
    private final PluginTasks tasks;
    private final PluginFailures failures;
    private final CurrentUser currentUser;
    private final RegionDirectory directory;
    private final Notices notices;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PluginInstallationRepository installations;
    private final Map<String, ActivePlugin> active = new ConcurrentHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private PortalPluginManager manager;

    PluginRuntime(
            PluginProperties properties,
            PluginMigrations migrations,
            PluginTasks tasks,
            PluginFailures failures,
            CurrentUser currentUser,
            RegionDirectory directory,
            Notices notices,
            Clock clock,
            DataSource dataSource,
            TransactionTemplate transaction,
            PluginInstallationRepository installations) {
        this.properties = properties;
        this.migrations = migrations;
        this.tasks = tasks;
        this.failures = failures;
        this.currentUser = currentUser;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = transaction;
        this.installations = installations;
    }

    /** Where the plugin is switched on, read fresh each time (enablement changes without a restart). */
    private Set<Long> enabledMunicipalities(String id) {
        return SystemAuthentication.call(() -> transaction.execute(status -> installations
                .findByPluginId(id)
                .map(i -> i.isRegionWide()
                        ? directory.municipalities().stream()
                                .map(MunicipalityRef::id)
                                .collect(Collectors.toSet())
                        : Set.copyOf(i.getMunicipalityIds()))
                .orElse(Set.of())));
    }

    Path dir() {
        return properties.dir();
    }

    /**
     * Prepares the plugins directory (shipped plugins are copied there on first start), loads and starts
     * every archive in it. Returns the archives found, each with the id it loaded under (or null).
     */
    synchronized Map<Path, String> bootstrap() {
        Path dir = properties.dir().toAbsolutePath();
        try {
            if (properties.fresh() && Files.isDirectory(dir)) {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            boolean firstStart = !Files.isDirectory(dir);
            Files.createDirectories(dir);
            if (firstStart && properties.bundledDir() != null && Files.isDirectory(properties.bundledDir())) {
                try (var shipped = Files.list(properties.bundledDir())) {
                    for (Path jar : shipped.filter(PluginRuntime::isArchive).toList()) {
                        Files.copy(jar, dir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                        LOG.info("shipped plugin {} copied to {}", jar.getFileName(), dir);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("plugins directory " + dir, e);
        }
        manager = new PortalPluginManager(dir);
        Map<Path, String> found = new LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(PluginRuntime::isArchive).sorted().toList()) {
                found.put(file, load(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static boolean isArchive(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".jar") || name.endsWith(".zip"));
    }

    /** Loads an archive into PF4J; returns its plugin id, or null when PF4J refused it. */
    synchronized String load(Path file) {
        try {
            return manager.loadPlugin(file);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("plugin archive {} could not be loaded", file.getFileName(), e);
            return null;
        }
    }

    /** Starts a loaded plugin; any failure marks it failed and leaves it stopped. */
    synchronized boolean start(String id) {
        PluginWrapper wrapper = manager.getPlugin(id);
        if (wrapper == null) {
            failures.record(id, "plugins.failed.start", "not loaded");
            return false;
        }
        PortalModule module = null;
        try {
            PluginState state = manager.startPlugin(id);
            if (state != PluginState.STARTED) {
                Throwable cause = wrapper.getFailedException();
                throw new IllegalStateException("PF4J state " + state + (cause == null ? "" : ": " + cause.getMessage())
                        + (state == PluginState.DISABLED || state == PluginState.RESOLVED
                                ? " (requires " + wrapper.getDescriptor().getRequires() + ")"
                                : ""));
            }
            List<PortalModule> modules = manager.getExtensions(PortalModule.class, id);
            if (modules.size() != 1) {
                throw new IllegalStateException("expected one PortalModule extension, found " + modules.size());
            }
            module = modules.getFirst();
            ClassLoader loader = wrapper.getPluginClassLoader();
            int ran = migrations.migrate(id, loader);
            HostPluginContext context = new HostPluginContext(
                    id,
                    currentUser,
                    directory,
                    notices,
                    clock,
                    new HostPluginDatabase(id, jdbc, transaction),
                    loader,
                    () -> enabledMunicipalities(id));
            PortalModule started = module;
            SystemAuthentication.run(() -> started.start(context));
            context.permissions(started::permissions);
            validate(started);
            active.put(id, new ActivePlugin(id, wrapper.getDescriptor().getVersion(), started, context));
            tasks.schedule(id, started.tasks());
            LOG.info(
                    "plugin {} {} started ({} new migrations)",
                    id,
                    wrapper.getDescriptor().getVersion(),
                    ran);
            failures.clear(id);
            return true;
        } catch (Throwable e) {
            LOG.error("plugin {} failed to start", id, e);
            failures.record(id, "plugins.failed.start", describe(e));
            active.remove(id);
            tasks.unschedule(id);
            if (module != null) {
                stopModule(id, module);
            }
            try {
                manager.stopPlugin(id);
            } catch (RuntimeException ignored) {
                // already not running
            }
            return false;
        } finally {
            fireChanged();
        }
    }

    private static void validate(PortalModule module) {
        Set<String> paths = new HashSet<>();
        for (PluginView view : module.views()) {
            if (!VIEW_PATH.matcher(view.path()).matches() || !paths.add(view.path())) {
                throw new IllegalStateException("invalid or duplicate view path '" + view.path() + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        for (ScheduledTask task : module.tasks()) {
            if (!TASK_ID.matcher(task.id()).matches() || !ids.add(task.id())) {
                throw new IllegalStateException("invalid or duplicate task id '" + task.id() + "'");
            }
            if (!CronExpression.isValidExpression(task.cron())) {
                throw new IllegalStateException("invalid cron expression '" + task.cron() + "' of task " + task.id());
            }
        }
    }

    /** Stops and unloads a plugin (its routes, widgets and schedule disappear); the archive stays. */
    synchronized void stopAndUnload(String id) {
        ActivePlugin plugin = active.remove(id);
        tasks.unschedule(id);
        if (plugin != null) {
            stopModule(id, plugin.module());
        }
        try {
            if (manager.getPlugin(id) != null) {
                manager.unloadPlugin(id);
            }
        } catch (RuntimeException e) {
            LOG.warn("plugin {} did not unload cleanly", id, e);
        }
        fireChanged();
    }

    private void stopModule(String id, PortalModule module) {
        try {
            SystemAuthentication.run(module::stop);
        } catch (Throwable e) {
            LOG.warn("plugin {} failed to stop", id, e);
        }
    }

    Optional<PluginWrapper> wrapper(String id) {
        return manager == null ? Optional.empty() : Optional.ofNullable(manager.getPlugin(id));
    }

    Optional<ActivePlugin> active(String id) {
        return Optional.ofNullable(active.get(id));
    }

    Collection<ActivePlugin> active() {
        return List.copyOf(active.values());
    }

    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void fireChanged() {
        for (Runnable listener : new ArrayList<>(changeListeners)) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("plugin change listener failed", e);
            }
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
