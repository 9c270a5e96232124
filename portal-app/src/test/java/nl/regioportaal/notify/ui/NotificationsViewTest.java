package nl.regioportaal.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    NoticesInFlight inFlight;

    @Test
    void showsMyNoticesAndMarksThemRead() {
        PortalUser me = login("manager.leusden");
        inFlight.send(me.personId(), "test.view", "Kwartaalrapportage klaar", "De rapportage staat klaar.", null);
        NotificationsView view = navigate(NotificationsView.class);
        assertThat(GridKt._fetch(view.grid, 0, 50)).extracting(Notice::subject).contains("Kwartaalrapportage klaar");

        _click(_get(Button.class, s -> s.withText("Alles als gelezen markeren")));
        assertThat(GridKt._fetch(view.grid, 0, 50)).allMatch(Notice::read);
    }
}
