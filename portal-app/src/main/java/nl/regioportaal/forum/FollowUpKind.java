package nl.regioportaal.forum;

/** What the minutes ask someone to follow up: an action (our own task) or a commitment made to others (toezegging). */
public enum FollowUpKind {
    ACTION,
    COMMITMENT
}
