package nl.regioportaal.intervisie;

/** A session's life: planned, running (its phases timed), done; or cancelled before it began. */
public enum SessionStatus {
    PLANNED,
    RUNNING,
    DONE,
    CANCELLED
}
