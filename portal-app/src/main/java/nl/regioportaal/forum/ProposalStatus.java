package nl.regioportaal.forum;

/** A member's proposal for the agenda, as the chair triaged it. */
public enum ProposalStatus {
    PENDING,
    ACCEPTED,
    DEFERRED,
    DECLINED
}
