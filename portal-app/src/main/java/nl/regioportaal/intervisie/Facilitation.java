package nl.regioportaal.intervisie;

/** Who leads a group's sessions: the members in turn, or one named facilitator (who may come from outside). */
public enum Facilitation {
    ROTATING,
    FIXED
}
