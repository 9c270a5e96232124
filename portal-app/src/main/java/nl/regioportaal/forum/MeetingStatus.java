package nl.regioportaal.forum;

/**
 * A meeting's life cycle: draft → agenda published → in progress → held → minutes in review →
 * minutes approved (read-only from then on). A cancelled meeting stays visible as cancelled.
 */
public enum MeetingStatus {
    DRAFT,
    PUBLISHED,
    IN_PROGRESS,
    HELD,
    IN_REVIEW,
    APPROVED,
    CANCELLED;

    /** Is the agenda still being prepared or published, i.e. may items be added, moved or changed? */
    public boolean agendaOpen() {
        return this == DRAFT || this == PUBLISHED;
    }
}
