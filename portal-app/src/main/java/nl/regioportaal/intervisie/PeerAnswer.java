package nl.regioportaal.intervisie;

/** A member's answer to a session: I attend, I am absent (the rotation then passes them by). */
public enum PeerAnswer {
    ATTEND,
    ABSENT
}
