package nl.regioportaal.devagenda;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    /** Milestones not done whose date has passed (late), for the daily notice to followers. */
    List<Milestone> findByDoneOnIsNullAndDueBefore(LocalDate today);
}
