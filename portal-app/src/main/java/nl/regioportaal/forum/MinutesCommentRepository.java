package nl.regioportaal.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesCommentRepository extends JpaRepository<MinutesComment, Long> {

    List<MinutesComment> findByMeetingIdOrderByCreatedAtAsc(long meetingId);

    List<MinutesComment> findByPersonIdOrderByCreatedAtAsc(long personId);

    boolean existsByMeetingIdAndStatus(long meetingId, CommentStatus status);
}
