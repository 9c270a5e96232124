package nl.regioportaal.plugins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.TestPlugins;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.ui.PeopleView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acceptance: a plugin's menu, views and widgets appear only where it is enabled; a direct URL from
 * elsewhere is refused; a plugin that throws shows error cards and is marked failed, and the rest works.
 */
class PluginVisibilityTest extends KaribuTest {

    @Autowired
    PluginService plugins;

    @Test
    void amersfoortAdministratorSeesTheQuickscanMenuWidgetAndReport() {
        login("beheer.amersfoort");
        navigate(StartView.class);
        assertThat(menu()).contains("Quickscan-rapport");
        assertThat(_find(Div.class, s -> s.withClasses("rp-plugin-card")))
                .as("quickscan widget")
                .anySatisfy(card -> assertThat(card.getElement().getAttribute("data-plugin"))
                        .isEqualTo("quickscan"));

        UI.getCurrent().navigate("plugin/quickscan/rapport");
        assertThat(_find(PluginViewHost.class)).hasSize(1);
        assertThat(texts()).anyMatch(t -> t.startsWith("Rapportcijfers van kwartaal"));
    }

    @Test
    void baarnProfessionalSeesNoQuickscanAndIsRefusedOnTheDirectUrl() {
        login("wijkcoach.baarn");
        navigate(StartView.class);
        assertThat(menu()).noneMatch(t -> t.startsWith("Quickscan"));
        assertThat(_find(Div.class, s -> s.withClasses("rp-plugin-card"))).isEmpty();

        assertRefused("plugin/quickscan");
        assertRefused("plugin/quickscan/rapport");
        assertThat(_find(PluginViewHost.class)).isEmpty();
    }

    @Test
    void soestTeamLeaderFillsInTheQuickscan() {
        login("teamleider.soest");
        navigate(StartView.class);
        assertThat(menu()).contains("Quickscan", "Quickscan-rapport");
        UI.getCurrent().navigate("plugin/quickscan");
        assertThat(_find(PluginViewHost.class)).hasSize(1);
    }

    @Test
    void aPluginThatThrowsShowsErrorCardsIsMarkedFailedAndTheRestKeepsWorking() {
        login("admin");
        if (plugins.find("failing").isEmpty()) {
            plugins.install("plugin-test-failing.jar", TestPlugins.upload("test-failing"), null);
        }
        long amersfoort = context.getBean(RegionDirectory.class).municipalities().stream()
                .filter(m -> m.name().equals("Amersfoort"))
                .findFirst()
                .orElseThrow()
                .id();
        plugins.enable("failing", amersfoort);
        try {
            login("beheer.amersfoort");
            navigate(StartView.class);
            assertThat(_find(Div.class, s -> s.withClasses("rp-error-card")))
                    .as("widget error card")
                    .anySatisfy(card -> assertThat(card.getElement().getAttribute("data-plugin"))
                            .isEqualTo("failing"));
            assertThat(_find(Div.class, s -> s.withClasses("rp-plugin-card")))
                    .as("quickscan still there")
                    .isNotEmpty();

            UI.getCurrent().navigate("plugin/failing");
            assertThat(texts())
                    .anyMatch(t -> t.startsWith("Dit scherm van de plugin \"Foutplugin\" kon niet worden getoond."));

            login("admin");
            PluginRow row = plugins.find("failing").orElseThrow();
            assertThat(row.state()).isEqualTo(PluginRow.State.STARTED_WITH_ERRORS);
            assertThat(row.failedReasonKey()).isIn("plugins.failed.view", "plugins.failed.widget");

            // every other page still works
            login("beheer.amersfoort");
            navigate(PeopleView.class);
            UI.getCurrent().navigate("plugin/quickscan/rapport");
            assertThat(_find(PluginViewHost.class)).hasSize(1);
        } finally {
            login("admin");
            plugins.disable("failing", amersfoort);
        }
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
