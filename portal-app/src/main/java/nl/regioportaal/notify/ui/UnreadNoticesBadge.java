package nl.regioportaal.notify.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import nl.regioportaal.base.ui.MenuBadge;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.security.PortalUser;

/** The unread count beside "Meldingen" in the menu, as on the bell. */
@SpringComponent
class UnreadNoticesBadge implements MenuBadge {

    private final NotificationService notifications;

    UnreadNoticesBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String path() {
        return "meldingen";
    }

    @Override
    public long count(PortalUser user) {
        return notifications.myUnreadCount();
    }
}
