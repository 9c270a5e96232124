package nl.regioportaal.intervisie;

/**
 * A member joined or left a group after it was set up; inside the module only, handled in the same
 * transaction ({@link PeerSessionService} gives the coming sessions their roles and invitations).
 */
record MembershipChanged(long groupId, long personId, boolean joined) {}
