package nl.regioportaal.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links lead to the plugin's own views; a path no view can have is refused, query values are encoded. */
class PluginLinksTest {

    private final PluginLinks links = new PluginLinks("caseload");

    @Test
    void linksToTheRootAndToSubViews() {
        assertThat(links.to("")).isEqualTo("plugin/caseload");
        assertThat(links.to("rapport/kwartaal")).isEqualTo("plugin/caseload/rapport/kwartaal");
    }

    @Test
    void queryValuesAreEncoded() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("team", "Sociaal team & Co");
        query.put("maand", "2026-03");
        assertThat(links.to("invoer", query))
                .isEqualTo("plugin/caseload/invoer?team=Sociaal%20team%20%26%20Co&maand=2026-03");
    }

    @Test
    void pathsNoViewCanHaveAreRefused() {
        assertThatThrownBy(() -> links.to("../beheer")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.to("/invoer")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.to("Invoer")).isInstanceOf(IllegalArgumentException.class);
    }
}
