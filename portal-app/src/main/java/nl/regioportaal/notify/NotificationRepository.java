package nl.regioportaal.notify;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientPersonIdOrderByCreatedAtDesc(long personId, Pageable pageable);

    long countByRecipientPersonIdAndReadAtIsNull(long personId);

    List<Notification> findByRecipientPersonIdAndKind(long personId, String kind);
}
