package nl.regioportaal.intervisie;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.regioportaal.TestUsers;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.intervisie.IntervisieModel.GroupDraft;
import nl.regioportaal.intervisie.IntervisieModel.MemberRow;
import nl.regioportaal.intervisie.IntervisieModel.SessionDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.security.Role;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test helpers: peer groups with unique names set up by the process supervisor, with the demo
 * accounts asked for plus other professionals up to four members, and sessions planned by a member.
 */
@Component
public class IntervisieFixtures {

    private final TestUsers users;
    private final ForumFixtures forumFixtures;
    private final PeerGroupService groups;
    private final PeerSessionService sessions;
    private final PeerMethodRepository methods;
    private final RegionDirectory directory;
    private final RegionService regionService;
    private final Clock clock;

    IntervisieFixtures(
            TestUsers users,
            ForumFixtures forumFixtures,
            PeerGroupService groups,
            PeerSessionService sessions,
            PeerMethodRepository methods,
            RegionDirectory directory,
            RegionService regionService,
            Clock clock) {
        this.users = users;
        this.forumFixtures = forumFixtures;
        this.groups = groups;
        this.sessions = sessions;
        this.methods = methods;
        this.directory = directory;
        this.regionService = regionService;
        this.clock = clock;
    }

    public long personOf(String username) {
        return forumFixtures.personOf(username);
    }

    /** A rotating group with these accounts, filled up to {@code size} with other professionals. */
    public long group(int size, String... usernames) {
        return group(Facilitation.ROTATING, null, size, usernames);
    }

    public long group(Facilitation facilitation, Long facilitator, int size, String... usernames) {
        List<Long> members = new ArrayList<>();
        for (String u : usernames) {
            members.add(personOf(u));
        }
        members.addAll(others(size - members.size(), members));
        return asSupervisor(() -> groups.createGroup(
                new GroupDraft("Intervisie " + ForumFixtures.uniqueCode(), facilitation, facilitator, 30, members)));
    }

    /** A member of the session's group who holds no role in it (read as the logged-in member). */
    public long memberWithoutRole(long sessionId) {
        SessionSummary session = sessions.session(sessionId);
        return groups.members(session.groupId()).stream()
                .map(MemberRow::personId)
                .filter(p -> !session.roles().containsValue(p))
                .findFirst()
                .orElseThrow();
    }

    /** Adds a member, as the process supervisor. */
    public void addMember(long groupId, long personId) {
        asSupervisor(() -> {
            groups.addMember(groupId, personId);
            return null;
        });
    }

    /** The group's members' ids, read as the process supervisor. */
    public List<Long> asSupervisorMembers(long groupId) {
        return asSupervisor(
                () -> groups.members(groupId).stream().map(MemberRow::personId).toList());
    }

    /** A group's id by its name (the demo's groups), read as the process supervisor. */
    public long groupId(String name) {
        return asSupervisor(() -> groups.myGroups().stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id());
    }

    /** Active professionals not yet in the list (the demo has about twelve per team). */
    public List<Long> others(int count, List<Long> taken) {
        return asSupervisor(() -> directory.activeWithRole(Role.PROFESSIONAL).stream()
                .map(PersonSummary::id)
                .filter(id -> !taken.contains(id))
                .limit(count)
                .toList());
    }

    /**
     * {@code count} active professionals from place {@code from} on in the list: far enough down to have
     * no demo account, so that no demo login gains a group (and a menu entry); each test takes places of
     * its own.
     */
    public List<Long> outsiders(int from, int count) {
        return others(from + count, List.of()).subList(from, from + count);
    }

    /** The person left the organisation: made inactive by the administrator. */
    public void deactivate(long personId) {
        as("admin", () -> {
            PersonForm form = regionService.getPerson(personId);
            form.setActive(false);
            return regionService.savePerson(form);
        });
    }

    /** A session of the method in a week's time, planned by the account (who stays logged in). */
    public long session(long groupId, String method, String plannedBy) {
        return session(
                groupId, method, plannedBy, LocalDateTime.now(clock).plusDays(7).withNano(0));
    }

    /** A second session of the method, a month from now (after {@link #session(long, String, String)}'s). */
    public long sessionInAMonth(long groupId, String method, String plannedBy) {
        return session(
                groupId,
                method,
                plannedBy,
                LocalDateTime.now(clock).plusDays(30).withNano(0));
    }

    public long session(long groupId, String method, String plannedBy, LocalDateTime start) {
        users.login(plannedBy);
        return sessions.planSession(groupId, new SessionDraft(methodId(method), start, "Zaal 1"));
    }

    public long methodId(String code) {
        return methods.findByCode(code).orElseThrow().getId();
    }

    private <T> T asSupervisor(Supplier<T> work) {
        return as("procesbegeleider", work);
    }

    private <T> T as(String username, Supplier<T> work) {
        SecurityContext current = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            users.login(username);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }
}
