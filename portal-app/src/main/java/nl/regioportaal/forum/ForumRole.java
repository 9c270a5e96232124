package nl.regioportaal.forum;

/** A member's role in a forum. The adviser takes part without chairing (the process supervisor in the managers' forum). */
public enum ForumRole {
    CHAIR,
    SECRETARY,
    MEMBER,
    ADVISER
}
