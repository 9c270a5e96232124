package nl.regioportaal.forum;

/** Where an action or commitment stands: open, done, or not done (closed with a note why). */
public enum FollowUpStatus {
    OPEN,
    DONE,
    NOT_DONE
}
