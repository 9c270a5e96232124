package nl.regioportaal.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CompletionRepository extends JpaRepository<Completion, Long> {

    @Query(
            "select c from Completion c join fetch c.course where c.personId = :personId order by c.completedOn desc, c.id desc")
    List<Completion> findByPerson(@Param("personId") long personId);

    /** All completions of these people; callers keep the latest per course. */
    @Query(
            "select c.personId, c.course.id, c.completedOn, c.validUntil from Completion c where c.personId in :personIds")
    List<Object[]> factsOf(@Param("personIds") Collection<Long> personIds);

    Optional<Completion> findByEnrolmentId(Long enrolmentId);

    @Query(
            "select c from Completion c where c.personId = :personId and c.course.id = :courseId order by c.completedOn desc, c.id desc limit 1")
    List<Completion> latestOf(@Param("personId") long personId, @Param("courseId") long courseId);
}
