package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.plugins.api.ScheduledTask;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes share one database: what one node installs, upgrades or uninstalls, the other follows through
 * {@link PluginSync}. "The other node" is simulated on this one by taking the plugin away locally (stopped,
 * unloaded, archive deleted, forgotten) while its rows stay, or by changing the rows as the other node's
 * uninstall does. The test drives the poll itself (the background poll is slowed down in the tests).
 */
class PluginSyncTest extends ServiceTest {

    @Autowired
    PluginService plugins;

    @Autowired
    PluginRuntime runtime;

    @Autowired
    PluginSync sync;

    @Autowired
    PluginArchiveStore archives;

    @Autowired
    PluginTasks tasks;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anArchiveInstalledOnAnotherNodeIsCopiedFromTheDatabaseCheckedAndStartedHere() throws Exception {
        users.login("admin");
        byte[] jar =
                TestPlugins.variant(TestPlugins.bundled("template"), Map.of("Plugin-Id", "elders"), Map.of(), false);
        PluginRow row = plugins.install("elders.jar", jar, null);
        try {
            assertThat(jdbc.queryForObject(
                            "SELECT sha512 FROM plugin_archive WHERE plugin_id = 'elders' AND live", String.class))
                    .isEqualTo(PluginArchiveInspector.sha512(jar))
                    .isEqualTo(row.sha512());
            Path file = runtime.dir().toAbsolutePath().resolve("elders-" + row.version() + ".jar");
            forgetHere("elders", file);
            assertThat(plugins.isRunning("elders")).isFalse();

            sync.syncNow();

            assertThat(plugins.isRunning("elders")).isTrue();
            assertThat(PluginArchiveInspector.sha512(file)).isEqualTo(row.sha512());
            assertThat(plugins.find("elders").orElseThrow().state()).isEqualTo(PluginRow.State.STARTED);
        } finally {
            plugins.uninstall("elders", true);
        }
    }

    @Test
    void anUninstallOnAnotherNodeStopsThePluginHereAndDeletesItsArchive() {
        users.login("admin");
        byte[] jar = TestPlugins.variant(TestPlugins.bundled("template"), Map.of("Plugin-Id", "weg"), Map.of(), false);
        PluginRow row = plugins.install("weg.jar", jar, null);
        Path file = runtime.dir().toAbsolutePath().resolve("weg-" + row.version() + ".jar");
        assertThat(file).exists();

        // what the uninstall on the other node leaves in the database
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM plugin_installation WHERE plugin_id = 'weg'");
            archives.remove("weg");
        });
        sync.syncNow();

        assertThat(plugins.isRunning("weg")).isFalse();
        assertThat(file).doesNotExist();
        assertThat(archives.replaced(row.sha512()))
                .as("a node that was down recognises the old file")
                .isTrue();
    }

    @Test
    void aNodeStartingAfterAnUpgradeElsewhereDeletesTheOldArchiveAndWritesTheNewOne() throws Exception {
        users.login("admin");
        byte[] v1 = TestPlugins.variant(TestPlugins.bundled("template"), Map.of("Plugin-Id", "laat"), Map.of(), false);
        byte[] v2 = TestPlugins.variant(v1, Map.of("Plugin-Version", "9.0.0"), Map.of(), false);
        Path dir = Files.createTempDirectory(runtime.dir().toAbsolutePath().getParent(), "other-node-");
        plugins.install("laat.jar", v1, null);
        try {
            Files.write(dir.resolve("laat-old.jar"), v1);
            plugins.install("laat.jar", v2, null);

            assertThat(sync.seed(dir)).isTrue();

            assertThat(dir.resolve("laat-old.jar")).doesNotExist();
            assertThat(PluginArchiveInspector.sha512(dir.resolve("laat-9.0.0.jar")))
                    .isEqualTo(PluginArchiveInspector.sha512(v2));
        } finally {
            plugins.uninstall("laat", true);
        }
    }

    @Test
    void aTaskThatFiresOnANodeWithoutItsPluginIsFiredAgainSoonOnAnyNodeAFewTimes() throws Exception {
        tasks.schedule("nergens", List.of(new ScheduledTask("tellen", "0 0 3 * * ?", () -> {})));
        JobKey job = PluginTasks.key("nergens", "tellen");
        try {
            assertThat(tasks.handOn(job, 1)).isTrue();

            List<? extends Trigger> triggers = scheduler.getTriggersOfJob(job);
            assertThat(triggers).hasSize(2);
            Trigger handedOn = triggers.stream()
                    .filter(t -> t.getKey().getName().contains("handed-on"))
                    .findFirst()
                    .orElseThrow();
            assertThat(handedOn.getJobDataMap().getInt(PluginTaskJob.ATTEMPT)).isEqualTo(1);
            assertThat(tasks.handOn(job, PluginTasks.HAND_ON_ATTEMPTS + 1))
                    .as("after the last attempt it is logged as not run")
                    .isFalse();
        } finally {
            tasks.unschedule("nergens");
        }
    }

    private void forgetHere(String pluginId, Path file) throws Exception {
        runtime.stopAndUnload(pluginId);
        sync.removedHere(pluginId);
        Files.delete(file);
    }
}
