package nl.regioportaal.intervisie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseQuestionRepository extends JpaRepository<CaseQuestion, Long> {

    List<CaseQuestion> findBySessionIdOrderByIdAsc(long sessionId);

    List<CaseQuestion> findByAuthorPersonId(long personId);

    Optional<CaseQuestion> findBySessionIdAndAuthorPersonId(long sessionId, long personId);

    long deleteBySessionId(long sessionId);
}
