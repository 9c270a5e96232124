package nl.regioportaal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioportaal.shared.BaseEntity;

/** One mail in the delivery log: a notice mailed at once, a notice waiting for the digest, or a digest. */
@Entity
@Table(name = "notify_mail")
class MailDelivery extends BaseEntity {

    static final String DIGEST_KIND = "notify.digest";

    @Column(name = "delivery_key", nullable = false, length = 250)
    private String deliveryKey;

    @Column(name = "message_id", nullable = false, length = 300)
    private String messageId;

    @Column(name = "recipient_person_id", nullable = false)
    private long recipientPersonId;

    @Column(name = "notification_id")
    private Long notificationId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "recipient_address", length = 200)
    private String recipientAddress;

    @Column(length = 300)
    private String subject;

    @Column(columnDefinition = "mediumtext")
    private String ics;

    @Column(name = "digest_id")
    private Long digestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailDelivery() {}

    MailDelivery(
            String deliveryKey,
            String messageId,
            long recipientPersonId,
            Long notificationId,
            String kind,
            MailStatus status,
            String ics,
            Instant now) {
        this.deliveryKey = deliveryKey;
        this.messageId = messageId;
        this.recipientPersonId = recipientPersonId;
        this.notificationId = notificationId;
        this.kind = kind;
        this.status = status;
        this.ics = ics;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    String getDeliveryKey() {
        return deliveryKey;
    }

    String getMessageId() {
        return messageId;
    }

    long getRecipientPersonId() {
        return recipientPersonId;
    }

    Long getNotificationId() {
        return notificationId;
    }

    String getKind() {
        return kind;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    String getRecipientAddress() {
        return recipientAddress;
    }

    String getSubject() {
        return subject;
    }

    String getIcs() {
        return ics;
    }

    Long getDigestId() {
        return digestId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    void sent(String address, String subject, Instant when) {
        this.recipientAddress = address;
        this.subject = subject;
        this.status = MailStatus.SENT;
        this.sentAt = when;
        this.lastError = null;
        this.attempts++;
    }

    /** A failed try: again after the back-off, or FAILED after the last one. */
    void failed(String error, Instant retryAt, boolean last) {
        this.attempts++;
        this.lastError = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
        this.status = last ? MailStatus.FAILED : MailStatus.PENDING;
        this.nextAttemptAt = retryAt;
    }

    /** Nobody to send to (no address): recorded, not retried. */
    void undeliverable(String why) {
        this.status = MailStatus.FAILED;
        this.lastError = why;
    }

    void retry(Instant now) {
        this.status = MailStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    void inDigest(long digestId) {
        this.status = MailStatus.IN_DIGEST;
        this.digestId = digestId;
    }
}
