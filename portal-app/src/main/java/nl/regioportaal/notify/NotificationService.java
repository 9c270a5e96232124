package nl.regioportaal.notify;

import java.time.Clock;
import java.util.List;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notices, rendered in their own language. Notices are sent by publishing an event
 * ({@link Notices#publish}), never through this service.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final NoticeTexts texts;
    private final Recipients recipients;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            NoticeTexts texts,
            Recipients recipients,
            CurrentUser currentUser,
            AccessPolicy policy,
            Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notice> myNotices(int max) {
        PortalUser user = currentUser.require();
        return render(
                notifications.findByRecipientPersonIdOrderByCreatedAtDesc(user.personId(), PageRequest.ofSize(max)),
                user.personId());
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

    /** Marks one of my notices read (someone else's is refused). */
    public void markRead(long noticeId) {
        PortalUser user = currentUser.require();
        notifications
                .findById(noticeId)
                .filter(n -> n.getRecipientPersonId() == user.personId())
                .orElseThrow(() -> new AccessDeniedException("not your notice"))
                .markRead(clock.instant());
    }

    /**
     * For tests and audits of one person's notices of a kind (administrators, or the person), in the
     * person's language.
     */
    @Transactional(readOnly = true)
    public List<Notice> noticesOf(long personId, String kind) {
        PortalUser user = currentUser.require();
        policy.require(policy.mayReadNoticesOf(user, personId), "notices of someone else");
        return render(notifications.findByRecipientPersonIdAndKind(personId, kind), personId);
    }

    private List<Notice> render(List<Notification> list, long personId) {
        var locale = recipients.localeOf(personId);
        return list.stream().map(n -> texts.notice(n, locale)).toList();
    }
}
