package nl.regioportaal.intervisie;

/** The roles handed out per session by the rotation; one per person per session. */
public enum PeerRole {
    CASE_BRINGER,
    MINUTE_TAKER,
    FACILITATOR
}
