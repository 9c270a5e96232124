package nl.regioportaal.devagenda;

import java.util.List;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.InitiativeScope;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.UserProfileProvider;
import org.springframework.stereotype.Component;

/**
 * Following is checked again whenever it matters: a provider representative followed while the
 * initiative was shared with their organisation, and the owner may withdraw that share (or change the
 * co-owner) later. Whoever may no longer see the initiative hears nothing of it and stops following.
 */
@Component
class Followers {

    private final UserProfileProvider profiles;
    private final AccessPolicy access;

    Followers(UserProfileProvider profiles, AccessPolicy access) {
        this.profiles = profiles;
        this.access = access;
    }

    /** The followers who may see the initiative today, without the one who made the change (may be null). */
    List<Long> toTell(Initiative initiative, Long byPersonId) {
        InitiativeScope scope = initiative.scope();
        return initiative.getFollowers().stream()
                .filter(p -> !p.equals(byPersonId))
                .filter(p -> maySee(p, scope))
                .sorted()
                .toList();
    }

    /** Drops the followers who lost sight of the initiative through a change of sharing or co-owner. */
    void dropThoseWhoMayNoLongerSee(Initiative initiative) {
        InitiativeScope scope = initiative.scope();
        initiative.getFollowers().removeIf(p -> !maySee(p, scope));
    }

    private boolean maySee(long personId, InitiativeScope scope) {
        // the person's rights as they are now, not as they were when they clicked "Volgen"
        return profiles.profileOf(personId)
                .map(profile -> access.maySeeInitiative(new PortalUser(0, "", "", false, profile), scope))
                .orElse(false);
    }
}
