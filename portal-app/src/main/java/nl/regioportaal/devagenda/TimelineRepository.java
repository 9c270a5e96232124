package nl.regioportaal.devagenda;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByInitiativeIdOrderByHappenedAtDescIdDesc(long initiativeId);

    List<TimelineEntry> findByInitiativeIdInAndHappenedAtGreaterThanEqualOrderByHappenedAtDesc(
            Collection<Long> initiativeIds, Instant since);

    List<TimelineEntry> findByAuthorPersonId(long personId);
}
