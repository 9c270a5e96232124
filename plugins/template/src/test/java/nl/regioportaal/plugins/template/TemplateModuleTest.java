package nl.regioportaal.plugins.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import nl.regioportaal.plugins.api.PluginUser;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.testkit.TestPluginContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin declares what the portal needs and ships its migration and both bundles with the same keys;
 * its notes work on its own schema, checked, for users with its permission (the plugin test kit stands in
 * for the portal).
 */
class TemplateModuleTest {

    private static final PluginUser WIJKCOACH_BAARN = TestPluginContext.user(7, "Wijkcoach Baarn", 2L, "PROFESSIONAL");

    private final TemplateModule module = new TemplateModule();
    private TestPluginContext context;

    @BeforeEach
    void start() {
        context = TestPluginContext.forPlugin("template");
        module.start(context);
        context.declare(module);
    }

    @Test
    void aProfessionalAddsANoteStampedWithTheClock() {
        context.actAs(WIJKCOACH_BAARN);

        assertThat(module.addNote("  Eerste notitie ")).isEmpty();

        assertThat(module.notes()).containsExactly("Eerste notitie");
        var db = context.database();
        assertThat(db.query(
                        "SELECT author_id, created_at FROM " + db.table("note"),
                        row -> row.getLong(1) + " " + row.getTimestamp(2).toLocalDateTime()))
                .containsExactly("7 " + LocalDateTime.ofInstant(TestPluginContext.FIXED_INSTANT, ZoneOffset.UTC));
    }

    @Test
    void aPersonsNotesAreInTheirExportAndGoWithTheirErasure() {
        context.actAs(WIJKCOACH_BAARN);
        module.addNote("Van de wijkcoach");
        context.actAs(TestPluginContext.user(8, "Teamleider Baarn", 2L, "TEAM_LEADER"));
        module.addNote("Van de teamleider");

        assertThat(module.exportPersonalData(7))
                .isEqualTo(Map.of(
                        "notes",
                        List.of(Map.of(
                                "text", "Van de wijkcoach", "createdAt", TestPluginContext.FIXED_INSTANT.toString()))));

        module.erasePersonalData(7);
        module.erasePersonalData(7);

        assertThat(module.exportPersonalData(7)).isEmpty();
        assertThat(module.notes()).containsExactly("Van de teamleider");
    }

    @Test
    void anEmptyOrTooLongNoteIsExplainedInTheUsersLanguageAndNotSaved() {
        context.actAs(WIJKCOACH_BAARN);

        assertThat(module.addNote("   ")).containsEntry("note", "Vul dit veld in.");
        context.inLocale(Locale.ENGLISH);
        assertThat(module.addNote("x".repeat(201)).get("note"))
                .isEqualTo("Please use at most 200 characters (now 201).");
        assertThat(module.notes()).isEmpty();
    }

    @Test
    void withoutThePermissionNothingIsSaved() {
        context.actAs(TestPluginContext.user(8, "Trainer", null, "TRAINER"));

        assertThatThrownBy(() -> module.addNote("niet van mij")).isInstanceOf(SecurityException.class);
        assertThat(module.notes()).isEmpty();
    }

    @Test
    void demoDataIsOneWelcomeNoteAddedOnce() {
        module.createDemoData();
        module.createDemoData();

        assertThat(module.notes()).containsExactly("Welkom bij de voorbeeldplugin: deze notitie is demodata.");
    }

    @Test
    void declaresItsViewMenuWidgetTaskAndPermission() {
        assertThat(module.name().nl()).isEqualTo("Voorbeeldplugin");
        assertThat(module.views()).extracting(PluginView::path).containsExactly("");
        assertThat(module.menu())
                .singleElement()
                .satisfies(m -> assertThat(m.path()).isEqualTo(""));
        assertThat(module.widgets()).hasSize(1);
        assertThat(module.tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.cron()).isEqualTo("0 0 2 * * ?"));
        assertThat(module.permissions()).extracting(p -> p.name()).containsExactly("template.use");
    }

    @Test
    void shipsItsMigrationAndBundles() throws Exception {
        assertThat(getClass().getResource("/db/plugin/template/V1__notes.sql")).isNotNull();
        assertThat(keys("/plugin-i18n/messages_en.properties")).isEqualTo(keys("/plugin-i18n/messages_nl.properties"));
    }

    @Test
    void extensionIndexIsGenerated() {
        // without PF4J's annotation processor the portal would find no extension in the jar
        assertThat(getClass().getResource("/META-INF/extensions.idx")).isNotNull();
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TemplateModuleTest.class.getResourceAsStream(resource)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }
}
