package nl.regioportaal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import org.pf4j.DefaultVersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads: an archive is received (streamed to a temporary file, size limits applied while reading),
 * checked, previewed (an upgrade names its from- and to-version and the migrations that will run), and only
 * then installed. An upgrade is loaded, migrated and started while the old version still runs; when it
 * fails, the old version keeps running (and its enablement) and the refusal carries the Dutch cause.
 * Administrators only.
 */
@Service
public class PluginUploads {

    private static final Logger LOG = LoggerFactory.getLogger(PluginUploads.class);

    private final PluginRuntime runtime;
    private final PluginInstallationRepository installations;
    private final PluginArchiveInspector inspector;
    private final PluginDatabases databases;
    private final PluginMigrations migrations;
    private final PluginFailures failures;
    private final PluginRows rows;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;
    private final PluginArchiveStore archives;
    private final PluginSync sync;

    PluginUploads(
            PluginRuntime runtime,
            PluginInstallationRepository installations,
            PluginProperties properties,
            PluginDatabases databases,
            PluginMigrations migrations,
            PluginDemoMode demoMode,
            PluginFailures failures,
            PluginRows rows,
            CurrentUser currentUser,
            TransactionTemplate transaction,
            Clock clock,
            PluginArchiveStore archives,
            PluginSync sync) {
        this.runtime = runtime;
        this.archives = archives;
        this.sync = sync;
        this.installations = installations;
        // the demo accepts unsigned uploads
        this.demo = demoMode.on();
        this.inspector = new PluginArchiveInspector(properties, properties.signatureRequired(demo));
        this.databases = databases;
        this.migrations = migrations;
        this.failures = failures;
        this.rows = rows;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * What installing a received archive would do, for the admin screen to confirm.
     *
     * @param fromVersion       the installed version, or null for a new plugin
     * @param pendingMigrations the scripts that will run ("V2 tag"), in order
     * @param signedBy          the trusted key that signed the archive, or null
     */
    public record Preview(
            String pluginId, String fromVersion, String toVersion, List<String> pendingMigrations, String signedBy) {

        public boolean upgrade() {
            return fromVersion != null;
        }
    }

    /** A received and checked archive, waiting to be installed or discarded (its temporary file goes with it). */
    public static final class Received implements AutoCloseable {
        private final String fileName;
        private final Path staged;
        private final PluginArchive archive;
        private final Preview preview;

        private Received(String fileName, Path staged, PluginArchive archive, Preview preview) {
            this.fileName = fileName;
            this.staged = staged;
            this.archive = archive;
            this.preview = preview;
        }

        public Preview preview() {
            return preview;
        }

        /** Discards the archive (when it was installed, there is nothing left to discard). */
        @Override
        public void close() {
            PluginArchiveInspector.deleteQuietly(staged);
        }
    }

    /**
     * Receives and checks an archive and works out what installing it would do; nothing is installed yet.
     *
     * @param signature detached signature, or null
     * @throws PluginRejectedException with the reason, when the archive is refused (nothing is kept)
     */
    public Received receive(String fileName, InputStream content, byte[] signature) {
        currentUser.requireAnyRole(Role.ADMIN);
        Path staged = inspector.receive(content);
        try {
            PluginArchive archive = inspector.inspect(fileName, staged, signature);
            refuseCollidingId(archive.id());
            Optional<PluginInstallation> existing =
                    transaction.execute(status -> installations.findByPluginId(archive.id()));
            if (existing.isPresent()
                    && runtime.active(archive.id()).isPresent()
                    && new DefaultVersionManager()
                                    .compareVersions(
                                            archive.version(), existing.get().getPluginVersion())
                            <= 0) {
                throw new PluginRejectedException(
                        "plugins.reject.not-newer", archive.id(), existing.get().getPluginVersion());
            }
            Preview preview = new Preview(
                    archive.id(),
                    existing.map(PluginInstallation::getPluginVersion).orElse(null),
                    archive.version(),
                    existing.isPresent() ? pendingMigrations(archive, staged) : List.of(),
                    archive.signedBy());
            return new Received(fileName, staged, archive, preview);
        } catch (RuntimeException e) {
            PluginArchiveInspector.deleteQuietly(staged);
            throw e;
        }
    }

    /** Receives, checks and installs in one go (no preview). */
    public PluginRow install(String fileName, InputStream content, byte[] signature) {
        try (Received received = receive(fileName, content, signature)) {
            return install(received);
        }
    }

    /**
     * Installs (or upgrades) a received archive. A new plugin is enabled nowhere; in a portal with demo data
     * it is asked for its demo data once it runs.
     *
     * @throws PluginRejectedException with the Dutch cause, when an upgrade did not start (the old version runs on)
     */
    public PluginRow install(Received received) {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN);
        PluginArchive archive = received.archive;
        try {
            Optional<PluginInstallation> existing =
                    transaction.execute(status -> installations.findByPluginId(archive.id()));
            boolean running = runtime.active(archive.id()).isPresent();
            String target = archive.id() + "-" + archive.version() + (archive.zip() ? ".zip" : ".jar");
            Path file = runtime.dir().toAbsolutePath().resolve(target);
            String oldFile = existing.map(PluginInstallation::getFileName).orElse(null);
            if (existing.isPresent() && !running) {
                // a failed old version: nothing to keep running
                runtime.stopAndUnload(archive.id());
                deleteArchive(oldFile);
            }
            copy(received.staged, file);
            if (existing.isPresent() && running) {
                upgrade(archive, file, target, oldFile);
            }
            sync.exclusively(() -> {
                sync.installedHere(archive.id(), archive.sha512(), target);
                transaction.executeWithoutResult(status -> {
                    PluginInstallation installation = installations
                            .findByPluginId(archive.id())
                            .orElseGet(() -> new PluginInstallation(archive.id(), clock.instant(), user.getUsername()));
                    installation.setArchive(archive, target);
                    installation.clearFailure();
                    installations.save(installation);
                    // the other nodes load it from here (PluginSync)
                    archives.store(archive.id(), archive.sha512(), file);
                });
            });
            if (!(existing.isPresent() && running)) {
                start(archive.id(), file, existing.isEmpty());
            }
            LOG.info(
                    "plugin {} {} installed by {} from {} (sha512 {})",
                    archive.id(),
                    archive.version(),
                    user.getUsername(),
                    received.fileName,
                    archive.sha512());
        } finally {
            received.close();
        }
        return rows.find(archive.id()).orElseThrow();
    }

    private void upgrade(PluginArchive archive, Path file, String target, String oldFile) {
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

    private void start(String id, Path file, boolean firstInstall) {
        String loaded = runtime.load(file);
        if (loaded == null || !loaded.equals(id)) {
            failures.record(id, "plugins.failed.load", file.getFileName().toString());
        } else if (runtime.start(id) && firstInstall && demo) {
            runtime.active(id).ifPresent(plugin -> PluginDemoData.create(plugin, failures));
        }
    }

    /** The scripts of the archive that the plugin's schema has not run yet; a zip is not looked into. */
    private List<String> pendingMigrations(PluginArchive archive, Path staged) {
        if (archive.zip()) {
            return List.of();
        }
        try {
            return migrations.pending(archive.id(), staged, databases.open(archive.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes an installed archive and, for a zip, the folder PF4J unpacked it into. */
    void deleteArchive(String fileName) {
        runtime.deleteArchive(fileName);
    }
}
