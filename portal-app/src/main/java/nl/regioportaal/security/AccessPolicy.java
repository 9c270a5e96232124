package nl.regioportaal.security;

import java.util.Collections;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see or act on what: every service asks here instead of
 * testing roles by hand, so a rule changes in one place and one table-driven test covers it.
 * <p>
 * Roles alone are for the routes; these methods combine the role with the object (the person,
 * team or municipality concerned). Region-wide staff (process supervisor, administrator) reach
 * everything; a municipality's staff reach their municipality; team leaders their teams; anyone
 * themselves. Provider representatives and trainers reach nobody else's data through these rules.
 */
@Component
public class AccessPolicy {

    /** Process supervisor or administrator: the whole region. */
    public boolean isRegionWide(PortalUser user) {
        return user.hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN);
    }

    /** Is the user a member of this team? */
    public boolean isMemberOf(PortalUser user, long teamId) {
        return user.teamIds().contains(teamId);
    }

    /** Team leader of one of the person's teams. */
    public boolean leadsTeamOf(PortalUser user, PersonScope person) {
        return user.hasRole(Role.TEAM_LEADER) && !Collections.disjoint(user.teamIds(), person.teamIds());
    }

    /**
     * May the user act for this person (enrol, cancel, send a reminder)? Themselves (staff with a
     * role, not a provider representative), a team leader for their team's members, region-wide
     * staff.
     */
    public boolean mayActFor(PortalUser user, PersonScope person) {
        if (isSelf(user, person)
                && !user.hasRole(Role.PROVIDER)
                && !user.roles().isEmpty()) {
            return true;
        }
        return isRegionWide(user) || leadsTeamOf(user, person);
    }

    /**
     * May the user read this person's work data (training record, actions)? Everyone who may act
     * for them, and the manager of the person's municipality.
     */
    public boolean maySeePerson(PortalUser user, PersonScope person) {
        return mayActFor(user, person) || managesMunicipality(user, person.municipalityId());
    }

    /** Manager of social teams of this municipality. */
    public boolean managesMunicipality(PortalUser user, Long municipalityId) {
        return user.hasRole(Role.MANAGER) && municipalityId != null && municipalityId.equals(user.municipalityId());
    }

    /** May the user administer this municipality (its teams, staff, plugins)? */
    public boolean mayAdministerMunicipality(PortalUser user, Long municipalityId) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return user.hasRole(Role.MUNICIPALITY_ADMIN)
                && municipalityId != null
                && municipalityId.equals(user.municipalityId());
    }

    /** May the user administer this person's staff record (edit, export, erase)? */
    public boolean mayAdministerPerson(PortalUser user, PersonScope person) {
        return mayAdministerMunicipality(user, person.municipalityId());
    }

    /** May the user see this team's overview (compliance and the like)? */
    public boolean maySeeTeam(PortalUser user, long teamId, Long teamMunicipalityId) {
        return switch (overviewScope(user)) {
            case UserScope.Region r -> true;
            case UserScope.Municipality m -> teamMunicipalityId != null && m.municipalityId() == teamMunicipalityId;
            case UserScope.Teams t -> t.teamIds().contains(teamId);
            case UserScope.Own o -> false;
        };
    }

    /** May the user see this municipality's overview? */
    public boolean maySeeMunicipality(PortalUser user, long municipalityId) {
        return switch (overviewScope(user)) {
            case UserScope.Region r -> true;
            case UserScope.Municipality m -> m.municipalityId() == municipalityId;
            case UserScope.Teams t -> false;
            case UserScope.Own o -> false;
        };
    }

    /** May the user run this session (record attendance)? Its trainer, or region-wide staff. */
    public boolean mayRunSession(PortalUser user, Long trainerPersonId) {
        return isRegionWide(user)
                || (user.hasRole(Role.TRAINER) && trainerPersonId != null && trainerPersonId == user.personId());
    }

    /**
     * The reach of the user's overviews: region-wide staff the region, a manager their
     * municipality, a team leader their teams, anyone else themselves.
     */
    public UserScope overviewScope(PortalUser user) {
        if (isRegionWide(user)) {
            return new UserScope.Region();
        }
        if (user.hasRole(Role.MANAGER) && user.municipalityId() != null) {
            return new UserScope.Municipality(user.municipalityId());
        }
        if (user.hasRole(Role.TEAM_LEADER) && !user.teamIds().isEmpty()) {
            return new UserScope.Teams(user.teamIds());
        }
        return new UserScope.Own(user.personId());
    }

    /** Throws {@link AccessDeniedException} (logged and shown as the Dutch refusal page) unless allowed. */
    public void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }

    private static boolean isSelf(PortalUser user, PersonScope person) {
        return user.personId() == person.personId();
    }
}
