package nl.regioportaal.forum;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regioportaal.forum.ForumModel.ForumDraft;
import nl.regioportaal.forum.ForumModel.ForumSummary;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forums and their members: the process supervisor (or administrator) creates a forum, its chair
 * manages who is in it and in which role. Every method checks the user's standing in the forum
 * through the {@link AccessPolicy}.
 */
@Service
@Transactional
public class ForumService {

    private final ForumRepository forums;
    private final ForumMemberRepository members;
    private final ForumStandings standings;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;

    ForumService(
            ForumRepository forums,
            ForumMemberRepository members,
            ForumStandings standings,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access) {
        this.forums = forums;
        this.members = members;
        this.standings = standings;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** Creates a forum with its first chair: the one named, else the creator (the process supervisor chairs the forums). */
    public long createForum(ForumDraft draft) {
        PortalUser user = currentUser.require();
        access.require(access.mayCreateForums(user), "may not create forums");
        Map<String, String> errors = new LinkedHashMap<>();
        String code = draft.code() == null ? "" : draft.code().strip().toUpperCase();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (!code.matches("[A-Z]{2,10}")) {
            errors.put("code", "forum.error.code");
        } else if (forums.existsByCodeIgnoreCase(code)) {
            errors.put("code", "forum.error.code-taken");
        }
        if (name.isEmpty() || name.length() > 150) {
            errors.put("name", "forum.error.name");
        } else if (forums.existsByNameIgnoreCase(name)) {
            errors.put("name", "forum.error.name-taken");
        }
        Integer days = draft.autoPublishDays();
        if (days != null && (days < 1 || days > 60)) {
            errors.put("autoPublishDays", "forum.error.auto-publish-days");
        }
        long chair = draft.chairPersonId() == null ? user.personId() : draft.chairPersonId();
        if (directory.person(chair).filter(PersonSummary::active).isEmpty()) {
            errors.put("chair", "forum.error.person");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Forum forum = new Forum(code, name, blankToNull(draft.description()));
        forum.setAutoPublishDays(days);
        forums.save(forum);
        members.save(new ForumMember(forum, chair, ForumRole.CHAIR));
        return forum.getId();
    }

    /** The chair's per-forum setting: publish automatically N days before each meeting, or not (null). */
    public void setAutoPublishDays(long forumId, Integer days) {
        requireChair(forumId);
        if (days != null && (days < 1 || days > 60)) {
            throw ValidationFailedException.of("autoPublishDays", "forum.error.auto-publish-days");
        }
        forums.findById(forumId).orElseThrow().setAutoPublishDays(days);
    }

    /** May the user create forums (for the screen's button; {@link #createForum} checks again)? */
    @Transactional(readOnly = true)
    public boolean mayCreateForums() {
        return access.mayCreateForums(currentUser.require());
    }

    /** The forums the user sees: the ones they belong to, all of them for region-wide staff. */
    @Transactional(readOnly = true)
    public List<ForumSummary> myForums() {
        PortalUser user = currentUser.require();
        Map<Long, ForumRole> mine = members.findByPersonId(user.personId()).stream()
                .collect(Collectors.toMap(m -> m.getForum().getId(), ForumMember::getRole));
        List<Forum> visible = access.mayCreateForums(user)
                ? forums.findAllByOrderByNameAsc()
                : forums.findByIdInOrderByNameAsc(mine.keySet());
        return visible.stream()
                .map(f -> new ForumSummary(f.getId(), f.getCode(), f.getName(), mine.get(f.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ForumSummary forum(long forumId) {
        PortalUser user = currentUser.require();
        ForumStanding standing = standings.inForum(user, forumId);
        access.require(access.mayReadForum(user, standing), "not a member of this forum");
        Forum f = forums.findById(forumId).orElseThrow();
        ForumRole role = members.findByForumIdAndPersonId(forumId, user.personId())
                .map(ForumMember::getRole)
                .orElse(null);
        return new ForumSummary(f.getId(), f.getCode(), f.getName(), role);
    }

    /**
     * Whom the chair may invite as a guest: active people with a role in the portal who are not
     * members (a provider's representative, a manager, a trainer, a colleague), by name.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> guestCandidates(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayChairForum(user, standings.inForum(user, forumId)), "not the chair of this forum");
        Set<Long> memberIds = memberRoles(forumId).keySet();
        Map<Long, PersonSummary> people = new TreeMap<>();
        for (Role role : Role.values()) {
            directory.activeWithRole(role).stream()
                    .filter(p -> !memberIds.contains(p.id()))
                    .forEach(p -> people.put(p.id(), p));
        }
        return people.values().stream()
                .sorted(Comparator.comparing(PersonSummary::displayName))
                .toList();
    }

    /** Where the user stands in the forum (for screens that show or hide the chair's tools). */
    @Transactional(readOnly = true)
    public ForumStanding standing(long forumId) {
        return standings.inForum(currentUser.require(), forumId);
    }

    @Transactional(readOnly = true)
    public List<MemberRow> members(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayReadForum(user, standings.inForum(user, forumId)), "not a member of this forum");
        List<ForumMember> rows = members.findByForumId(forumId);
        Map<Long, String> names = directory
                .people(rows.stream().map(ForumMember::getPersonId).toList())
                .stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        return rows.stream()
                .map(m -> new MemberRow(m.getPersonId(), names.getOrDefault(m.getPersonId(), "?"), m.getRole()))
                .sorted(Comparator.comparing((MemberRow r) -> r.role().ordinal())
                        .thenComparing(MemberRow::name))
                .toList();
    }

    /** Adds a person, or changes the role of a member. A forum always keeps a chair. */
    public void setMember(long forumId, long personId, ForumRole role) {
        requireChair(forumId);
        directory
                .person(personId)
                .filter(PersonSummary::active)
                .orElseThrow(() -> ValidationFailedException.of("person", "forum.error.person"));
        Forum forum = forums.findById(forumId).orElseThrow();
        ForumMember member = members.findByForumIdAndPersonId(forumId, personId)
                .orElseGet(() -> new ForumMember(forum, personId, role));
        if (member.getRole() == ForumRole.CHAIR && role != ForumRole.CHAIR) {
            requireAnotherChair(forumId);
        }
        member.setRole(role);
        members.save(member);
    }

    public void removeMember(long forumId, long personId) {
        requireChair(forumId);
        members.findByForumIdAndPersonId(forumId, personId).ifPresent(m -> {
            if (m.getRole() == ForumRole.CHAIR) {
                requireAnotherChair(forumId);
            }
            members.delete(m);
        });
    }

    /** Everyone in the forum, for notices: person id → role. */
    Map<Long, ForumRole> memberRoles(long forumId) {
        return members.findByForumId(forumId).stream()
                .collect(Collectors.toMap(ForumMember::getPersonId, ForumMember::getRole));
    }

    private void requireAnotherChair(long forumId) {
        if (members.countByForumIdAndRole(forumId, ForumRole.CHAIR) <= 1) {
            throw ValidationFailedException.of("role", "forum.error.last-chair");
        }
    }

    private void requireChair(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayChairForum(user, standings.inForum(user, forumId)), "not the chair of this forum");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
