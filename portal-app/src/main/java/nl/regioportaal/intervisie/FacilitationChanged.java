package nl.regioportaal.intervisie;

/**
 * The process supervisor changed who leads a group's sessions, or erasure (AVG) took its fixed
 * facilitator away; inside the module only, handled in the same transaction ({@link PeerSessionService}
 * gives the coming sessions their facilitator, and their calendar items to who starts or stops leading
 * them). {@code before} and {@code after} are the fixed facilitators, {@code null} for rotating;
 * {@code erased}: nothing is sent to the one before.
 */
record FacilitationChanged(long groupId, Long before, Long after, boolean erased) {}
