package nl.regioportaal.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, Long> {

    @Query("select c from Course c join fetch c.plan p where p.published = true order by c.title")
    List<Course> findPublished();

    @Query(
            "select c from Course c join fetch c.plan p where p.published = true and c.providerId = :providerId order by c.title")
    List<Course> findPublishedByProvider(long providerId);

    @Query(
            "select c from Course c join fetch c.plan p where p.published = true and c.mandatory = true order by c.title")
    List<Course> findPublishedMandatory();

    @Query("select c from Course c join fetch c.plan p order by p.year desc, c.title")
    List<Course> findAllWithPlan();

    boolean existsByPlanIdAndTitleIgnoreCaseAndIdNot(long planId, String title, long id);
}
