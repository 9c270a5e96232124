package nl.regioportaal.forum;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findBySectionIdOrderByPositionAsc(long sectionId);

    List<AgendaItem> findByMeetingId(long meetingId);

    /** The forum's backlog: items on no agenda, oldest first. */
    List<AgendaItem> findByForumIdAndMeetingIsNullOrderByIdAsc(long forumId);

    /** Items of these forums whose title, explanation or minutes contain the pattern (search). */
    @Query("select i from AgendaItem i where i.forum.id in :forumIds and (lower(i.title) like :pattern"
            + " or lower(i.explanation) like :pattern or lower(i.minutesNotes) like :pattern) order by i.id desc")
    List<AgendaItem> findMatching(@Param("forumIds") Collection<Long> forumIds, @Param("pattern") String pattern);
}
