package nl.regioportaal.forum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.regioportaal.TestUsers;
import nl.regioportaal.forum.ForumModel.ForumDraft;
import nl.regioportaal.forum.ForumModel.ForumSummary;
import nl.regioportaal.forum.ForumModel.MeetingDraft;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test helpers: forums with unique codes and names (so a test never depends on what another left
 * behind), chaired by the process supervisor, and the demo people's ids.
 */
@Component
public class ForumFixtures {

    private final TestUsers users;
    private final ForumService forums;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final JdbcTemplate jdbc;
    private final RegionDirectory directory;

    ForumFixtures(
            TestUsers users,
            ForumService forums,
            MeetingService meetings,
            AgendaService agendas,
            JdbcTemplate jdbc,
            RegionDirectory directory) {
        this.users = users;
        this.forums = forums;
        this.meetings = meetings;
        this.agendas = agendas;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /**
     * The active professional at this place in the directory: far enough down to have no demo account,
     * so that what a test does to them (an erasure) is seen by no other test class. Places 149 and up
     * belong to the peer-supervision tests; forum tests take places below.
     */
    public long outsider(int place) {
        SecurityContext current = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            users.login("procesbegeleider");
            return directory.activeWithRole(Role.PROFESSIONAL).get(place).id();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }

    /** Logs in a person without a demo account as the professional they are. */
    public void loginAsOutsider(long personId) {
        users.loginAs(new UserProfile(
                personId, "Medewerker " + personId, Set.of(Role.PROFESSIONAL), null, Set.of(), null, true));
    }

    /** Makes the person a member of the forum, as its chair (who stays logged in). */
    public void addMember(long forumId, long personId, ForumRole role) {
        users.login("procesbegeleider");
        forums.setMember(forumId, personId, role);
    }

    /** The id of the meeting's section of this kind, as the logged-in user sees the agenda. */
    public long section(long meetingId, SectionKind kind) {
        return agendas.agenda(meetingId).sections().stream()
                .filter(s -> s.kind() == kind)
                .mapToLong(SectionView::id)
                .findFirst()
                .orElseThrow();
    }

    /** The person behind a demo account; whoever is logged in stays logged in. */
    public long personOf(String username) {
        SecurityContext current = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            return users.login(username).personId();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }

    /** A new forum chaired by {@code procesbegeleider}, with these members (username → role). Leaves the chair logged in. */
    public long forumWith(Object... usernamesAndRoles) {
        users.login("procesbegeleider");
        long forumId = forums.createForum(new ForumDraft(uniqueCode(), "Overleg " + uniqueCode(), null, null));
        for (int i = 0; i < usernamesAndRoles.length; i += 2) {
            long person = personOf((String) usernamesAndRoles[i]);
            users.login("procesbegeleider");
            forums.setMember(forumId, person, (ForumRole) usernamesAndRoles[i + 1]);
        }
        return forumId;
    }

    /** A meeting of the forum from 14:00 to 16:00 on that day, planned by the chair (who stays logged in). */
    public long meeting(long forumId, LocalDateTime start) {
        return meeting(forumId, "Teamleidersoverleg " + uniqueCode(), start);
    }

    public long meeting(long forumId, String title, LocalDateTime start) {
        users.login("procesbegeleider");
        return meetings.planMeeting(forumId, new MeetingDraft(title, start, start.plusHours(2), "Stadhuis", null));
    }

    public static String uniqueCode() {
        StringBuilder s = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** The id of the demo's forum with this code (e.g. TLO), read as the process supervisor; whoever is logged in stays. */
    public long forumOfCode(String code) {
        SecurityContext current = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            users.login("procesbegeleider");
            return forums.myForums().stream()
                    .filter(f -> f.code().equals(code))
                    .mapToLong(ForumSummary::id)
                    .findFirst()
                    .orElseThrow();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }

    /** The forum's code, read as the process supervisor (who reaches every forum). */
    public String codeOf(long forumId) {
        SecurityContext current = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            users.login("procesbegeleider");
            return forums.forum(forumId).code();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }

    /** Moves a review round's deadline, as if the days had passed (the clock itself is not moved). */
    public void moveReviewDeadline(long meetingId, LocalDate deadline) {
        jdbc.update("update meeting set review_deadline = ? where id = ?", deadline, meetingId);
    }
}
