package nl.regioportaal.notify;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientPersonIdOrderByCreatedAtDesc(long personId, Pageable pageable);

    long countByRecipientPersonIdAndReadAtIsNull(long personId);

    List<Notification> findByRecipientPersonIdAndKind(long personId, String kind);
}
