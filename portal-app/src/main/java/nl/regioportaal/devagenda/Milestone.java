package nl.regioportaal.devagenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.regioportaal.shared.BaseEntity;

@Entity
@Table(name = "devagenda_milestone")
class Milestone extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {}

    Milestone(Initiative initiative, String title, LocalDate due) {
        this.initiative = initiative;
        this.title = title;
        this.due = due;
    }

    Initiative getInitiative() {
        return initiative;
    }

    String getTitle() {
        return title;
    }

    LocalDate getDue() {
        return due;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    MilestoneState state(LocalDate today) {
        return MilestoneState.of(due, doneOn, today);
    }
}
