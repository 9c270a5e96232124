package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CompletionRepository extends JpaRepository<Completion, Long> {

    /** One completion, without its entity: who, which course, when, valid until when. */
    interface CompletionFacts {
        long getPersonId();

        long getCourseId();

        LocalDate getCompletedOn();

        LocalDate getValidUntil();
    }

    @Query(
            "select c from Completion c join fetch c.course where c.personId = :personId order by c.completedOn desc, c.id desc")
    List<Completion> findByPerson(@Param("personId") long personId);

    /** All completions of these people; callers keep the latest per course. */
    @Query(
            "select c.personId as personId, c.course.id as courseId, c.completedOn as completedOn, c.validUntil as validUntil "
                    + "from Completion c where c.personId in :personIds")
    List<CompletionFacts> factsOf(@Param("personIds") Collection<Long> personIds);

    Optional<Completion> findByEnrolmentId(Long enrolmentId);

    @Query("select c from Completion c join fetch c.course where c.certificateCode = :code")
    Optional<Completion> findByCertificateCode(@Param("code") String code);

    @Query(
            "select c from Completion c where c.personId = :personId and c.course.id = :courseId order by c.completedOn desc, c.id desc limit 1")
    List<Completion> latestOf(@Param("personId") long personId, @Param("courseId") long courseId);
}
