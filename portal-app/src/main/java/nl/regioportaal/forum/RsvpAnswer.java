package nl.regioportaal.forum;

/** A member's or guest's answer to a meeting invitation. */
public enum RsvpAnswer {
    ATTEND,
    ABSENT
}
