package nl.regioportaal.notify;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a notice once per delivery key, with its calendar item and, per the recipient's preference,
 * its mail (to send at once, or waiting for the digest). Runs after the publishing transaction
 * committed, in a transaction of its own: the notice row and its mail row commit together, so a mail
 * is only ever sent for a recorded key.
 */
@Component
class NoticeRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeRecorder.class);

    private final NotificationRepository notifications;
    private final MailDeliveryRepository mails;
    private final CalendarItems calendar;
    private final NotificationPreferences preferences;
    private final Recipients recipients;
    private final MailTransport transport;
    private final Clock clock;

    NoticeRecorder(
            NotificationRepository notifications,
            MailDeliveryRepository mails,
            CalendarItems calendar,
            NotificationPreferences preferences,
            Recipients recipients,
            MailTransport transport,
            Clock clock) {
        this.notifications = notifications;
        this.mails = mails;
        this.calendar = calendar;
        this.preferences = preferences;
        this.recipients = recipients;
        this.transport = transport;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isRecorded(String deliveryKey) {
        return notifications.existsByDeliveryKey(deliveryKey);
    }

    /**
     * In a transaction of its own, so that a unique-key clash with a concurrent recording of the same
     * key rolls back this attempt only and the listener can complete.
     *
     * @return false when the key was recorded before (a replayed or duplicate event), or the recipient
     *     is no longer active
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean record(NoticeEvent event) {
        if (notifications.existsByDeliveryKey(event.deliveryKey())) {
            LOG.debug("notice already recorded kind={}", event.kind());
            return false;
        }
        Optional<Recipients.Recipient> recipient = recipients.find(event.recipientPersonId());
        if (recipient.isEmpty() || !recipient.get().active()) {
            // left, or erased after the notice was published: erasure is not undone by a notice arriving late
            LOG.info(
                    "notice not recorded, recipient not active kind={} recipient={}",
                    event.kind(),
                    event.recipientPersonId());
            return false;
        }
        // a concurrent second recording of the same key fails on the unique key at the flush (the
        // listener then knows it is recorded)
        Notification notice = notifications.saveAndFlush(new Notification(event, clock.instant()));
        String ics = null;
        if (event.calendar() != null) {
            CalendarItem item = calendar.apply(event.recipientPersonId(), event.calendar());
            if (item != null) {
                String attendee = recipient.get().email();
                ics = IcsWriter.invitation(
                        item, transport.fromAddress(), attendee, transport.publicUrl(), clock.instant());
            }
        }
        Channel channel = preferences.channelOf(event.recipientPersonId(), event.kind());
        if (channel != Channel.IN_APP) {
            mails.save(new MailDelivery(
                    event.deliveryKey(),
                    MailTransport.messageId(event.deliveryKey()),
                    event.recipientPersonId(),
                    notice.getId(),
                    event.kind(),
                    channel == Channel.DIGEST ? MailStatus.DIGEST_WAITING : MailStatus.PENDING,
                    ics,
                    clock.instant()));
        }
        LOG.info("notice kind={} recipient={} channel={}", event.kind(), event.recipientPersonId(), channel);
        return true;
    }
}
