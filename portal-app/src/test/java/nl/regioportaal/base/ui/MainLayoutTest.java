package nl.regioportaal.base.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo account logs in and sees its own side menu: what its role may use, nothing more. The demo
 * enables the quickscan plugin for Amersfoort and Soest (not Baarn): its entries appear only there.
 */
class MainLayoutTest extends KaribuTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "admin;                 Start,Meldingen,Gemeenten,Teams,Medewerkers,Plugins",
            "beheer.amersfoort;     Start,Quickscan-rapport,Meldingen,Teams,Medewerkers,Plugins",
            "procesbegeleider;      Start,Meldingen",
            "teamleider.soest;      Start,Quickscan,Quickscan-rapport,Meldingen",
            "wijkcoach.baarn;       Start,Meldingen",
            "manager.leusden;       Start,Meldingen",
            "aanbieder;             Start,Meldingen",
            "trainer;               Start,Meldingen"})
    void eachDemoAccountSeesItsOwnMenu(String username, String expectedMenu) {
        login(username);
        navigate(StartView.class);
        List<String> labels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactlyElementsOf(Arrays.asList(expectedMenu.split(",")));
    }

    @Autowired
    AccountService accountService;

    @Test
    void choosingEnglishIsRememberedOnTheAccountAndAppliedAtTheNextPage() {
        login("manager.leusden");
        navigate(StartView.class);
        try {
            ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "English");
            assertThat(accountService.preferredLanguage()).contains("en");

            reopenUi();
            navigate(StartView.class);
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                    .containsExactly("Start", "Notifications");
        } finally {
            accountService.setPreferredLanguage("nl");
        }
    }
}
