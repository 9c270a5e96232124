package nl.regioportaal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import nl.regioportaal.shared.BaseEntity;

/**
 * One notice for one person: kind, text key and parameters, never the rendered text (rows from
 * before V26 keep their pre-rendered Dutch subject and body, shown as they are).
 */
@Entity
@Table(name = "notification")
class Notification extends BaseEntity {

    @Column(name = "recipient_person_id", nullable = false)
    private long recipientPersonId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(name = "text_key", length = 200)
    private String textKey;

    @Column(length = 2000)
    @Convert(converter = TextListConverter.class)
    private List<String> params;

    @Column(name = "delivery_key", length = 250)
    private String deliveryKey;

    @Column(length = 200)
    private String subject;

    @Column(length = 2000)
    private String body;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(NoticeEvent event, Instant createdAt) {
        this.recipientPersonId = event.recipientPersonId();
        this.kind = event.kind();
        this.textKey = event.textKey();
        this.params = List.copyOf(event.params());
        this.deliveryKey = event.deliveryKey();
        this.link = event.link();
        this.createdAt = createdAt;
    }

    long getRecipientPersonId() {
        return recipientPersonId;
    }

    String getKind() {
        return kind;
    }

    String getTextKey() {
        return textKey;
    }

    List<String> getParams() {
        return params == null ? List.of() : params;
    }

    String getDeliveryKey() {
        return deliveryKey;
    }

    /** Pre-rendered subject of a notice from before V26, or null. */
    String getLegacySubject() {
        return subject;
    }

    String getLegacyBody() {
        return body;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }
}
