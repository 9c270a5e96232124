package nl.regioportaal.training;

/**
 * ENROLLED has a seat, WAITING is on the waiting list, AWAITING_APPROVAL holds a seat until the team
 * leader decides (or the hold runs out: EXPIRED; declined: DECLINED). The first three are "open"
 * (one per person and course).
 */
public enum EnrolmentStatus {
    ENROLLED,
    WAITING,
    AWAITING_APPROVAL,
    CANCELLED,
    SESSION_CANCELLED,
    COMPLETED,
    NOT_COMPLETED,
    DECLINED,
    EXPIRED;

    public boolean isOpen() {
        return this == ENROLLED || this == WAITING || this == AWAITING_APPROVAL;
    }

    /** Takes one of the session's seats (a request waiting for approval holds one). */
    public boolean holdsSeat() {
        return this == ENROLLED || this == AWAITING_APPROVAL;
    }
}
