package nl.regioportaal.notify.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import nl.regioportaal.base.ui.HeaderContributor;
import nl.regioportaal.notify.NoticeArrivals;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.security.PortalUser;

/** Puts the bell in the shell's header. */
@SpringComponent
class NotifyShellParts implements HeaderContributor {

    private final NotificationService notifications;
    private final NoticeArrivals arrivals;

    NotifyShellParts(NotificationService notifications, NoticeArrivals arrivals) {
        this.notifications = notifications;
        this.arrivals = arrivals;
    }

    @Override
    public Component create(PortalUser user) {
        return new NotificationBell(user, notifications, arrivals);
    }
}
