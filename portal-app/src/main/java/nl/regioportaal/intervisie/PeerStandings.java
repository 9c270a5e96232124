package nl.regioportaal.intervisie;

import nl.regioportaal.security.PeerGroupStanding;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Component;

/** Where the user stands in a peer group, from the module's own tables; the access policy decides the rest. */
@Component
class PeerStandings {

    private final PeerGroupMemberRepository members;
    private final PeerGroupRepository groups;

    PeerStandings(PeerGroupMemberRepository members, PeerGroupRepository groups) {
        this.members = members;
        this.groups = groups;
    }

    PeerGroupStanding inGroup(PortalUser user, long groupId) {
        if (members.findByGroupIdAndPersonId(groupId, user.personId()).isPresent()) {
            return PeerGroupStanding.MEMBER;
        }
        boolean facilitates = groups.findById(groupId)
                .map(g -> g.getFacilitation() == Facilitation.FIXED
                        && Long.valueOf(user.personId()).equals(g.getFacilitatorPersonId()))
                .orElse(false);
        return facilitates ? PeerGroupStanding.EXTERNAL_FACILITATOR : PeerGroupStanding.NONE;
    }
}
