package nl.regioportaal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioportaal.shared.BaseEntity;

@Entity
@Table(name = "notification")
class Notification extends BaseEntity {

    @Column(name = "recipient_person_id", nullable = false)
    private long recipientPersonId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(long recipientPersonId, String kind, String subject, String body, String link, Instant createdAt) {
        this.recipientPersonId = recipientPersonId;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    long getRecipientPersonId() {
        return recipientPersonId;
    }

    String getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
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
