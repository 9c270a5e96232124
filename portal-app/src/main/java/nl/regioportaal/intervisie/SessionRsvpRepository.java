package nl.regioportaal.intervisie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRsvpRepository extends JpaRepository<SessionRsvp, Long> {

    List<SessionRsvp> findBySessionId(long sessionId);

    List<SessionRsvp> findByPersonId(long personId);

    Optional<SessionRsvp> findBySessionIdAndPersonId(long sessionId, long personId);
}
