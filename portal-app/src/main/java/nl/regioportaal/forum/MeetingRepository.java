package nl.regioportaal.forum;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByForumIdOrderByStartsAtAsc(long forumId);

    List<Meeting> findBySeriesIdOrderByStartsAtAsc(long seriesId);

    /** The forum's next meeting after this moment whose agenda is still open. */
    Optional<Meeting> findFirstByForumIdAndStartsAtAfterAndStatusInOrderByStartsAtAsc(
            long forumId, LocalDateTime after, Collection<MeetingStatus> statuses);

    List<Meeting> findByStatusAndStartsAtBetween(MeetingStatus status, LocalDateTime from, LocalDateTime to);

    /** Serialises agenda changes of one meeting (positions are renumbered as a whole). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> lockById(long id);
}
