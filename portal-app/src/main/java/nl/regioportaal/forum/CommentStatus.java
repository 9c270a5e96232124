package nl.regioportaal.forum;

/** A comment or amendment on the minutes, as the chair answered it. */
public enum CommentStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED
}
