package nl.regioportaal.devagenda;

import java.time.LocalDate;

/** A milestone is done, not done yet, or late: not done after its date. */
public enum MilestoneState {
    DONE,
    OPEN,
    LATE;

    static MilestoneState of(LocalDate due, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return DONE;
        }
        return due.isBefore(today) ? LATE : OPEN;
    }
}
