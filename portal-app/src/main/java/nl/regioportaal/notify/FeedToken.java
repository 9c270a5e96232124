package nl.regioportaal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's calendar feed token, kept as its SHA-256 only. */
@Entity
@Table(name = "notify_feed_token")
class FeedToken {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FeedToken() {}

    FeedToken(long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    long getPersonId() {
        return personId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
