package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class PluginServiceTest extends ServiceTest {

    @Autowired
    PluginService plugins;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PluginRuntime runtime;

    @Autowired
    PluginBootstrap bootstrap;

    @Autowired
    DataSource portalDataSource;

    @Test
    void shippedPluginsAreRunningAndTheDemoEnabledQuickscanForAmersfoortNotBaarn() {
        users.login("admin");
        PluginRow quickscan = plugins.find("quickscan").orElseThrow();
        assertThat(quickscan.state()).isEqualTo(PluginRow.State.STARTED);
        assertThat(quickscan.enabledIn())
                .extracting(MunicipalityRef::name)
                .contains("Amersfoort")
                .doesNotContain("Baarn");
        assertThat(quickscan.sha512()).hasSize(128);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM plg_quickscan.plg_quickscan_schema_history WHERE success AND type = 'SQL'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(plugins.find("template").orElseThrow().enabledIn()).isEmpty();
    }

    @Test
    void refusedArchivesInstallNothingAndSayWhyInDutch() {
        users.login("admin");
        int before = plugins.list().size();
        byte[] template = TestPlugins.bundled("template");

        assertRefused("kapot.jar", "dit is geen zip".getBytes(), "plugins.reject.not-an-archive");
        assertRefused(
                "leeg.jar", TestPlugins.variant(template, Map.of(), Map.of(), true), "plugins.reject.no-descriptor");
        assertRefused(
                "nieuw.jar",
                TestPlugins.variant(
                        template, Map.of("Plugin-Id", "toekomst", "Plugin-Requires", ">=2.0.0"), Map.of(), false),
                "plugins.reject.requires");
        assertRefused("bom.zip", TestPlugins.zipBomb(150), "plugins.reject.archive-bomb");
        assertRefused("tekst.txt", template, "plugins.reject.file-type");

        assertThat(plugins.list()).hasSize(before);
        assertThat(PortalI18NProvider.translate("plugins.reject.requires", Locale.of("nl"), ">=2.0.0", "1.1.0"))
                .isEqualTo("de plugin vereist plugin-API-versie >=2.0.0, maar dit portaal heeft versie 1.1.0.");
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> plugins.install(name, content, null))
                .isInstanceOfSatisfying(
                        PluginRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void caseloadIsUploadedEnabledUsedDisabledAndUninstalledWithItsDataWithoutRestart() {
        users.login("admin");
        PluginRow row = plugins.install("plugin-caseload.jar", TestPlugins.upload("caseload"), null);
        assertThat(row.state()).isEqualTo(PluginRow.State.STARTED);
        assertThat(row.enabledIn()).as("a new plugin is enabled nowhere").isEmpty();
        assertThat(row.sha512()).isEqualTo(PluginArchiveInspector.sha512(TestPlugins.upload("caseload")));
        assertThat(plugins.tablesOf("caseload")).contains("plg_caseload_figure", "plg_caseload_schema_history");

        long soest = municipality("Soest");
        PortalUser leader = users.login("teamleider.soest");
        assertThat(plugins.visibleTo(leader)).extracting(ActivePlugin::id).doesNotContain("caseload");
        users.login("admin");
        plugins.enable("caseload", soest);

        leader = users.login("teamleider.soest");
        ActivePlugin caseload = plugins.visibleTo(leader, "caseload").orElseThrow();
        // use it: the team leader enters a month's figures through the plugin's own service
        var module = caseload.module();
        long team = leader.teamIds().iterator().next();
        invoke(module, "enter", team, YearMonth.of(2026, 10), 4, 10, 3);
        assertThat(jdbc.queryForObject(
                        "SELECT light + medium + heavy FROM plg_caseload.plg_caseload_figure WHERE team_id = ?",
                        Integer.class,
                        team))
                .isEqualTo(17);

        users.login("admin");
        plugins.disable("caseload", soest);
        assertThat(plugins.visibleTo(users.login("teamleider.soest")))
                .extracting(ActivePlugin::id)
                .doesNotContain("caseload");

        users.login("admin");
        plugins.uninstall("caseload", true);
        assertThat(plugins.find("caseload")).isEmpty();
        assertThat(plugins.isRunning("caseload")).isFalse();
        assertThat(plugins.tablesOf("caseload")).as("tables gone").isEmpty();
    }

    @Test
    void aSignedArchiveShowsItsSignerAndAForgedSignatureIsRefused() throws Exception {
        users.login("admin");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair trusted = generator.generateKeyPair();
        KeyPair stranger = generator.generateKeyPair();
        Path keys = Files.createDirectories(Path.of("target/test-plugins/keys"));
        Path pem = keys.resolve("gemeente-test.pem");
        Files.writeString(
                pem,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(trusted.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        try {
            byte[] jar = TestPlugins.variant(
                    TestPlugins.bundled("template"), Map.of("Plugin-Id", "signedtest"), Map.of(), false);
            assertThatThrownBy(() -> plugins.install("signedtest.jar", jar, sign(jar, stranger.getPrivate())))
                    .isInstanceOfSatisfying(
                            PluginRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("plugins.reject.bad-signature"));
            assertThat(plugins.find("signedtest")).as("nothing installed").isEmpty();

            // openssl's "dgst -sign" output, Base64-encoded as one might mail it
            byte[] signature = Base64.getEncoder().encode(sign(jar, trusted.getPrivate()));
            PluginRow row = plugins.install("signedtest.jar", jar, signature);
            assertThat(row.signedBy()).isEqualTo("gemeente-test");

            // another archive under the same id, put into the plugins directory by hand and found at a start
            runtime.stopAndUnload("signedtest");
            byte[] byHand = TestPlugins.variant(jar, Map.of("Plugin-Version", "9.9.9"), Map.of(), false);
            Path placed = runtime.dir().toAbsolutePath().resolve("signedtest-9.9.9.jar");
            Files.write(placed, byHand);
            bootstrap.adopt(placed, runtime.load(placed));
            assertThat(plugins.find("signedtest").orElseThrow().signedBy())
                    .as("the signer did not sign this archive")
                    .isNull();
            plugins.uninstall("signedtest", true);
        } finally {
            Files.deleteIfExists(pem);
            Files.deleteIfExists(runtime.dir().toAbsolutePath().resolve("signedtest.jar"));
            Files.deleteIfExists(runtime.dir().toAbsolutePath().resolve("signedtest-9.9.9.jar"));
        }
    }

    private static byte[] sign(byte[] content, PrivateKey key) throws Exception {
        Signature signer = Signature.getInstance("SHA512withRSA");
        signer.initSign(key);
        signer.update(content);
        return signer.sign();
    }

    @Test
    void upgradeRunsOnlyTheNewScripts() {
        users.login("admin");
        byte[] v1 = TestPlugins.variant(
                TestPlugins.bundled("template"),
                Map.of("Plugin-Id", "upgradetest", "Plugin-Version", "1.0.0"),
                Map.of(),
                false);
        // the template's scripts live under db/plugin/template; this copy needs them under its own id
        byte[] v1own = TestPlugins.variant(
                v1,
                Map.of(),
                Map.of(
                        "db/plugin/upgradetest/V1__notes.sql",
                        "CREATE TABLE ${prefix}note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200) NOT NULL, author_id BIGINT NOT NULL, created_at TIMESTAMP(6) NOT NULL)"),
                false);
        plugins.install("upgradetest-1.0.0.jar", v1own, null);
        jdbc.update(
                "INSERT INTO plg_upgradetest.plg_upgradetest_note (text, author_id, created_at) VALUES ('blijft', 1, NOW())");
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM plg_upgradetest.plg_upgradetest_note", Integer.class);

        byte[] v2 = TestPlugins.variant(
                v1own,
                Map.of("Plugin-Version", "1.1.0"),
                Map.of("db/plugin/upgradetest/V2__tag.sql", "ALTER TABLE ${prefix}note ADD COLUMN tag VARCHAR(20)"),
                false);
        PluginRow upgraded = plugins.install("upgradetest-1.1.0.jar", v2, null);

        assertThat(upgraded.version()).isEqualTo("1.1.0");
        assertThat(upgraded.state()).isEqualTo(PluginRow.State.STARTED);
        List<Map<String, Object>> history = jdbc.queryForList(
                "SELECT version, installed_rank FROM plg_upgradetest.plg_upgradetest_schema_history WHERE type = 'SQL' ORDER BY installed_rank");
        assertThat(history).extracting(h -> h.get("version")).containsExactly("1", "2");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plg_upgradetest.plg_upgradetest_note", Integer.class))
                .as("data kept, no second demo data")
                .isEqualTo(rows);
        assertThatThrownBy(() -> plugins.install("upgradetest-1.1.0.jar", v2, null))
                .isInstanceOfSatisfying(
                        PluginRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plugins.reject.not-newer"));

        plugins.uninstall("upgradetest", true);
        assertThat(plugins.tablesOf("upgradetest")).isEmpty();
    }

    @Test
    void municipalityAdministratorSwitchesOnlyTheirOwnMunicipality() {
        long amersfoort = municipality("Amersfoort");
        long baarn = municipality("Baarn");
        users.login("beheer.amersfoort");
        plugins.enable("template", amersfoort);
        assertThat(plugins.find("template").orElseThrow().enabledIn())
                .extracting(MunicipalityRef::name)
                .containsExactly("Amersfoort");
        plugins.disable("template", amersfoort);
        assertThatThrownBy(() -> plugins.enable("template", baarn)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.install("x.jar", new byte[10], null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.uninstall("template", true)).isInstanceOf(AccessDeniedException.class);

        users.login("wijkcoach.baarn");
        assertThatThrownBy(() -> plugins.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plugins.enable("template", baarn)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTaskThatThrowsIsCaughtAndMarksThePluginFailed() throws Exception {
        users.login("admin");
        if (plugins.find("failing").isEmpty()) {
            plugins.install("plugin-test-failing.jar", TestPlugins.upload("test-failing"), null);
        }
        plugins.runTaskNow("failing", "broken");
        PluginRow row = null;
        for (int i = 0; i < 100; i++) {
            row = plugins.find("failing").orElseThrow();
            if ("plugins.failed.task".equals(row.failedReasonKey())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(row.failedReasonKey()).isEqualTo("plugins.failed.task");
        assertThat(row.failedDetails()).first().isEqualTo("broken");
        assertThat(row.state()).isEqualTo(PluginRow.State.STARTED_WITH_ERRORS);
        assertThat(plugins.find("quickscan").orElseThrow().state())
                .as("others unaffected")
                .isEqualTo(PluginRow.State.STARTED);
    }

    /** A module whose constructor throws, as a newer version that is broken. */
    private static final String BROKEN_MODULE = """
            package test.broken;

            import nl.regioportaal.plugins.api.PortalModule;
            import nl.regioportaal.plugins.api.Text;

            public class BrokenModule implements PortalModule {
                public BrokenModule() {
                    throw new IllegalStateException("configuratie ontbreekt");
                }

                @Override
                public Text name() {
                    return Text.of("Kapot", "Broken");
                }
            }
            """;

    @Test
    void aBrokenNewerVersionLeavesTheOldOneRunningAndEnabledAndSaysWhyInDutch() throws Exception {
        long soest = municipality("Soest");
        users.login("admin");
        byte[] v1 = ownCopy("safeupgrade");
        plugins.install("safeupgrade-1.0.0.jar", v1, null);
        plugins.enable("safeupgrade", soest);

        byte[] brokenV2 = TestPlugins.withModule(
                v1, Map.of("Plugin-Version", "1.1.0"), "test.broken.BrokenModule", BROKEN_MODULE);
        assertThatThrownBy(() -> plugins.install("safeupgrade-1.1.0.jar", brokenV2, null))
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plugins.failed.threw");
                    assertThat(PortalI18NProvider.translate(e.messageKey(), Locale.of("nl"), e.params()))
                            .startsWith("de code van de plugin gaf een fout bij het starten")
                            .contains("configuratie ontbreekt")
                            .contains("BrokenModule");
                });

        // a newer version whose module class is missing altogether
        byte[] missingV2 = TestPlugins.replaceEntries(
                v1,
                Map.of("Plugin-Version", "1.2.0"),
                Map.of("META-INF/extensions.idx", "test.missing.Gone\n".getBytes()));
        assertThatThrownBy(() -> plugins.install("safeupgrade-1.2.0.jar", missingV2, null))
                .isInstanceOfSatisfying(
                        PluginRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plugins.failed.modules"));

        PluginRow row = plugins.find("safeupgrade").orElseThrow();
        assertThat(row.version()).isEqualTo("1.0.0");
        assertThat(row.state()).isEqualTo(PluginRow.State.STARTED);
        assertThat(row.enabledIn()).extracting(MunicipalityRef::name).containsExactly("Soest");
        assertThat(plugins.visibleTo(users.login("teamleider.soest"), "safeupgrade"))
                .as("still there for Soest")
                .isPresent();
        users.login("admin");
        try (var files = Files.list(Path.of("target/test-plugins/installed"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("safeupgrade")))
                    .as("nothing of the failed versions is left")
                    .containsExactly("safeupgrade-1.0.0.jar");
        }
        plugins.uninstall("safeupgrade", true);
    }

    @Test
    void anIdThatWouldCollideWithAnotherPluginsObjectsIsRefusedAndCaseloadKeepsWorking() {
        users.login("admin");
        if (plugins.find("caseload").isEmpty()) {
            plugins.install("plugin-caseload.jar", TestPlugins.upload("caseload"), null);
        }
        List<String> before = plugins.tablesOf("caseload");
        byte[] intruder = TestPlugins.variant(
                TestPlugins.bundled("template"), Map.of("Plugin-Id", "caseload_municipality"), Map.of(), false);

        assertThatThrownBy(() -> plugins.install("intruder.jar", intruder, null))
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plugins.reject.id-collides");
                    assertThat(e.params()).containsExactly("caseload_municipality", "caseload");
                });

        assertThat(plugins.find("caseload_municipality")).isEmpty();
        assertThat(plugins.find("caseload").orElseThrow().state()).isEqualTo(PluginRow.State.STARTED);
        assertThat(plugins.tablesOf("caseload"))
                .containsExactlyElementsOf(before)
                .contains("plg_caseload_municipality_weight");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM plg_caseload.plg_caseload_municipality_weight", Integer.class))
                .as("caseload's weight table is still there and readable")
                .isNotNegative();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM plg_caseload.plg_caseload_schema_history WHERE version = '2' AND success",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aPluginUsingAPortalClassIsRefusedWithTheClassNamed() {
        users.login("admin");
        byte[] coupled = TestPlugins.usingPortalClass("coupled");
        assertThatThrownBy(() -> plugins.install("coupled.jar", coupled, null))
                .isInstanceOfSatisfying(PluginRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plugins.reject.portal-class");
                    assertThat(PortalI18NProvider.translate(e.messageKey(), Locale.of("nl"), e.params()))
                            .contains("nl.regioportaal.training.TrainingPlanService")
                            .contains("klassen van het portaal");
                });
        assertThat(plugins.find("coupled")).isEmpty();
    }

    /** In a portal with demo data (this one), a newly installed plugin is asked for its demo data, once. */
    @Test
    void aPluginInstalledIntoTheDemoAddsItsDemoData() {
        users.login("admin");
        byte[] jar = TestPlugins.variant(
                TestPlugins.bundled("template"),
                Map.of("Plugin-Id", "demonotes"),
                Map.of("db/plugin/demonotes/V1__notes.sql", NOTES_SCRIPT),
                false);
        try {
            plugins.install("demonotes.jar", jar, null);

            assertThat(jdbc.queryForList("SELECT text FROM plg_demonotes.plg_demonotes_note", String.class))
                    .containsExactly("Welkom bij de voorbeeldplugin: deze notitie is demodata.");
            plugins.restart("demonotes");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plg_demonotes.plg_demonotes_note", Integer.class))
                    .as("a restart is no new install")
                    .isEqualTo(1);
        } finally {
            plugins.uninstall("demonotes", true);
        }
    }

    /**
     * A jar put into the plugins directory by hand is never inspected like an upload; when it uses portal
     * classes, the filtering class loader refuses them at start, and the screen says so in Dutch.
     */
    @Test
    void aJarPlacedByHandThatUsesPortalClassesIsRefusedByTheClassLoader() throws Exception {
        users.login("admin");
        byte[] jar = TestPlugins.withModule(
                TestPlugins.bundled("template"), Map.of("Plugin-Id", "handwerk"), "test.handwerk.HandModule", """
                package test.handwerk;

                import nl.regioportaal.plugins.api.PluginContext;
                import nl.regioportaal.plugins.api.PortalModule;
                import nl.regioportaal.plugins.api.Text;
                import nl.regioportaal.training.TrainingPlanService;

                public class HandModule implements PortalModule {
                    @Override
                    public Text name() {
                        return Text.of("Handwerk", "Handmade");
                    }

                    @Override
                    public void start(PluginContext context) {
                        TrainingPlanService.class.getName();
                    }
                }
                """);
        Path file = runtime.dir().toAbsolutePath().resolve("handwerk-1.0.0.jar");
        Files.write(file, jar);
        try {
            String id = runtime.load(file);
            assertThat(id).as("PF4J loads it: nothing checked it before").isEqualTo("handwerk");
            bootstrap.adopt(file, id);

            PluginRow row = plugins.find("handwerk").orElseThrow();
            assertThat(row.state()).isEqualTo(PluginRow.State.FAILED);
            assertThat(row.failedReasonKey()).isEqualTo("plugins.failed.portal-class");
            assertThat(PortalI18NProvider.translate(
                            row.failedReasonKey(),
                            Locale.of("nl"),
                            row.failedDetails().toArray()))
                    .isEqualTo("de plugin gebruikt klassen van het portaal zelf "
                            + "(nl.regioportaal.training.TrainingPlanService); een plugin mag alleen de plugin-API, "
                            + "Vaadin, SLF4J en de JDK gebruiken");
            assertThat(plugins.isRunning("handwerk")).isFalse();
        } finally {
            plugins.uninstall("handwerk", true);
            Files.deleteIfExists(file);
        }
    }

    /**
     * The previous layout kept a plugin's tables and history in the portal schema ({@code plg_<id>_*}). When
     * that plugin starts here, both move into its own schema with every row, and its scripts do not run again.
     */
    @Test
    void tablesOfThePreviousLayoutMoveIntoThePluginsOwnSchemaWithAllRows() throws Exception {
        users.login("admin");
        // the previous version's layout, made the way it made it: the plugin's Flyway on the portal schema
        Path scripts = Files.createTempDirectory("legacy-scripts");
        Files.writeString(scripts.resolve("V1__notes.sql"), NOTES_SCRIPT);
        Flyway.configure()
                .dataSource(portalDataSource)
                .table("plg_legacy_schema_history")
                .locations("filesystem:" + scripts)
                .placeholders(Map.of("prefix", "plg_legacy_"))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        jdbc.update("INSERT INTO plg_legacy_note (text, author_id, created_at) VALUES ('oud 1', 1, NOW()),"
                + " ('oud 2', 1, NOW())");

        byte[] legacy = ownCopy("legacy");
        PluginRow row = plugins.install("legacy-1.0.0.jar", legacy, null);

        assertThat(row.state()).isEqualTo(PluginRow.State.STARTED);
        assertThat(jdbc.queryForList("SELECT text FROM plg_legacy.plg_legacy_note ORDER BY id", String.class))
                .containsExactly("oud 1", "oud 2");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                                + " AND table_name LIKE 'plg\\_legacy\\_%'",
                        Integer.class))
                .as("nothing of the plugin left in the portal schema")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM plg_legacy.plg_legacy_schema_history WHERE type = 'SQL'", Integer.class))
                .as("V1 did not run again")
                .isEqualTo(1);
        plugins.uninstall("legacy", true);
    }

    private static final String NOTES_SCRIPT = "CREATE TABLE ${prefix}note (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " text VARCHAR(200) NOT NULL, author_id BIGINT NOT NULL, created_at TIMESTAMP(6) NOT NULL)";

    /** The template under another id, as version 1.0.0, with its script under that id. */
    private static byte[] ownCopy(String id) {
        byte[] copy = TestPlugins.variant(
                TestPlugins.bundled("template"), Map.of("Plugin-Id", id, "Plugin-Version", "1.0.0"), Map.of(), false);
        return TestPlugins.variant(copy, Map.of(), Map.of("db/plugin/" + id + "/V1__notes.sql", NOTES_SCRIPT), false);
    }

    private long municipality(String name) {
        users.login("admin");
        return directory.municipalities().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void invoke(Object target, String method, Object... args) {
        try {
            for (var m : target.getClass().getDeclaredMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                    m.setAccessible(true);
                    m.invoke(target, args);
                    return;
                }
            }
            throw new IllegalStateException("no method " + method);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }
}
