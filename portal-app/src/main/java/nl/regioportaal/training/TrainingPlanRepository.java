package nl.regioportaal.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long> {

    Optional<TrainingPlan> findByYear(int year);

    List<TrainingPlan> findAllByOrderByYearDesc();
}
