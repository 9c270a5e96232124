package nl.regioportaal.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.DemoDataCreated;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: brings the plugins directory in line with the database ({@link PluginSync#seed}), then loads
 * and starts every plugin in it (before the demo data, so that the demo can enable them). An archive that was put into the directory by hand is registered as installed
 * and, like an upload, enabled nowhere. Nothing a plugin does here can stop the portal from starting.
 */
@Configuration
@EnableConfigurationProperties(PluginProperties.class)
@Order(5)
class PluginBootstrap implements ApplicationRunner {

    /** Demo: the quickscan and the caseload dashboard for some municipalities; never Baarn. */
    static final Map<String, List<String>> DEMO_ENABLEMENT = Map.of(
            "quickscan", List.of("Amersfoort", "Soest"),
            "caseload", List.of("Amersfoort", "Soest"));

    private static final Logger LOG = LoggerFactory.getLogger(PluginBootstrap.class);

    private final PluginRuntime runtime;
    private final PluginInstallationRepository installations;
    private final PluginFailures failures;
    private final PluginTasks tasks;
    private final PluginService service;
    private final DemoPluginSigner demoSigner;
    private final RegionDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PluginArchiveStore archives;
    private final PluginSync sync;

    PluginBootstrap(
            PluginRuntime runtime,
            PluginInstallationRepository installations,
            PluginFailures failures,
            PluginTasks tasks,
            PluginService service,
            DemoPluginSigner demoSigner,
            RegionDirectory directory,
            TransactionTemplate transaction,
            Clock clock,
            PluginArchiveStore archives,
            PluginSync sync) {
        this.runtime = runtime;
        this.archives = archives;
        this.sync = sync;
        this.installations = installations;
        this.failures = failures;
        this.tasks = tasks;
        this.service = service;
        this.demoSigner = demoSigner;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            SystemAuthentication.run(this::startAll);
        } catch (RuntimeException e) {
            LOG.error("plugins could not be started; the portal runs without them", e);
        }
    }

    private void startAll() {
        Map<Path, String> found = runtime.bootstrap(sync::seed);
        found.forEach((file, id) -> {
            if (id != null) {
                adopt(file, id);
            }
        });
        // the jobs of plugins that are installed stay, also when the plugin failed here: another node may run it
        tasks.removeAllBut(archives.live().stream()
                .map(PluginArchiveStore.Stored::pluginId)
                .collect(Collectors.toSet()));
        sync.start();
        LOG.info("plugins started: {} of {}", runtime.active().size(), found.size());
    }

    /**
     * Registers a loaded archive found in the plugins directory (an upload of an earlier run, or a jar put
     * there by hand, which no upload check has seen) and starts it: the filtering class loader and the
     * start's checks still apply, and a failure is shown on the admin screen with its Dutch reason.
     */
    void adopt(Path file, String id) {
        try {
            register(file, id);
        } catch (RuntimeException e) {
            LOG.error("plugin {} could not be registered", id, e);
        }
        runtime.start(id);
    }

    private void register(Path file, String id) {
        PluginWrapper wrapper = runtime.wrapper(id).orElseThrow();
        transaction.executeWithoutResult(status -> {
            PluginInstallation installation = installations
                    .findByPluginId(id)
                    .orElseGet(() -> new PluginInstallation(id, clock.instant(), SystemAuthentication.SYSTEM_USERNAME));
            try {
                byte[] content = Files.readAllBytes(file);
                String sha512 = PluginArchiveInspector.sha512(content);
                // the signer vouched for the archive it signed, not for another one put here under the same id
                String signedBy = installation.getSignedBy() != null && sha512.equals(installation.getSha512())
                        ? installation.getSignedBy()
                        : demoSigner.signShipped(file);
                installation.setArchive(
                        new PluginArchive(
                                id,
                                wrapper.getDescriptor().getVersion(),
                                wrapper.getDescriptor().getRequires(),
                                wrapper.getDescriptor().getProvider(),
                                wrapper.getDescriptor().getPluginDescription(),
                                sha512,
                                signedBy,
                                file.toString().endsWith(".zip")),
                        file.getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            installations.save(installation);
            sync.installedHere(id, installation.getSha512(), installation.getFileName());
            archives.store(id, installation.getSha512(), file);
        });
        String earlier = failures.takeUnrecorded(id);
        if (earlier != null) {
            failures.record(id, earlier);
        }
    }

    @EventListener
    void enableDemoPlugins(DemoDataCreated event) {
        Map<String, Long> byName = directory.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityRef::name, MunicipalityRef::id));
        Set<String> installed = installations.findAllByOrderByPluginIdAsc().stream()
                .map(PluginInstallation::getPluginId)
                .collect(Collectors.toSet());
        DEMO_ENABLEMENT.forEach((pluginId, municipalities) -> {
            if (installed.contains(pluginId)) {
                municipalities.forEach(name -> service.enable(pluginId, byName.get(name)));
                LOG.info("demo: plugin {} enabled for {}", pluginId, municipalities);
            }
        });
    }
}
