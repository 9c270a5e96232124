package nl.regioportaal.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.notify.NoticeArrivals;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell's count follows new notices without a reload: the arrival poll pushes to the open UI. */
class NotificationBellTest extends KaribuTest {

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    NoticeArrivals arrivals;

    @Autowired
    NotificationService notifications;

    @Test
    void theUnreadCountUpdatesWhenANoticeArrives() {
        PortalUser me = login("teamleider.soest");
        notifications.markAllRead();
        navigate(StartView.class);
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badge.isVisible()).isFalse();
        arrivals.poll(); // the node's poll has seen everything so far

        inFlight.send(me.personId(), "test.bell", "Nieuwe melding", "Voor de bel", null);
        assertThat(bell.badge.isVisible()).as("nothing pushed yet").isFalse();
        arrivals.poll();
        MockVaadin.runUIQueue();
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.badge.getText()).isEqualTo("1");
        assertThat(bell.button.getElement().getAttribute("aria-label")).isEqualTo("Meldingen, 1 ongelezen");
    }
}
