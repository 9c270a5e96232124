package nl.regioportaal.intervisie;

/**
 * A member joined or left a group after it was set up; inside the module only, handled in the same
 * transaction ({@link PeerSessionService} gives the coming sessions their roles and invitations).
 * {@code erased}: the person left because their data were erased (AVG), so nothing is sent to them.
 */
record MembershipChanged(long groupId, long personId, boolean joined, boolean erased) {

    static MembershipChanged joined(long groupId, long personId) {
        return new MembershipChanged(groupId, personId, true, false);
    }

    static MembershipChanged left(long groupId, long personId) {
        return new MembershipChanged(groupId, personId, false, false);
    }
}
