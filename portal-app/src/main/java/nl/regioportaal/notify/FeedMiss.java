package nl.regioportaal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One request with a wrong feed token, per client address (counted across nodes). */
@Entity
@Table(name = "notify_feed_miss")
class FeedMiss {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(name = "missed_at", nullable = false)
    private Instant missedAt;

    protected FeedMiss() {}

    FeedMiss(String address, Instant missedAt) {
        this.address = address;
        this.missedAt = missedAt;
    }
}
