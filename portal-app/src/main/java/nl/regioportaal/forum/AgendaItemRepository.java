package nl.regioportaal.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findBySectionIdOrderByPositionAsc(long sectionId);

    List<AgendaItem> findByMeetingId(long meetingId);

    /** The forum's backlog: items on no agenda, oldest first. */
    List<AgendaItem> findByForumIdAndMeetingIsNullOrderByIdAsc(long forumId);
}
