package nl.regioportaal.plugins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.UnorderedList;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.TestPlugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PluginStateCardTest extends KaribuTest {

    @Autowired
    PluginService plugins;

    @Test
    void administratorSeesAFailedPluginOnStart() throws InterruptedException {
        login("admin");
        if (plugins.find("failing").isEmpty()) {
            plugins.install("plugin-test-failing.jar", TestPlugins.upload("test-failing"), null);
        }
        plugins.runTaskNow("failing", "broken");
        for (int i = 0; i < 100 && plugins.find("failing").orElseThrow().state() == PluginRow.State.STARTED; i++) {
            Thread.sleep(100);
        }

        navigate(StartView.class);
        assertThat(_get(UnorderedList.class, s -> s.withId("state-plugins"))
                        .getElement()
                        .getTextRecursively())
                .contains("Foutplugin (Actief, met fouten)")
                .doesNotContain("Quickscan");
    }
}
