package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeerSupervisionHoursRepository extends JpaRepository<PeerSupervisionHours, Long> {

    boolean existsByPersonIdAndSourceRef(long personId, String sourceRef);

    List<PeerSupervisionHours> findByPersonIdAndDayBetween(long personId, LocalDate from, LocalDate to);

    List<PeerSupervisionHours> findByPersonIdInAndDayBetween(Collection<Long> personIds, LocalDate from, LocalDate to);
}
