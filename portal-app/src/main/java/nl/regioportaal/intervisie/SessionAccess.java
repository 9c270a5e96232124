package nl.regioportaal.intervisie;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PeerGroupStanding;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * The gate every session method passes: the session, the user and their standing in its group, or
 * a refusal when the user does not take part in the group (non-members, provider representatives,
 * managers; region-wide staff too: the cases are the group's).
 */
@Component
class SessionAccess {

    record Seat(PeerSession session, PortalUser user, PeerGroupStanding standing) {
        long groupId() {
            return session.getGroup().getId();
        }

        boolean holds(PeerRole role) {
            Long holder = session.holderOf(role);
            return holder != null && holder == user.personId();
        }
    }

    private final PeerSessionRepository sessions;
    private final PeerStandings standings;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;

    SessionAccess(
            PeerSessionRepository sessions,
            PeerStandings standings,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access) {
        this.sessions = sessions;
        this.standings = standings;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** The session, if the user takes part in its group; {@link NoSuchElementException} when there is none. */
    Seat seat(long sessionId) {
        PeerSession session = sessions.findById(sessionId).orElseThrow();
        return new Seat(
                session,
                requireTakesPart(session.getGroup().getId()),
                standings.inGroup(currentUser.require(), session.getGroup().getId()));
    }

    PortalUser requireTakesPart(long groupId) {
        PortalUser user = currentUser.require();
        access.require(access.mayTakePartInPeerGroup(user, standings.inGroup(user, groupId)), "not in this peer group");
        return user;
    }

    AccessPolicy policy() {
        return access;
    }

    SessionSummary summary(PeerSession s) {
        Map<PeerRole, Long> roles = s.roles();
        Map<Long, String> names = directory.people(List.copyOf(roles.values())).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName, (a, b) -> a));
        Map<PeerRole, String> roleNames = new EnumMap<>(PeerRole.class);
        roles.forEach((role, person) -> roleNames.put(role, names.getOrDefault(person, "?")));
        return new SessionSummary(
                s.getId(),
                s.getGroup().getId(),
                s.getGroup().getName(),
                s.getMethod().getNameNl(),
                s.getMethod().getId(),
                s.getMethod().getNumber(),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getPlace(),
                s.getStatus(),
                roleNames,
                roles,
                s.getMethod().isGroupChooses(),
                s.getVersion());
    }
}
