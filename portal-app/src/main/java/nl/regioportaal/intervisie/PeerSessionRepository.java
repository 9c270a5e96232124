package nl.regioportaal.intervisie;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeerSessionRepository extends JpaRepository<PeerSession, Long> {

    List<PeerSession> findByGroupIdOrderByStartsAtAsc(long groupId);

    List<PeerSession> findByGroupIdInAndEndsAtAfterOrderByStartsAtAsc(Collection<Long> groupIds, LocalDateTime after);

    List<PeerSession> findByPurgedAtIsNullAndEndsAtBefore(LocalDateTime before);
}
