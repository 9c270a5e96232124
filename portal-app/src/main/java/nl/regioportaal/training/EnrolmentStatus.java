package nl.regioportaal.training;

/** ENROLLED has a seat, WAITING is on the waiting list; both are "open" (one per person and course). */
public enum EnrolmentStatus {
    ENROLLED,
    WAITING,
    CANCELLED,
    SESSION_CANCELLED,
    COMPLETED,
    NOT_COMPLETED;

    public boolean isOpen() {
        return this == ENROLLED || this == WAITING;
    }
}
