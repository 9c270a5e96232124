package nl.regioportaal.intervisie;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurgeLogRepository extends JpaRepository<PurgeLog, Long> {

    List<PurgeLog> findBySessionId(long sessionId);
}
