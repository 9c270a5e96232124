package nl.regioportaal.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailDeliveryRepository extends JpaRepository<MailDelivery, Long> {

    boolean existsByDeliveryKey(String deliveryKey);

    List<MailDelivery> findByDeliveryKey(String deliveryKey);

    List<MailDelivery> findAllByOrderByIdDesc(Pageable pageable);

    List<MailDelivery> findByStatus(MailStatus status);

    List<MailDelivery> findByDigestId(long digestId);

    List<MailDelivery> findByRecipientPersonId(long personId);

    /** Erasure: in bulk, so a mail being sent at that moment cannot fail it on its version. */
    @Modifying
    @Query("delete from MailDelivery m where m.recipientPersonId = :personId")
    int deleteAllOf(long personId);

    List<MailDelivery> findByStatusAndCreatedAtBefore(MailStatus status, Instant before);

    @Query("select count(m) from MailDelivery m where m.status = :status")
    long countByStatus(MailStatus status);
}
