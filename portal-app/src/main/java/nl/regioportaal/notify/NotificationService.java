package nl.regioportaal.notify;

import java.time.Clock;
import java.util.List;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one way the portal tells people something. Callers pass text already in the recipient's language. */
@Service
@Transactional
public class NotificationService {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications, CurrentUser currentUser, AccessPolicy policy, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Sends a notice. Any logged-in user's action or the system may cause one; the recipient alone
     * reads it. {@code kind} is a stable machine name (e.g. {@code training.enrolment-confirmed}).
     */
    public void send(long recipientPersonId, String kind, String subject, String body, String link) {
        currentUser.require();
        notifications.save(new Notification(
                recipientPersonId, kind, truncate(subject, 200), truncate(body, 2000), link, clock.instant()));
        LOG.info("notice kind={} recipient={}", kind, recipientPersonId);
    }

    @Transactional(readOnly = true)
    public List<Notice> myNotices(int max) {
        PortalUser user = currentUser.require();
        return notifications
                .findByRecipientPersonIdOrderByCreatedAtDesc(user.personId(), PageRequest.ofSize(max))
                .stream()
                .map(NotificationService::toNotice)
                .toList();
    }

    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return currentUser
                .get()
                .map(u -> notifications.countByRecipientPersonIdAndReadAtIsNull(u.personId()))
                .orElse(0L);
    }

    public void markAllRead() {
        PortalUser user = currentUser.require();
        notifications
                .findByRecipientPersonIdOrderByCreatedAtDesc(user.personId(), PageRequest.ofSize(500))
                .forEach(n -> n.markRead(clock.instant()));
    }

    /** For tests and audits of one person's notices of a kind (administrators, or the person). */
    @Transactional(readOnly = true)
    public List<Notice> noticesOf(long personId, String kind) {
        PortalUser user = currentUser.require();
        policy.require(policy.mayReadNoticesOf(user, personId), "notices of someone else");
        return notifications.findByRecipientPersonIdAndKind(personId, kind).stream()
                .map(NotificationService::toNotice)
                .toList();
    }

    private static Notice toNotice(Notification n) {
        return new Notice(
                n.getId(),
                n.getKind(),
                n.getSubject(),
                n.getBody(),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt() != null);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
