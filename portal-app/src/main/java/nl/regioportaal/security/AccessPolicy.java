package nl.regioportaal.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see or act on what: every service asks here instead of
 * testing roles by hand, so a rule changes in one place and one table-driven test
 * ({@code AccessPolicyTest}) covers it.
 * <p>
 * <b>Two kinds of check, two places.</b> "May this role call this at all?" is a role-only check:
 * it mirrors the route's {@code @RolesAllowed} and stays {@link CurrentUser#requireAnyRole} at the
 * top of the service method. "May this user do it to <em>this</em> person, team, municipality,
 * session or notice?" combines the role with the object and is always a method here, used as
 * {@code policy.require(policy.mayX(user, object), "why")}. Services and views outside
 * {@code security} do not test {@link PortalUser#hasRole} to decide about an object.
 * <p>
 * <b>The rules.</b> Region-wide staff (process supervisor, administrator) reach everything; a
 * municipality's manager reads their municipality, its administrator administers it; team leaders
 * reach their teams; anyone reaches themselves. Provider representatives and trainers reach nobody
 * else's data through these rules (a trainer only their own sessions). Only the administrator
 * hands out region-wide roles and reads someone else's notices.
 * <p>
 * The objects come in as plain values ({@link PersonScope}, ids), built by the module that owns
 * them, so that {@code security} knows nothing of the region model.
 * <p>
 * A few lines over the 400-line rule on purpose (allow-listed in SourceRulesTest): it is the one policy
 * every route and service asks, each rule a few lines, kept side by side so that who may do what reads
 * in one place and is tested as one table ({@code AccessPolicyTest}). Split per module it would become
 * the scattered checks it replaced.
 */
@Component
public class AccessPolicy {

    /** Roles a municipality administrator may hand out; region-wide roles stay with administrators. */
    public static final Set<Role> MUNICIPAL_ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEADER, Role.MANAGER, Role.MUNICIPALITY_ADMIN));

    // ---- who the user is ---------------------------------------------------------------------------

    /** Process supervisor or administrator: the whole region. */
    public boolean isRegionWide(PortalUser user) {
        return user.hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN);
    }

    /** Is this person the user themselves? */
    public boolean isSelf(PortalUser user, long personId) {
        return user.personId() == personId;
    }

    /** Is the user a member of this team? */
    public boolean isMemberOf(PortalUser user, long teamId) {
        return user.teamIds().contains(teamId);
    }

    /** Does the user work for this municipality (e.g. a plugin enabled there is theirs)? */
    public boolean isOfMunicipality(PortalUser user, Long municipalityId) {
        return municipalityId != null && municipalityId.equals(user.municipalityId());
    }

    /**
     * Does the user belong to this provider organisation? Membership only, whatever the role: a
     * professional employed by a provider belongs to it too. For "speaks for the provider" (what is
     * shared with providers) use {@link #representsProvider}.
     */
    public boolean isOfProvider(PortalUser user, Long providerId) {
        return providerId != null && providerId.equals(user.providerId());
    }

    /** Provider representative of this provider organisation. */
    public boolean representsProvider(PortalUser user, Long providerId) {
        return user.hasRole(Role.PROVIDER) && isOfProvider(user, providerId);
    }

    /** Team leader of one of the person's teams. */
    public boolean leadsTeamOf(PortalUser user, PersonScope person) {
        return user.hasRole(Role.TEAM_LEADER) && !Collections.disjoint(user.teamIds(), person.teamIds());
    }

    /** Manager of social teams of this municipality. */
    public boolean managesMunicipality(PortalUser user, Long municipalityId) {
        return user.hasRole(Role.MANAGER) && isOfMunicipality(user, municipalityId);
    }

    // ---- people ------------------------------------------------------------------------------------

    /**
     * May the user act for this person (enrol, cancel, send a reminder)? Themselves (staff with a
     * role, not a provider representative), a team leader for their team's members, region-wide
     * staff.
     */
    public boolean mayActFor(PortalUser user, PersonScope person) {
        if (isSelf(user, person.personId())
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

    /**
     * May the user read this person's certificates? The person (whatever their role: it is their
     * own proof) and region-wide staff; a team leader or manager sees the status, not the document.
     */
    public boolean maySeeCertificatesOf(PortalUser user, long personId) {
        return isSelf(user, personId) || isRegionWide(user);
    }

    /**
     * May the user administer this person's staff record: open it, and export or erase it? The
     * administrator, and the administrator of the person's municipality. To change the record or
     * their login, use {@link #mayEditPerson}, which also looks at the roles they hold.
     */
    public boolean mayAdministerPerson(PortalUser user, PersonScope person) {
        return mayAdministerMunicipality(user, person.municipalityId());
    }

    /**
     * May the user change this person's record or create their login? An administrator of the
     * person who may also hand out every role the person holds: a municipality administrator does
     * not manage a holder of a region-wide role (they could otherwise set that person's password).
     */
    public boolean mayEditPerson(PortalUser user, PersonScope person, Collection<Role> heldRoles) {
        return mayAdministerPerson(user, person) && mayAssignRoles(user, heldRoles);
    }

    /** AVG export of everything the portal keeps about a person: the person, or their administrator. */
    public boolean mayExportPersonalData(PortalUser user, PersonScope person) {
        return isSelf(user, person.personId()) || mayAdministerPerson(user, person);
    }

    /** AVG erasure takes the person's roles and login away: it asks what {@link #mayChangeAccessOf} asks. */
    public boolean mayErasePersonalData(PortalUser user, PersonScope person, Collection<Role> heldRoles) {
        return mayChangeAccessOf(user, person, heldRoles);
    }

    /**
     * May the user change this person's roles or whether they are active? Whoever may change the
     * record, except on their own: a municipality administrator would otherwise make themselves a
     * manager, and anyone could lock themselves out; another administrator does it.
     */
    public boolean mayChangeAccessOf(PortalUser user, PersonScope person, Collection<Role> heldRoles) {
        return mayEditPerson(user, person, heldRoles) && !isSelf(user, person.personId());
    }

    /** May the user read this person's notices? The recipient, and the administrator (audits). */
    public boolean mayReadNoticesOf(PortalUser user, long personId) {
        return isSelf(user, personId) || user.hasRole(Role.ADMIN);
    }

    // ---- roles -------------------------------------------------------------------------------------

    /** May the user hand out this role? Administrators any; a municipality administrator the municipal roles. */
    public boolean mayAssignRole(PortalUser user, Role role) {
        return user.hasRole(Role.ADMIN) || (user.hasRole(Role.MUNICIPALITY_ADMIN) && MUNICIPAL_ROLES.contains(role));
    }

    /** May the user hand out every one of these roles? */
    public boolean mayAssignRoles(PortalUser user, Collection<Role> roles) {
        return roles.stream().allMatch(r -> mayAssignRole(user, r));
    }

    /** The roles the user may hand out, for the choices in a form. */
    public Set<Role> assignableRoles(PortalUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (mayAssignRole(user, role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    // ---- teams and municipalities ------------------------------------------------------------------

    /** May the user administer this municipality (its teams, staff, plugins)? */
    public boolean mayAdministerMunicipality(PortalUser user, Long municipalityId) {
        return switch (administrationScope(user)) {
            case UserScope.Region r -> true;
            case UserScope.Municipality m -> municipalityId != null && m.municipalityId() == municipalityId;
            case UserScope.Teams t -> false;
            case UserScope.Own o -> false;
        };
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

    // ---- sessions ----------------------------------------------------------------------------------

    /** May the user run this session (record attendance)? Its trainer, or region-wide staff. */
    public boolean mayRunSession(PortalUser user, Long trainerPersonId) {
        return isRegionWide(user)
                || (user.hasRole(Role.TRAINER) && trainerPersonId != null && isSelf(user, trainerPersonId));
    }

    // ---- forums ------------------------------------------------------------------------------------

    /** May the user create forums? Region-wide staff (the process supervisor chairs the forums). */
    public boolean mayCreateForums(PortalUser user) {
        return isRegionWide(user);
    }

    /** May the user manage this forum: its members, series, agenda, proposals, publishing? Its chair or region-wide staff. */
    public boolean mayChairForum(PortalUser user, ForumStanding standing) {
        return isRegionWide(user) || standing == ForumStanding.CHAIR;
    }

    /** May the user read the whole forum, confidential items included? Its members and region-wide staff. */
    public boolean mayReadForum(PortalUser user, ForumStanding standing) {
        return isRegionWide(user) || standing.isMember();
    }

    /** May the user propose items for this forum's meetings? Its members (not guests). */
    public boolean mayProposeInForum(PortalUser user, ForumStanding standing) {
        return mayReadForum(user, standing);
    }

    /** May the user record the minutes (notes, decisions, actions, attendance)? The secretary, the chair, region-wide staff. */
    public boolean mayRecordMinutes(PortalUser user, ForumStanding standing) {
        return mayChairForum(user, standing) || standing == ForumStanding.SECRETARY;
    }

    /**
     * May the user see this meeting at all? Members always; the meeting's guests once its agenda is
     * out (a draft agenda is the chair's work in progress, not yet for outsiders).
     */
    public boolean maySeeMeeting(PortalUser user, ForumStanding standing, boolean agendaOut) {
        return mayReadForum(user, standing) || (standing == ForumStanding.GUEST && agendaOut);
    }

    /**
     * May the user see this agenda item (and its documents)? Members all; a guest only what is not
     * confidential and lies in the part of the meeting they are invited to.
     */
    public boolean maySeeAgendaItem(
            PortalUser user, ForumStanding standing, boolean confidential, boolean inGuestPart) {
        if (mayReadForum(user, standing)) {
            return true;
        }
        return standing == ForumStanding.GUEST && !confidential && inGuestPart;
    }

    // ---- development agenda ------------------------------------------------------------------------

    /**
     * The part of the development agenda the user reaches: team leaders, managers and region-wide
     * staff all of it; a provider representative what is shared with their organisation; anyone
     * else nothing.
     */
    public AgendaReach agendaReach(PortalUser user) {
        if (isRegionWide(user) || user.hasAnyRole(Role.TEAM_LEADER, Role.MANAGER)) {
            return new AgendaReach.Everything();
        }
        if (user.hasRole(Role.PROVIDER) && user.providerId() != null) {
            return new AgendaReach.SharedWith(user.providerId());
        }
        return new AgendaReach.Nothing();
    }

    /** May the user see (and follow) this initiative? */
    public boolean maySeeInitiative(PortalUser user, InitiativeScope initiative) {
        return switch (agendaReach(user)) {
            case AgendaReach.Everything e -> true;
            case AgendaReach.SharedWith s -> initiative.sharedWith(s.providerId());
            case AgendaReach.Nothing n -> false;
        };
    }

    /** May the user read internal notes? Whoever reaches the whole agenda; never a provider. */
    public boolean mayReadInternalNotes(PortalUser user) {
        return agendaReach(user) instanceof AgendaReach.Everything;
    }

    /** May the user create and change themes? Region-wide staff (the process supervisor keeps the agenda moving). */
    public boolean mayManageAgendaThemes(PortalUser user) {
        return isRegionWide(user);
    }

    /** May the user own (create, edit, share, plan milestones of) an initiative of this municipality? */
    public boolean mayOwnInitiative(PortalUser user, Long ownerMunicipalityId) {
        return isRegionWide(user) || managesMunicipality(user, ownerMunicipalityId);
    }

    /** May the user post progress updates? Its owners, and the representatives of its co-owner. */
    public boolean mayPostInitiativeUpdate(PortalUser user, InitiativeScope initiative) {
        return mayOwnInitiative(user, initiative.ownerMunicipalityId())
                || representsProvider(user, initiative.coOwnerProviderId());
    }

    // ---- peer supervision --------------------------------------------------------------------------

    /** May the user set up peer groups and keep the methods library? The process supervisor (and the administrator). */
    public boolean mayManagePeerSupervision(PortalUser user) {
        return isRegionWide(user);
    }

    /**
     * May the user open peer supervision at all (their groups, coming sessions)? Region-wide staff,
     * who set groups up, and anyone who may take part; a provider representative or a manager never
     * takes part, so they are refused the module outright.
     */
    public boolean mayUsePeerSupervision(PortalUser user) {
        return mayManagePeerSupervision(user) || !neverTakesPartInPeerSupervision(user.roles());
    }

    /**
     * Roles that keep someone out of every peer group: a provider representative or a manager, whose
     * presence would make the cases less safe to bring. Also asked of people a group is set up with.
     */
    public boolean neverTakesPartInPeerSupervision(Set<Role> roles) {
        return roles.contains(Role.PROVIDER) || roles.contains(Role.MANAGER);
    }

    /**
     * May the user see this group's sessions, cases and notes? Only who takes part (members, the
     * group's facilitator); never a provider representative or a manager, whose presence would make
     * the cases less safe to bring, and not region-wide staff: the cases are the group's.
     */
    public boolean mayTakePartInPeerGroup(PortalUser user, PeerGroupStanding standing) {
        return standing.takesPart() && !neverTakesPartInPeerSupervision(user.roles());
    }

    /** May the user steer this session's phases? Who takes part and holds the session's facilitator role. */
    public boolean mayFacilitatePeerSession(PortalUser user, PeerGroupStanding standing, boolean isItsFacilitator) {
        return mayTakePartInPeerGroup(user, standing) && isItsFacilitator;
    }

    /** May the user record the session's agreements and lesson? Its minute taker (or its facilitator). */
    public boolean mayTakePeerMinutes(PortalUser user, PeerGroupStanding standing, boolean isMinuteTakerOrFacilitator) {
        return mayTakePartInPeerGroup(user, standing) && isMinuteTakerOrFacilitator;
    }

    // ---- audit trail -------------------------------------------------------------------------------

    /** May the user read the audit trail (who changed what)? The administrator only: it names everyone. */
    public boolean mayReadAuditTrail(PortalUser user) {
        return user.hasRole(Role.ADMIN);
    }

    // ---- scopes ------------------------------------------------------------------------------------

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

    /**
     * The reach of the user's administration (teams, staff, plugins): the administrator the region,
     * a municipality administrator their municipality, anyone else nothing beyond themselves. A
     * municipality administrator without a municipality administers nothing (deny by default).
     */
    public UserScope administrationScope(PortalUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return new UserScope.Region();
        }
        if (user.hasRole(Role.MUNICIPALITY_ADMIN) && user.municipalityId() != null) {
            return new UserScope.Municipality(user.municipalityId());
        }
        return new UserScope.Own(user.personId());
    }

    /** Throws {@link AccessDeniedException} (logged and shown as the Dutch refusal page) unless allowed. */
    public void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
