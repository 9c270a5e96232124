package nl.regioportaal.plugins.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import nl.regioportaal.plugins.api.PluginView;
import org.junit.jupiter.api.Test;

/** The plugin declares what the portal needs, and ships its migration and both bundles with the same keys. */
class TemplateModuleTest {

    private final TemplateModule module = new TemplateModule();

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
