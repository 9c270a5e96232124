package nl.regioportaal.notify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells open bells on this node that their person has new notices. Every node polls the notice table
 * every few seconds (one indexed {@code max(id)}; the recipients of new rows only when it moved), so
 * a notice recorded on another node reaches the bell within that time, without any messaging between
 * nodes. The bells then update through Vaadin server push.
 */
@Component
public class NoticeArrivals {

    /** Stops a subscription (when the bell leaves the page). */
    public interface Subscription {
        void cancel();
    }

    private final NotificationRepository notifications;
    private final Map<Long, Set<LongConsumer>> bells = new ConcurrentHashMap<>();
    private final AtomicLong lastSeen = new AtomicLong(-1);

    NoticeArrivals(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** {@code onUnread} gets the person's new unread count whenever notices arrive for them. */
    public Subscription subscribe(long personId, LongConsumer onUnread) {
        bells.computeIfAbsent(personId, id -> new CopyOnWriteArraySet<>()).add(onUnread);
        return () -> bells.computeIfPresent(personId, (id, set) -> {
            set.remove(onUnread);
            return set.isEmpty() ? null : set;
        });
    }

    @Scheduled(fixedDelayString = "${portal.notify.poll:PT3S}", initialDelayString = "PT5S")
    public void poll() {
        long max = notifications.maxId();
        long before = lastSeen.getAndSet(max);
        if (before < 0 || max <= before || bells.isEmpty()) {
            return;
        }
        List<Long> recipients = notifications.recipientsAfter(before);
        for (Long person : recipients) {
            Set<LongConsumer> open = bells.get(person);
            if (open != null) {
                long unread = notifications.countByRecipientPersonIdAndReadAtIsNull(person);
                open.forEach(bell -> bell.accept(unread));
            }
        }
    }
}
