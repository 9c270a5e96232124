package nl.regioportaal.forum;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

    List<Decision> findByForumIdOrderByYearDescNumberDesc(long forumId);

    /** Decisions of the forum whose text contains every word (MariaDB full-text, boolean mode). */
    @Query(
            value = "select * from forum_decision where forum_id = :forumId"
                    + " and match(text) against (:words in boolean mode) order by year desc, number desc",
            nativeQuery = true)
    List<Decision> search(@Param("forumId") long forumId, @Param("words") String words);

    /**
     * Raises the forum's counter for the year (creating it at 1). The statement keeps the counter
     * row locked until the transaction ends, so a second secretary drawing at the same moment waits
     * and gets the next number.
     */
    @Modifying
    @Query(
            value = "insert into decision_counter (forum_id, year, last_number) values (:forumId, :year, 1)"
                    + " on duplicate key update last_number = last_number + 1",
            nativeQuery = true)
    void drawNumber(@Param("forumId") long forumId, @Param("year") int year);

    @Query(
            value = "select last_number from decision_counter where forum_id = :forumId and year = :year",
            nativeQuery = true)
    int lastNumber(@Param("forumId") long forumId, @Param("year") int year);

    /** Decisions of these forums whose text contains the pattern (search). */
    @Query("select d from Decision d where d.forum.id in :forumIds and lower(d.text) like :pattern"
            + " order by d.year desc, d.number desc")
    List<Decision> findMatching(@Param("forumIds") Collection<Long> forumIds, @Param("pattern") String pattern);
}
