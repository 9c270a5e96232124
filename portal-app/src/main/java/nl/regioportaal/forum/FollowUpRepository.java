package nl.regioportaal.forum;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByMeetingIdOrderByIdAsc(long meetingId);

    List<FollowUp> findByForumIdOrderByDueAsc(long forumId);

    List<FollowUp> findByOwnerPersonIdOrderByDueAsc(long personId);

    List<FollowUp> findByOwnerPersonIdAndStatusOrderByDueAsc(long personId, FollowUpStatus status);

    List<FollowUp> findByStatusAndForumIdIn(FollowUpStatus status, Collection<Long> forumIds);

    /** Actions and commitments of these forums whose description contains the pattern (search). */
    @Query("select f from FollowUp f where f.forum.id in :forumIds and lower(f.description) like :pattern"
            + " order by f.due desc")
    List<FollowUp> findMatching(@Param("forumIds") Collection<Long> forumIds, @Param("pattern") String pattern);
}
