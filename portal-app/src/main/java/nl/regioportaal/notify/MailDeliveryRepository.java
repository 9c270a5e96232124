package nl.regioportaal.notify;

import java.time.Instant;
import java.util.Collection;
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

    /** Erasure, step one: which rows (read without locks). */
    @Query("select m.id from MailDelivery m where m.recipientPersonId = :personId")
    List<Long> idsOf(long personId);

    /**
     * Erasure, step two: in bulk by primary key, so a mail being sent at that moment cannot fail it on
     * its version, and the delete takes only the rows' own locks: deleting through the recipient index
     * while the outbox locks a batch through the status index could deadlock.
     */
    @Modifying
    @Query("delete from MailDelivery m where m.id in :ids")
    int deleteRows(Collection<Long> ids);

    List<MailDelivery> findByStatusAndCreatedAtBefore(MailStatus status, Instant before);

    @Query("select count(m) from MailDelivery m where m.status = :status")
    long countByStatus(MailStatus status);
}
