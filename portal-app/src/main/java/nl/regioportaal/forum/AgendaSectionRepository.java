package nl.regioportaal.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaSectionRepository extends JpaRepository<AgendaSection, Long> {

    List<AgendaSection> findByMeetingIdOrderByPositionAsc(long meetingId);
}
