package nl.regioportaal.devagenda;

/** What a timeline entry records. */
public enum TimelineKind {
    UPDATE,
    STATUS,
    PROPOSED,
    DECISION
}
