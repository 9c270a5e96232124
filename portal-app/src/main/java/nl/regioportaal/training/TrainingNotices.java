package nl.regioportaal.training;

import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The training notices, in Dutch (the portal's first language; a person's language choice is not
 * known here). All go through the notification service.
 */
@Component
class TrainingNotices {

    static final String LINK_MINE = "scholing/mijn";

    private final NotificationService notifications;

    TrainingNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Sends notice {@code kind}: subject {@code training.notice.<kind>.subject}, body {@code ...body}, both with the parameters. */
    void send(long personId, String kind, String link, Object... params) {
        String subject =
                PortalI18NProvider.translate("training.notice." + kind + ".subject", PortalI18NProvider.DUTCH, params);
        String body =
                PortalI18NProvider.translate("training.notice." + kind + ".body", PortalI18NProvider.DUTCH, params);
        notifications.send(personId, "training." + kind, subject, body, link);
    }
}
