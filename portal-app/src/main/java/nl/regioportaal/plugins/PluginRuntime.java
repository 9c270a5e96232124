package nl.regioportaal.plugins;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.regioportaal.notify.Notices;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.SystemAuthentication;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plugins running in this portal: PF4J loading, per-plugin migrations, the start of each module with
 * its whitelisted context, its schedule. Every step for one plugin is guarded, so that a plugin that fails
 * to load or start is marked failed and the portal and the other plugins carry on.
 * What a module may declare and how a failed start is explained are {@link PluginModuleChecks}.
 */
@Component
class PluginRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

    private final PluginProperties properties;
    private final PluginMigrations migrations;
    private final PluginDatabases databases;
    private final PluginTasks tasks;
    private final PluginFailures failures;
    private final Clock clock;
    private final PluginHostServices hostServices;
    private final Map<String, ActivePlugin> active = new ConcurrentHashMap<>();
    /** The PF4J manager of each loaded plugin (one per plugin version, see {@link PortalPluginManager}). */
    private final Map<String, PortalPluginManager> managers = new ConcurrentHashMap<>();

    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    PluginRuntime(
            PluginProperties properties,
            PluginMigrations migrations,
            PluginDatabases databases,
            PluginTasks tasks,
            PluginFailures failures,
            CurrentUser currentUser,
            RegionDirectory directory,
            Notices notices,
            Clock clock,
            TransactionTemplate transaction,
            PluginInstallationRepository installations) {
        this.properties = properties;
        this.migrations = migrations;
        this.databases = databases;
        this.tasks = tasks;
        this.failures = failures;
        this.clock = clock;
        this.hostServices = new PluginHostServices(
                currentUser,
                directory,
                notices,
                id -> enabledMunicipalities(id, directory, transaction, installations));
        PluginHostServices.install(hostServices);
    }

    @PreDestroy
    void uninstallHostServices() {
        PluginHostServices.uninstall(hostServices);
    }

    /** Where the plugin is switched on, read fresh each time (enablement changes without a restart). */
    private static Set<Long> enabledMunicipalities(
            String id,
            RegionDirectory directory,
            TransactionTemplate transaction,
            PluginInstallationRepository installations) {
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
     * Prepares the plugins directory, loads every archive in it. {@code seed} first brings the directory in
     * line with the database and says whether the database held archives; only when it held none are the
     * shipped plugins copied (on this node's first start). Returns the archives found, each with the id it
     * loaded under (or null).
     */
    synchronized Map<Path, String> bootstrap(Predicate<Path> seed) {
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
            boolean seeded = seed.test(dir);
            if (firstStart
                    && !seeded
                    && properties.bundledDir() != null
                    && Files.isDirectory(properties.bundledDir())) {
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
        PortalPluginManager manager = new PortalPluginManager(dir().toAbsolutePath());
        try {
            String id = manager.loadPlugin(file);
            if (id != null) {
                PortalPluginManager previous = managers.put(id, manager);
                if (previous != null && previous != manager) {
                    unload(id, previous);
                }
            }
            return id;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("plugin archive {} could not be loaded", file.getFileName(), e);
            return null;
        }
    }

    /** Starts a loaded plugin; any failure marks it failed (with a Dutch reason) and leaves it stopped. */
    synchronized boolean start(String id) {
        PortalPluginManager manager = managers.get(id);
        if (manager == null) {
            failures.record(id, "plugins.failed.start", "not loaded");
            return false;
        }
        try {
            ActivePlugin started = startIn(manager, id);
            active.put(id, started);
            tasks.schedule(id, started.module().tasks());
            failures.clear(id);
            return true;
        } catch (PluginStartException e) {
            failures.record(id, e.messageKey(), e.details());
            tasks.unschedule(id);
            return false;
        } finally {
            fireChanged();
        }
    }

    /**
     * Loads and starts an archive as the new version of a running plugin, while the old version keeps
     * running; only when the new one started is the old one stopped and unloaded. When it fails, the old
     * version runs on untouched and the exception carries the Dutch reason.
     */
    synchronized void upgrade(String id, Path file) {
        PortalPluginManager fresh = new PortalPluginManager(dir().toAbsolutePath());
        String loaded;
        try {
            loaded = fresh.loadPlugin(file);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("plugin archive {} could not be loaded", file.getFileName(), e);
            loaded = null;
        }
        if (loaded == null || !loaded.equals(id)) {
            unload(id, fresh);
            throw new PluginStartException(
                    "plugins.failed.load", file.getFileName().toString());
        }
        ActivePlugin started = startIn(fresh, id);
        ActivePlugin old = active.put(id, started);
        PortalPluginManager previous = managers.put(id, fresh);
        if (old != null) {
            stopModule(id, old.module());
        }
        if (previous != null) {
            unload(id, previous);
        }
        tasks.schedule(id, started.module().tasks());
        failures.clear(id);
        fireChanged();
    }

    /** Starts the plugin of one manager; on failure everything of this attempt is undone. */
    private ActivePlugin startIn(PortalPluginManager manager, String id) {
        PluginWrapper wrapper = manager.getPlugin(id);
        PortalModule module = null;
        try {
            PluginState state = manager.startPlugin(id);
            if (state != PluginState.STARTED) {
                Throwable cause = wrapper.getFailedException();
                if (state == PluginState.DISABLED || state == PluginState.RESOLVED) {
                    throw new PluginStartException(
                            "plugins.failed.requires", wrapper.getDescriptor().getRequires());
                }
                throw cause != null ? cause : new IllegalStateException("PF4J state " + state);
            }
            // created here rather than by getExtensions(), which logs and swallows what the constructor threw
            List<Class<? extends PortalModule>> modules = manager.getExtensionClasses(PortalModule.class, id);
            if (modules.size() != 1) {
                throw new PluginStartException("plugins.failed.modules", String.valueOf(modules.size()));
            }
            module = manager.getExtensionFactory().create(modules.getFirst());
            ClassLoader loader = wrapper.getPluginClassLoader();
            DataSource own = databases.open(id);
            int ran;
            try {
                ran = migrations.migrate(id, loader, own);
            } catch (RuntimeException e) {
                throw new PluginStartException("plugins.failed.migration", PluginModuleChecks.rootMessage(e));
            }
            HostPluginContext context = new HostPluginContext(id, clock, new HostPluginDatabase(id, own), loader);
            PortalModule started = module;
            SystemAuthentication.run(() -> started.start(context));
            context.permissions(started::permissions);
            PluginModuleChecks.validate(started);
            LOG.info(
                    "plugin {} {} started ({} new migrations)",
                    id,
                    wrapper.getDescriptor().getVersion(),
                    ran);
            return new ActivePlugin(id, wrapper.getDescriptor().getVersion(), started, context);
        } catch (Throwable e) {
            LOG.error("plugin {} failed to start", id, e);
            if (module != null) {
                stopModule(id, module);
            }
            try {
                manager.stopPlugin(id);
            } catch (RuntimeException ignored) {
                // already not running
            }
            throw PluginModuleChecks.explain(e, manager.visible().refused());
        }
    }

    private void unload(String id, PortalPluginManager manager) {
        try {
            if (manager.getPlugin(id) != null) {
                manager.unloadPlugin(id);
            }
        } catch (RuntimeException e) {
            LOG.warn("plugin {} did not unload cleanly", id, e);
        }
    }

    /** Stops and unloads a plugin (its routes, widgets and schedule disappear); the archive stays. */
    synchronized void stopAndUnload(String id) {
        ActivePlugin plugin = active.remove(id);
        tasks.unschedule(id);
        if (plugin != null) {
            stopModule(id, plugin.module());
        }
        PortalPluginManager manager = managers.remove(id);
        if (manager != null) {
            unload(id, manager);
        }
        databases.close(id);
        fireChanged();
    }

    private void stopModule(String id, PortalModule module) {
        try {
            SystemAuthentication.run(module::stop);
        } catch (Throwable e) {
            LOG.warn("plugin {} failed to stop", id, e);
        }
    }

    /** Deletes an installed archive and, for a zip, the folder PF4J unpacked it into. */
    void deleteArchive(String fileName) {
        deleteArchive(dir().toAbsolutePath(), fileName);
    }

    static void deleteArchive(Path dir, String fileName) {
        if (fileName == null) {
            return;
        }
        Path file = dir.resolve(fileName);
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

    Optional<PluginWrapper> wrapper(String id) {
        PortalPluginManager manager = managers.get(id);
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
}
