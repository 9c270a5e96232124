package nl.regioportaal.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.regioportaal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's plugins the same as the database's ({@link PluginArchiveStore}): every few seconds it
 * compares the live archives with what this node installed, and loads, upgrades or removes plugins to
 * match. Enablement needs nothing here: it is read from the database whenever a user's plugins are shown.
 * A node compares with what it last <em>tried</em>, so a plugin that fails to start on this node is not
 * retried on every poll (its failure is on the admin screen; "Opnieuw starten" tries again).
 */
@Component
class PluginSync {

    private static final Logger LOG = LoggerFactory.getLogger(PluginSync.class);

    private final PluginArchiveStore store;
    private final PluginRuntime runtime;
    private final PluginFailures failures;
    /** What this node installed or tried to, per plugin id. */
    private final Map<String, PluginArchiveStore.Stored> here = new ConcurrentHashMap<>();

    private volatile boolean started;

    PluginSync(PluginArchiveStore store, PluginRuntime runtime, PluginFailures failures) {
        this.store = store;
        this.runtime = runtime;
        this.failures = failures;
    }

    /** This node installed (or adopted) the archive itself: nothing to do when the poll sees it. */
    void installedHere(String pluginId, String sha512, String fileName) {
        here.put(pluginId, new PluginArchiveStore.Stored(pluginId, sha512, fileName));
    }

    void removedHere(String pluginId) {
        here.remove(pluginId);
    }

    /**
     * Runs a change of this node's plugins together with its database transaction, never interleaved with a
     * poll: a poll between "installed here" and the commit would otherwise take the plugin for one
     * uninstalled elsewhere (and an uninstall's poll for one installed elsewhere).
     */
    synchronized void exclusively(Runnable change) {
        change.run();
    }

    /**
     * Before this node loads its plugins directory: the database's live archives are written into it and
     * files of replaced or uninstalled archives (changed while this node was down) are deleted, so that they
     * are not adopted again. Returns whether the database held any archive (then the shipped plugins are not
     * copied: the database says what is installed).
     */
    boolean seed(Path dir) {
        List<PluginArchiveStore.Stored> live = store.live();
        Set<String> liveHashes = new HashSet<>();
        for (PluginArchiveStore.Stored archive : live) {
            liveHashes.add(archive.sha512());
            try {
                store.copyInto(archive, dir);
            } catch (RuntimeException e) {
                LOG.error("plugin {}: archive could not be copied from the database", archive.pluginId(), e);
            }
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(PluginRuntime::isArchive).toList()) {
                String sha512 = PluginArchiveInspector.sha512(file);
                if (!liveHashes.contains(sha512) && store.replaced(sha512)) {
                    LOG.info(
                            "plugin archive {} was replaced or uninstalled on another node: removed",
                            file.getFileName());
                    PluginRuntime.deleteArchive(dir, file.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return !live.isEmpty();
    }

    /** From now on the poll may act (this node has loaded its plugins). */
    void start() {
        started = true;
    }

    @Scheduled(
            fixedDelayString = "${portal.plugins.sync-interval:PT2S}",
            initialDelayString = "${portal.plugins.sync-interval:PT2S}")
    void poll() {
        if (!started) {
            return;
        }
        try {
            syncNow();
        } catch (RuntimeException e) {
            LOG.warn("plugin sync with the database failed; next poll tries again", e);
        }
    }

    /** Loads, upgrades and removes plugins until this node matches the database. */
    synchronized void syncNow() {
        List<PluginArchiveStore.Stored> live = store.live();
        Set<String> liveIds = new HashSet<>();
        for (PluginArchiveStore.Stored archive : live) {
            liveIds.add(archive.pluginId());
            PluginArchiveStore.Stored mine = here.get(archive.pluginId());
            if (mine == null || !mine.sha512().equals(archive.sha512())) {
                SystemAuthentication.run(() -> apply(archive, mine));
            }
        }
        for (PluginArchiveStore.Stored mine : List.copyOf(here.values())) {
            if (!liveIds.contains(mine.pluginId())) {
                here.remove(mine.pluginId());
                runtime.stopAndUnload(mine.pluginId());
                runtime.deleteArchive(mine.fileName());
                LOG.info("plugin {} uninstalled on another node: removed here", mine.pluginId());
            }
        }
    }

    private void apply(PluginArchiveStore.Stored archive, PluginArchiveStore.Stored previous) {
        String id = archive.pluginId();
        here.put(id, archive);
        try {
            Path file = store.copyInto(archive, runtime.dir().toAbsolutePath());
            if (runtime.active(id).isPresent()) {
                runtime.upgrade(id, file);
            } else {
                runtime.stopAndUnload(id);
                String loaded = runtime.load(file);
                if (id.equals(loaded)) {
                    runtime.start(id);
                } else {
                    failures.record(id, "plugins.failed.load", archive.fileName());
                }
            }
            if (previous != null && !previous.fileName().equals(archive.fileName())) {
                runtime.deleteArchive(previous.fileName());
            }
            LOG.info(
                    "plugin {} installed on another node: running here ({})",
                    id,
                    runtime.active(id).isPresent());
        } catch (PluginStartException e) {
            LOG.warn("plugin {}: the version installed on another node did not start here: {}", id, e.getMessage());
            failures.record(id, e.messageKey(), e.details());
        } catch (RuntimeException e) {
            LOG.error("plugin {}: the version installed on another node could not be loaded here", id, e);
            failures.record(id, "plugins.failed.load", archive.fileName());
        }
    }
}
