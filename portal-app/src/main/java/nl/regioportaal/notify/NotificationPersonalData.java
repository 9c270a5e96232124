package nl.regioportaal.notify;

import nl.regioportaal.shared.PersonalData;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Notices sent to a person are theirs: exported in full, deleted on erasure. */
@Component
class NotificationPersonalData implements PersonalData {

    private final NotificationRepository notifications;

    NotificationPersonalData(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long personId) {
        return notifications.findByRecipientPersonIdOrderByCreatedAtDesc(personId, PageRequest.ofSize(10_000)).stream()
                .map(n -> new Notice(
                        n.getId(),
                        n.getKind(),
                        n.getSubject(),
                        n.getBody(),
                        n.getLink(),
                        n.getCreatedAt(),
                        n.getReadAt() != null))
                .toList();
    }

    @Override
    public void erase(long personId) {
        notifications.deleteAll(
                notifications.findByRecipientPersonIdOrderByCreatedAtDesc(personId, PageRequest.ofSize(10_000)));
    }
}
