package nl.regioportaal.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    NotificationService notifications;

    @Test
    void showsMyNoticesAndMarksThemRead() {
        PortalUser me = login("manager.leusden");
        inFlight.send(me.personId(), "test.view", "Kwartaalrapportage klaar", "De rapportage staat klaar.", null);
        NotificationsView view = navigate(NotificationsView.class);
        assertThat(GridKt._fetch(view.grid, 0, 50)).extracting(Notice::subject).contains("Kwartaalrapportage klaar");

        _click(_get(Button.class, s -> s.withText("Alles als gelezen markeren")));
        assertThat(GridKt._fetch(view.grid, 0, 50)).allMatch(Notice::read);
    }

    @Test
    void theMenuShowsTheUnreadCountAndTheListTheWholeText() {
        PortalUser me = login("wijkcoach.baarn");
        String body = "Een lange melding. ".repeat(30).strip();
        inFlight.send(me.personId(), "test.view", "Lange melding", body, null);
        long unread = notifications.myUnreadCount();
        assertThat(unread).isPositive();

        NotificationsView view = navigate(NotificationsView.class);
        assertThat(meldingen().getSuffixComponent())
                .isInstanceOfSatisfying(
                        Span.class, badge -> assertThat(badge.getText()).isEqualTo(String.valueOf(unread)));
        assertThat(view.grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(GridKt._fetch(view.grid, 0, 50)).extracting(Notice::body).contains(body);

        _click(_get(Button.class, s -> s.withText("Alles als gelezen markeren")));
        navigate(NotificationsView.class);
        assertThat(meldingen().getSuffixComponent())
                .as("no count when all is read")
                .isNull();
    }

    private static SideNavItem meldingen() {
        return _find(SideNavItem.class).stream()
                .filter(i -> "Meldingen".equals(i.getLabel()))
                .findFirst()
                .orElseThrow();
    }
}
