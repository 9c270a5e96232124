package nl.regioportaal.devagenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells followers of each milestone that became late; the delivery key makes it once per milestone and date. */
@Component
class LateMilestones {

    private final MilestoneRepository milestones;
    private final AgendaNotices notices;
    private final Clock clock;

    LateMilestones(MilestoneRepository milestones, AgendaNotices notices, Clock clock) {
        this.milestones = milestones;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    int tellFollowers() {
        List<Milestone> late = milestones.findByDoneOnIsNullAndDueBefore(LocalDate.now(clock));
        late.forEach(notices::milestoneLate);
        return late.size();
    }
}
