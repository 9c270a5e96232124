package nl.regioportaal.region;

/** Which cases a team takes: single and multi-problem (as in Amersfoort), or multi-problem only. */
public enum CaseloadScope {
    SINGLE_AND_MULTI,
    MULTI_ONLY
}
