package nl.regioportaal.intervisie;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findBySessionIdIn(Collection<Long> sessionIds);

    List<Evaluation> findBySessionId(long sessionId);

    List<Evaluation> findByPersonId(long personId);

    Optional<Evaluation> findBySessionIdAndPersonId(long sessionId, long personId);
}
