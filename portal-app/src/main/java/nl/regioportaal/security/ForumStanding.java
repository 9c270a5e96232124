package nl.regioportaal.security;

/**
 * Where a user stands in a forum (or another body that meets), as the module that keeps the
 * membership knows it: the access policy decides what each standing may do. A guest is invited to
 * one meeting (or one section of it) and is never a member.
 */
public enum ForumStanding {
    NONE,
    GUEST,
    MEMBER,
    SECRETARY,
    CHAIR;

    /** Member in any role (chair and secretary included); not a guest. */
    public boolean isMember() {
        return this == MEMBER || this == SECRETARY || this == CHAIR;
    }
}
