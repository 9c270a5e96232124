package nl.regioportaal.notify;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedMissRepository extends JpaRepository<FeedMiss, Long> {

    long countByAddressAndMissedAtAfter(String address, Instant after);

    @Modifying
    @Query("delete from FeedMiss m where m.missedAt < :before")
    int deleteOlderThan(Instant before);
}
