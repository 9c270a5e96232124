package nl.regioportaal.base.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.regioportaal.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** Every demo account logs in and sees its own side menu: what its role may use, nothing more. */
class MainLayoutTest extends KaribuTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "admin;                 Start,Scholing,Scholingsoverzicht,Sessiebeheer,Scholingsplan,Meldingen,Gemeenten,Teams,Medewerkers",
            "beheer.amersfoort;     Start,Scholing,Meldingen,Teams,Medewerkers",
            "procesbegeleider;      Start,Scholing,Scholingsoverzicht,Sessiebeheer,Scholingsplan,Meldingen",
            "teamleider.soest;      Start,Scholing,Mijn scholing,Scholingsoverzicht,Meldingen",
            "wijkcoach.baarn;       Start,Scholing,Mijn scholing,Meldingen",
            "manager.leusden;       Start,Scholing,Scholingsoverzicht,Meldingen",
            "aanbieder;             Start,Scholing,Meldingen",
            "trainer;               Start,Scholing,Sessiebeheer,Meldingen"})
    void eachDemoAccountSeesItsOwnMenu(String username, String expectedMenu) {
        login(username);
        navigate(StartView.class);
        List<String> labels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactlyElementsOf(Arrays.asList(expectedMenu.split(",")));
    }
}
