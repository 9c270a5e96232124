package nl.regioportaal.region;

/** A general team serves all ages (0–100); a youth team only young people and families. */
public enum TeamKind {
    GENERAL,
    YOUTH
}
