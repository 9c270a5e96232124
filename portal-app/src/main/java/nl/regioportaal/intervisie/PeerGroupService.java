package nl.regioportaal.intervisie;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.regioportaal.intervisie.IntervisieModel.GroupDraft;
import nl.regioportaal.intervisie.IntervisieModel.GroupSummary;
import nl.regioportaal.intervisie.IntervisieModel.MemberRow;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PeerGroupStanding;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer groups and their members: the process supervisor sets a group up (4–10 members, a rotating
 * or a fixed facilitator); members and the facilitator see their own groups only.
 */
@Service
@Transactional
public class PeerGroupService {

    static final int MIN_MEMBERS = 4;
    static final int MAX_MEMBERS = 10;

    /** Who can be a member: team leaders and professionals. */
    private static final List<Role> MEMBER_ROLES = List.of(Role.TEAM_LEADER, Role.PROFESSIONAL);

    /**
     * Who the screen offers as fixed facilitator: a member, a trainer (an external facilitator's
     * account) or a process supervisor.
     */
    private static final List<Role> FACILITATOR_ROLES =
            List.of(Role.TEAM_LEADER, Role.PROFESSIONAL, Role.TRAINER, Role.PROCESS_SUPERVISOR);

    private final PeerGroupRepository groups;
    private final PeerGroupMemberRepository members;
    private final PeerStandings standings;
    private final PeerPrivacy privacy;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    PeerGroupService(
            PeerGroupRepository groups,
            PeerGroupMemberRepository members,
            PeerStandings standings,
            PeerPrivacy privacy,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            ApplicationEventPublisher events) {
        this.groups = groups;
        this.members = members;
        this.standings = standings;
        this.privacy = privacy;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.events = events;
    }

    public long createGroup(GroupDraft draft) {
        PortalUser user = currentUser.require();
        access.require(access.mayManagePeerSupervision(user), "may not set up peer groups");
        Map<String, String> errors = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 150) {
            errors.put("name", "intervisie.error.name");
        } else if (groups.existsByNameIgnoreCase(name)) {
            errors.put("name", "intervisie.error.name-taken");
        } else {
            privacy.checkBlocks("name", name, errors);
        }
        Set<Long> people = new LinkedHashSet<>(draft.members() == null ? List.of() : draft.members());
        if (people.size() < MIN_MEMBERS || people.size() > MAX_MEMBERS) {
            errors.put("members", "intervisie.error.member-count");
        } else if (directory.people(people).stream().filter(this::mayBeMember).count() != people.size()) {
            errors.put("members", "intervisie.error.person");
        }
        Facilitation facilitation = draft.facilitation() == null ? Facilitation.ROTATING : draft.facilitation();
        if (!validFacilitation(facilitation, draft.facilitatorPersonId())) {
            errors.put("facilitator", "intervisie.error.facilitator");
        }
        if (draft.retentionDays() < 1 || draft.retentionDays() > 365) {
            errors.put("retentionDays", "intervisie.error.retention");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PeerGroup group =
                groups.save(new PeerGroup(name, facilitation, draft.facilitatorPersonId(), draft.retentionDays()));
        people.forEach(p -> members.save(new PeerGroupMember(group, p)));
        return group.getId();
    }

    public void addMember(long groupId, long personId) {
        requireManager();
        if (members.countByGroupId(groupId) >= MAX_MEMBERS) {
            throw ValidationFailedException.of("members", "intervisie.error.member-count");
        }
        directory
                .person(personId)
                .filter(this::mayBeMember)
                .orElseThrow(() -> ValidationFailedException.of("members", "intervisie.error.person"));
        if (members.findByGroupIdAndPersonId(groupId, personId).isEmpty()) {
            members.save(new PeerGroupMember(groups.findById(groupId).orElseThrow(), personId));
            events.publishEvent(MembershipChanged.joined(groupId, personId));
        }
    }

    public void removeMember(long groupId, long personId) {
        requireManager();
        if (members.countByGroupId(groupId) <= MIN_MEMBERS) {
            throw ValidationFailedException.of("members", "intervisie.error.member-count");
        }
        members.findByGroupIdAndPersonId(groupId, personId).ifPresent(m -> {
            members.delete(m);
            events.publishEvent(MembershipChanged.left(groupId, personId));
        });
    }

    /**
     * The process supervisor changes who leads the group's sessions: the members in turn, or a fixed
     * facilitator (anyone active, also from outside the group). The coming sessions follow. Refused when
     * the group changed since the page showed it ({@code version}, {@link GroupSummary#version()}).
     */
    public void setFacilitation(long groupId, long version, Facilitation facilitation, Long facilitatorPersonId) {
        requireManager();
        Facilitation chosen = facilitation == null ? Facilitation.ROTATING : facilitation;
        if (!validFacilitation(chosen, facilitatorPersonId)) {
            throw ValidationFailedException.of("facilitator", "intervisie.error.facilitator");
        }
        PeerGroup group = groups.findById(groupId).orElseThrow();
        ConcurrentEditException.requireVersion(group.getVersion(), version, "peer group", groupId);
        Facilitation was = group.getFacilitation();
        Long before = group.getFacilitatorPersonId();
        group.setFacilitation(chosen, facilitatorPersonId);
        if (was != chosen || !Objects.equals(before, group.getFacilitatorPersonId())) {
            events.publishEvent(new FacilitationChanged(groupId, before, group.getFacilitatorPersonId(), false));
        }
    }

    /**
     * Erasure (AVG): the person leaves every group, and a group they led as fixed facilitator rotates
     * among its members until the process supervisor names someone else. Their roles in coming
     * sessions go to others; nothing is sent to them. A group may be left with fewer than four members.
     */
    void forget(long personId) {
        for (PeerGroup group : groups.findByFacilitatorPersonId(personId)) {
            group.setFacilitation(Facilitation.ROTATING, null);
            events.publishEvent(new FacilitationChanged(group.getId(), personId, null, true));
        }
        for (PeerGroupMember member : members.findByPersonId(personId)) {
            members.delete(member);
            events.publishEvent(new MembershipChanged(member.getGroup().getId(), personId, false, true));
        }
    }

    /** How long case texts and notes are kept after a session; the group decides (1–365 days). */
    public void setRetentionDays(long groupId, int days) {
        PortalUser user = currentUser.require();
        access.require(
                access.mayManagePeerSupervision(user)
                        || access.mayTakePartInPeerGroup(user, standings.inGroup(user, groupId)),
                "not in this peer group");
        if (days < 1 || days > 365) {
            throw ValidationFailedException.of("retentionDays", "intervisie.error.retention");
        }
        groups.findById(groupId).orElseThrow().setRetentionDays(days);
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return access.mayManagePeerSupervision(currentUser.require());
    }

    /** Refuses the module to who never takes part (providers, managers): the page says so instead of an empty list. */
    @Transactional(readOnly = true)
    public void requireMayUse() {
        PortalUser user = currentUser.require();
        access.require(
                access.mayUsePeerSupervision(user), "providers and managers do not take part in peer supervision");
    }

    /** The groups the user takes part in; the process supervisor sees every group (but not its sessions). */
    @Transactional(readOnly = true)
    public List<GroupSummary> myGroups() {
        PortalUser user = currentUser.require();
        List<PeerGroup> visible;
        if (access.mayManagePeerSupervision(user)) {
            visible = groups.findAllByOrderByNameAsc();
        } else {
            Set<Long> ids = Stream.concat(
                            members.findByPersonId(user.personId()).stream()
                                    .map(m -> m.getGroup().getId()),
                            groups.findByFacilitatorPersonId(user.personId()).stream()
                                    .map(PeerGroup::getId))
                    .collect(Collectors.toSet());
            visible = groups.findByIdInOrderByNameAsc(ids).stream()
                    .filter(g -> access.mayTakePartInPeerGroup(user, standings.inGroup(user, g.getId())))
                    .toList();
        }
        return visible.stream()
                .map(g -> summary(g, standings.inGroup(user, g.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public GroupSummary group(long groupId) {
        PortalUser user = currentUser.require();
        PeerGroupStanding standing = standings.inGroup(user, groupId);
        access.require(
                access.mayManagePeerSupervision(user) || access.mayTakePartInPeerGroup(user, standing),
                "not in this peer group");
        return summary(groups.findById(groupId).orElseThrow(), standing);
    }

    @Transactional(readOnly = true)
    public List<MemberRow> members(long groupId) {
        group(groupId);
        List<Long> ids = memberIds(groupId);
        Map<Long, PersonSummary> people =
                directory.people(ids).stream().collect(Collectors.toMap(PersonSummary::id, p -> p, (a, b) -> a));
        return ids.stream()
                .map(id -> people.containsKey(id)
                        ? new MemberRow(
                                id, people.get(id).displayName(), people.get(id).active())
                        : new MemberRow(id, "?", false))
                .toList();
    }

    /** Where the user stands (for screens that show or hide tools). */
    @Transactional(readOnly = true)
    public PeerGroupStanding standing(long groupId) {
        return standings.inGroup(currentUser.require(), groupId);
    }

    /** The members who are still active: who left the organisation takes no more turns. */
    List<Long> activeMemberIds(long groupId) {
        List<Long> ids = memberIds(groupId);
        Set<Long> active = directory.people(ids).stream()
                .filter(PersonSummary::active)
                .map(PersonSummary::id)
                .collect(Collectors.toSet());
        return ids.stream().filter(active::contains).toList();
    }

    List<Long> memberIds(long groupId) {
        return members.findByGroupIdOrderByIdAsc(groupId).stream()
                .map(PeerGroupMember::getPersonId)
                .toList();
    }

    Map<Long, String> names(Collection<Long> ids) {
        return directory.people(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName, (a, b) -> a));
    }

    private GroupSummary summary(PeerGroup g, PeerGroupStanding standing) {
        Optional<PersonSummary> facilitator =
                g.getFacilitatorPersonId() == null ? Optional.empty() : directory.person(g.getFacilitatorPersonId());
        return new GroupSummary(
                g.getId(),
                g.getName(),
                g.getFacilitation(),
                g.getFacilitatorPersonId(),
                facilitator.map(PersonSummary::displayName).orElse(null),
                facilitator.map(PersonSummary::active).orElse(true),
                g.getRetentionDays(),
                standing,
                g.getVersion());
    }

    private boolean validFacilitation(Facilitation facilitation, Long facilitatorPersonId) {
        return facilitation != Facilitation.FIXED
                || (facilitatorPersonId != null
                        && directory
                                .person(facilitatorPersonId)
                                .filter(p -> p.active() && neverExcluded(p))
                                .isPresent());
    }

    /** Who the process supervisor can add to a group: the active team leaders and professionals. */
    @Transactional(readOnly = true)
    public List<PersonSummary> memberCandidates() {
        requireManager();
        return candidates(MEMBER_ROLES);
    }

    /** Who the process supervisor can name as a group's fixed facilitator. */
    @Transactional(readOnly = true)
    public List<PersonSummary> facilitatorCandidates() {
        requireManager();
        return candidates(FACILITATOR_ROLES);
    }

    private List<PersonSummary> candidates(List<Role> roles) {
        Map<Long, PersonSummary> people = new LinkedHashMap<>();
        roles.forEach(role -> directory.activeWithRole(role).forEach(p -> people.putIfAbsent(p.id(), p)));
        return people.values().stream().filter(this::neverExcluded).toList();
    }

    /** An active team leader or professional whose roles do not keep them out ({@link #neverExcluded}). */
    private boolean mayBeMember(PersonSummary person) {
        return person.active() && person.roles().stream().anyMatch(MEMBER_ROLES::contains) && neverExcluded(person);
    }

    /**
     * The access policy's rule: a provider representative or a manager never takes part, and would get
     * the invitations of a group whose sessions they may not open. A fixed facilitator may otherwise be
     * anyone active, also a guest account without a role.
     */
    private boolean neverExcluded(PersonSummary person) {
        return !access.neverTakesPartInPeerSupervision(person.roles());
    }

    private void requireManager() {
        access.require(access.mayManagePeerSupervision(currentUser.require()), "may not set up peer groups");
    }
}
