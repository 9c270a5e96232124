package nl.regioportaal.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientPersonIdOrderByCreatedAtDesc(long personId, Pageable pageable);

    long countByRecipientPersonIdAndReadAtIsNull(long personId);

    List<Notification> findByRecipientPersonIdAndKind(long personId, String kind);

    boolean existsByDeliveryKey(String deliveryKey);

    List<Notification> findByRecipientPersonIdAndCreatedAtBetween(long personId, Instant from, Instant to);

    @Query("select coalesce(max(n.id), 0) from Notification n")
    long maxId();

    @Query("select distinct n.recipientPersonId from Notification n where n.id > :after")
    List<Long> recipientsAfter(long after);

    @Modifying
    @Query("delete from Notification n where n.recipientPersonId = :personId")
    int deleteAllOf(long personId);
}
