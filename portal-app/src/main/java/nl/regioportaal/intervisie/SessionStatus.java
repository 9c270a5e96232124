package nl.regioportaal.intervisie;

/** A session's life: planned, running (its phases timed), done. */
public enum SessionStatus {
    PLANNED,
    RUNNING,
    DONE
}
