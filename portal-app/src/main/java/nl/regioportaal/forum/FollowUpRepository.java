package nl.regioportaal.forum;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByMeetingIdOrderByIdAsc(long meetingId);

    List<FollowUp> findByForumIdOrderByDueAsc(long forumId);

    List<FollowUp> findByOwnerPersonIdAndStatusOrderByDueAsc(long personId, FollowUpStatus status);

    List<FollowUp> findByStatusAndForumIdIn(FollowUpStatus status, Collection<Long> forumIds);
}
