package nl.regioportaal.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long> {

    Optional<TrainingPlan> findByYear(int year);

    List<TrainingPlan> findAllByOrderByYearDesc();
}
