package nl.regioportaal.notify;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarItemRepository extends JpaRepository<CalendarItem, Long> {

    Optional<CalendarItem> findByItemRefAndPersonId(String itemRef, long personId);

    List<CalendarItem> findByPersonIdOrderByIdAsc(long personId);

    void deleteByPersonId(long personId);
}
