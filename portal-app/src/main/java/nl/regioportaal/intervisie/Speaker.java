package nl.regioportaal.intervisie;

/** Who speaks in a phase of a method. */
public enum Speaker {
    FACILITATOR,
    CASE_BRINGER,
    GROUP,
    GROUP_WITHOUT_CASE_BRINGER,
    EVERYONE
}
