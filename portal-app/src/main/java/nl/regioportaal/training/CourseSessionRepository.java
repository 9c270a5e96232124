package nl.regioportaal.training;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

    /** SELECT ... FOR UPDATE: every change to a session's seats is made while holding this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CourseSession s where s.id = :id")
    Optional<CourseSession> lockById(@Param("id") long id);

    @Query("select s from CourseSession s join fetch s.course where s.course.id = :courseId order by s.startsAt")
    List<CourseSession> findByCourse(@Param("courseId") long courseId);

    @Query(
            "select s from CourseSession s join fetch s.course c join fetch c.plan p where p.published = true and s.cancelled = false and s.startsAt >= :from order by s.startsAt")
    List<CourseSession> findUpcomingPublished(@Param("from") LocalDateTime from);

    @Query("select s from CourseSession s join fetch s.course where s.startsAt >= :from order by s.startsAt")
    List<CourseSession> findFrom(@Param("from") LocalDateTime from);

    @Query("select s from CourseSession s join fetch s.course where s.trainerPersonId = :trainer order by s.startsAt")
    List<CourseSession> findByTrainer(@Param("trainer") long trainerPersonId);

    @Query(
            "select s.id from CourseSession s where s.quotaReleased = false and s.cancelled = false and s.startsAt > :now")
    List<Long> findUnreleasedFuture(@Param("now") LocalDateTime now);

    @Query(
            "select s from CourseSession s join fetch s.course where s.cancelled = false and s.startsAt > :from and s.startsAt <= :to")
    List<CourseSession> findStartingBetween(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}
