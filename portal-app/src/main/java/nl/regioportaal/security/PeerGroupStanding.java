package nl.regioportaal.security;

/**
 * Where a user stands in a peer-supervision group, as the intervisie module knows it: a member, or
 * the group's fixed facilitator from outside (a guest account that reaches only the groups it
 * facilitates). The access policy decides what each standing may do.
 */
public enum PeerGroupStanding {
    NONE,
    MEMBER,
    EXTERNAL_FACILITATOR;

    /** Takes part in the group's sessions (member or its facilitator). */
    public boolean takesPart() {
        return this != NONE;
    }
}
