package nl.regioportaal.intervisie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseVoteRepository extends JpaRepository<CaseVote, Long> {

    List<CaseVote> findBySessionId(long sessionId);

    long deleteByPersonId(long personId);

    Optional<CaseVote> findBySessionIdAndPersonId(long sessionId, long personId);

    long deleteBySessionId(long sessionId);
}
