package nl.regioportaal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Arrays;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every demo account logs in and sees its own side menu: what its role may use, nothing more. The demo
 * enables the quickscan plugin for Amersfoort and Soest (not Baarn): its entries appear only there.
 */
class MainLayoutTest extends KaribuTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "admin;                 Start,Scholing,Scholingsoverzicht,Sessiebeheer,Scholingsplan,Overleg,Intervisie,Ontwikkelagenda,Meldingen,Regio,Gemeenten,Teams,Medewerkers,Plugins,E-mail,Geplande taken,Audittrail",
                "beheer.amersfoort;     Start,Scholing,Overleg,Quickscan-rapport,Meldingen,Teams,Medewerkers,Plugins",
                "procesbegeleider;      Start,Scholing,Scholingsoverzicht,Sessiebeheer,Scholingsplan,Overleg,Intervisie,Ontwikkelagenda,Meldingen",
                "teamleider.soest;      Start,Scholing,Mijn scholing,Scholingsoverzicht,Overleg,Intervisie,Ontwikkelagenda,Quickscan,Quickscan-rapport,Meldingen",
                "wijkcoach.baarn;       Start,Scholing,Mijn scholing,Overleg,Intervisie,Meldingen",
                "manager.leusden;       Start,Scholing,Scholingsoverzicht,Overleg,Ontwikkelagenda,Meldingen",
                "aanbieder;             Start,Scholing,Overleg,Ontwikkelagenda,Meldingen",
                "aanbieder.mee;         Start,Scholing,Overleg,Ontwikkelagenda,Meldingen",
                "trainer;               Start,Scholing,Sessiebeheer,Overleg,Meldingen"
            })
    void eachDemoAccountSeesItsOwnMenu(String username, String expectedMenu) {
        login(username);
        navigate(StartView.class);
        List<String> labels =
                _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
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
            assertThat(_find(SideNavItem.class).stream()
                            .map(SideNavItem::getLabel)
                            .toList())
                    .containsExactly(
                            "Start",
                            "Training",
                            "Training overview",
                            "Meetings",
                            "Development agenda",
                            "Notifications");
        } finally {
            accountService.setPreferredLanguage("nl");
        }
    }

    @Test
    void theDrawersToggleLabelsSpeakTheUsersLanguage() {
        login("wijkcoach.baarn");
        navigate(StartView.class);
        assertThat(_get(SideNav.class).getI18n().getToggle()).isEqualTo("Onderliggende items tonen of verbergen");

        reopenUi();
        UI.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
        navigate(StartView.class);
        assertThat(_get(SideNav.class).getI18n().getToggle()).isEqualTo("Show or hide child items");
    }
}
