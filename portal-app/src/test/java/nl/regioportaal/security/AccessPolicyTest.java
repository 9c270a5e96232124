package nl.regioportaal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * The access policy as two matrices: one row per role, one column per kind of object, each cell
 * what that role may do to that object. Every cell is a test case of its own ("TEAM_LEADER ×
 * teamMate"), so a changed rule shows as one changed cell here and one failing case in the report.
 * <p>
 * The world of the tables: the user is person {@value #ME} of municipality {@value #OWN} and (for
 * the roles that work in a team) team {@value #MY_TEAM}; region-wide staff, trainers and provider
 * representatives belong to no municipality. The professional is employed by provider
 * {@value #MY_PROVIDER}, as many social-team professionals are; the provider representative
 * speaks for it.
 */
class AccessPolicyTest {

    static final long ME = 100;
    static final long OWN = 1;
    static final long OTHER = 2;
    static final long MY_TEAM = 11;
    static final long OTHER_TEAM_HERE = 12;
    static final long FAR_TEAM = 21;
    static final long MY_PROVIDER = 7;
    static final long OTHER_PROVIDER = 8;

    /**
     * People. A cell lists what the row may do to that person, one letter per question in this
     * order, "-" where refused:
     * <pre>
     * s  see their work data (training record)      d  administer: open their staff record
     * a  act for them (enrol, cancel, remind)       e  edit their record, create their login
     * c  read their certificates                    x  export their personal data (AVG)
     * n  read their notices                         w  wipe their personal data (AVG erasure)
     * </pre>
     * Columns: oneself; a professional in my team; one in another team of my municipality; one in
     * another municipality; a holder of a region-wide role (process supervisor) registered in my
     * municipality.
     */
    static final String PEOPLE = """
            role               | self     | teamMate | colleague | stranger | regionalHere
            PROFESSIONAL       | sacn--x- | -------- | --------  | -------- | --------
            TEAM_LEADER        | sacn--x- | sa------ | --------  | -------- | --------
            MANAGER            | sacn--x- | s------- | s-------  | -------- | s-------
            PROCESS_SUPERVISOR | sacn--x- | sac----- | sac-----  | sac----- | sac-----
            PROVIDER           | --cn--x- | -------- | --------  | -------- | --------
            TRAINER            | sacn--x- | -------- | --------  | -------- | --------
            MUNICIPALITY_ADMIN | sacndex- | ----dexw | ----dexw  | -------- | ----d-x-
            ADMIN              | sacndex- | sacndexw | sacndexw  | sacndexw | sacndexw
            NO_ROLE            | --cn--x- | -------- | --------  | -------- | --------
            """;

    /**
     * Everything else. Teams: {@code s} see its overview, {@code m} member of it. Municipalities:
     * {@code s} see its overview, {@code d} administer it (teams, staff, plugins), {@code o} work
     * there. Sessions: {@code r} run it (attendance); "mine" has the user as its trainer.
     * Providers: {@code p} belong to it, {@code r} represent it. Then the roles the user may hand
     * out, the reach of their overviews and of their administration ({@link UserScope}).
     */
    static final String OBJECTS = """
            role               | myTeam | teamHere | farTeam | ownMun | otherMun | mySession | session | myProvider | provider | roles     | overview     | administration
            PROFESSIONAL       | -m     | --       | --      | --o    | ---      | -         | -       | p-         | --       | none      | own          | own
            TEAM_LEADER        | sm     | --       | --      | --o    | ---      | -         | -       | --         | --       | none      | teams        | own
            MANAGER            | s-     | s-       | --      | s-o    | ---      | -         | -       | --         | --       | none      | municipality | own
            PROCESS_SUPERVISOR | s-     | s-       | s-      | s--    | s--      | r         | r       | --         | --       | none      | region       | own
            PROVIDER           | --     | --       | --      | ---    | ---      | -         | -       | pr         | --       | none      | own          | own
            TRAINER            | --     | --       | --      | ---    | ---      | r         | -       | --         | --       | none      | own          | own
            MUNICIPALITY_ADMIN | --     | --       | --      | -do    | ---      | -         | -       | --         | --       | municipal | own          | municipality
            ADMIN              | s-     | s-       | s-      | sd-    | sd-      | r         | r       | --         | --       | all       | region       | region
            NO_ROLE            | --     | --       | --      | --o    | ---      | -         | -       | --         | --       | none      | own          | own
            """;

    /**
     * Forums, by where the user stands in the forum or meeting ({@link ForumStanding}): {@code h} chair
     * it (members, agenda, proposals, publishing), {@code r} read the whole forum, {@code p} propose an
     * item, {@code m} record the minutes, {@code s} see the meeting, and see an agenda item that is
     * {@code i} open and in the part the guest is invited to, {@code k} confidential, {@code o} open but
     * outside the guest's part. Last column: {@code c} create forums.
     */
    static final String FORUMS = """
            role               | none      | guest     | member    | secretary  | chair     | create
            PROFESSIONAL       | --------- | ----si--- | -rp-sikod | -rpmsikod  | hrpmsikod | -
            TEAM_LEADER        | --------- | ----si--- | -rp-sikod | -rpmsikod  | hrpmsikod | -
            MANAGER            | --------- | ----si--- | -rp-sikod | -rpmsikod  | hrpmsikod | -
            PROCESS_SUPERVISOR | hrpmsikod | hrpmsikod | hrpmsikod | hrpmsikod  | hrpmsikod | c
            PROVIDER           | --------- | ----si--- | -rp-sikod | -rpmsikod  | hrpmsikod | -
            TRAINER            | --------- | ----si--- | -rp-sikod | -rpmsikod  | hrpmsikod | -
            MUNICIPALITY_ADMIN | --------- | ----si--- | -rp-sikod | -rpmsikod  | hrpmsikod | -
            ADMIN              | hrpmsikod | hrpmsikod | hrpmsikod | hrpmsikod  | hrpmsikod | c
            NO_ROLE            | --------- | ----si--- | -rp-sikod | -rpmsikod  | hrpmsikod | -
            """;

    /**
     * The development agenda, per initiative: {@code s} see and follow it, {@code o} own it (edit,
     * share, milestones, propose to a forum), {@code u} post updates. Columns: owned by my
     * municipality; owned by another; co-owned by my provider; shared with my provider; shared with and
     * co-owned by another provider. Then {@code n} read internal notes and {@code t} manage themes.
     */
    static final String AGENDA = """
            role               | ownMun | otherMun | coOwned | sharedMine | sharedOther | notes | themes
            PROFESSIONAL       | ---    | ---      | ---     | ---        | ---         | -     | -
            TEAM_LEADER        | s--    | s--      | s--     | s--        | s--         | n     | -
            MANAGER            | sou    | s--      | s--     | s--        | s--         | n     | -
            PROCESS_SUPERVISOR | sou    | sou      | sou     | sou        | sou         | n     | t
            PROVIDER           | ---    | ---      | s-u     | s--        | ---         | -     | -
            TRAINER            | ---    | ---      | ---     | ---        | ---         | -     | -
            MUNICIPALITY_ADMIN | ---    | ---      | ---     | ---        | ---         | -     | -
            ADMIN              | sou    | sou      | sou     | sou        | sou         | n     | t
            NO_ROLE            | ---    | ---      | ---     | ---        | ---         | -     | -
            """;

    static Stream<Arguments> agenda() {
        return cells(AGENDA);
    }

    @ParameterizedTest(name = "{0} × {1}: {2}")
    @MethodSource("agenda")
    void whatEachRoleMayDoInTheDevelopmentAgenda(String row, String column, String expected) {
        PortalUser user = user(row);
        if (column.equals("notes")) {
            assertThat(flags("n", policy.mayReadInternalNotes(user))).isEqualTo(expected);
            return;
        }
        if (column.equals("themes")) {
            assertThat(flags("t", policy.mayManageAgendaThemes(user))).isEqualTo(expected);
            return;
        }
        InitiativeScope initiative = switch (column) {
            case "ownMun" -> new InitiativeScope(OWN, null, Set.of());
            case "otherMun" -> new InitiativeScope(OTHER, null, Set.of());
            case "coOwned" -> new InitiativeScope(OTHER, MY_PROVIDER, Set.of());
            case "sharedMine" -> new InitiativeScope(OTHER, null, Set.of(MY_PROVIDER));
            default -> new InitiativeScope(OTHER, OTHER_PROVIDER, Set.of(OTHER_PROVIDER));
        };
        assertThat(flags(
                        "sou",
                        policy.maySeeInitiative(user, initiative),
                        policy.mayOwnInitiative(user, initiative.ownerMunicipalityId()),
                        policy.mayPostInitiativeUpdate(user, initiative)))
                .isEqualTo(expected);
    }

    /**
     * Peer groups, by where the user stands in the group ({@link PeerGroupStanding}): {@code t} take
     * part (see sessions, cases, notes), {@code f} steer the live session when holding the session's
     * facilitator role, {@code n} record the notes when minute taker (or facilitator). A provider
     * representative or a manager never takes part; region-wide staff set groups up ({@code m}, last
     * column) but do not read a group's cases.
     */
    static final String PEER_GROUPS = """
            role               | none | member | external | manage
            PROFESSIONAL       | ---  | tfn    | tfn      | -
            TEAM_LEADER        | ---  | tfn    | tfn      | -
            MANAGER            | ---  | ---    | ---      | -
            PROCESS_SUPERVISOR | ---  | tfn    | tfn      | m
            PROVIDER           | ---  | ---    | ---      | -
            TRAINER            | ---  | tfn    | tfn      | -
            MUNICIPALITY_ADMIN | ---  | tfn    | tfn      | -
            ADMIN              | ---  | tfn    | tfn      | m
            NO_ROLE            | ---  | tfn    | tfn      | -
            """;

    private final AccessPolicy policy = new AccessPolicy();

    static Stream<Arguments> peerGroups() {
        return cells(PEER_GROUPS);
    }

    @ParameterizedTest(name = "{0} × {1}: {2}")
    @MethodSource("peerGroups")
    void whatEachRoleMayDoInAPeerGroupByWhereTheyStand(String row, String column, String expected) {
        PortalUser user = user(row);
        if (column.equals("manage")) {
            assertThat(flags("m", policy.mayManagePeerSupervision(user))).isEqualTo(expected);
            return;
        }
        PeerGroupStanding standing = switch (column) {
            case "member" -> PeerGroupStanding.MEMBER;
            case "external" -> PeerGroupStanding.EXTERNAL_FACILITATOR;
            default -> PeerGroupStanding.NONE;
        };
        assertThat(flags(
                        "tfn",
                        policy.mayTakePartInPeerGroup(user, standing),
                        policy.mayFacilitatePeerSession(user, standing, true),
                        policy.mayTakePeerMinutes(user, standing, true)))
                .isEqualTo(expected);
        assertThat(policy.mayFacilitatePeerSession(user, standing, false))
                .as("without the role")
                .isFalse();
    }

    static Stream<Arguments> people() {
        return cells(PEOPLE);
    }

    static Stream<Arguments> objects() {
        return cells(OBJECTS);
    }

    static Stream<Arguments> forums() {
        return cells(FORUMS);
    }

    @ParameterizedTest(name = "{0} × {1}: {2}")
    @MethodSource("forums")
    void whatEachRoleMayDoInAForumByWhereTheyStand(String row, String column, String expected) {
        PortalUser user = user(row);
        if (column.equals("create")) {
            assertThat(flags("c", policy.mayCreateForums(user))).isEqualTo(expected);
            return;
        }
        ForumStanding standing = ForumStanding.valueOf(column.toUpperCase(Locale.ROOT));
        assertThat(flags(
                        "hrpmsikod",
                        policy.mayChairForum(user, standing),
                        policy.mayReadForum(user, standing),
                        policy.mayProposeInForum(user, standing),
                        policy.mayRecordMinutes(user, standing),
                        policy.maySeeMeeting(user, standing, true),
                        policy.maySeeAgendaItem(user, standing, false, true),
                        policy.maySeeAgendaItem(user, standing, true, true),
                        policy.maySeeAgendaItem(user, standing, false, false),
                        policy.maySeeMeeting(user, standing, false)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} × {1}: {2}")
    @MethodSource("people")
    void whatEachRoleMayDoToAPerson(String row, String column, String expected) {
        PortalUser user = user(row);
        Target person = person(user, column);
        assertThat(flags(
                        "sacndexw",
                        policy.maySeePerson(user, person.scope()),
                        policy.mayActFor(user, person.scope()),
                        policy.maySeeCertificatesOf(user, person.scope().personId()),
                        policy.mayReadNoticesOf(user, person.scope().personId()),
                        policy.mayAdministerPerson(user, person.scope()),
                        policy.mayEditPerson(user, person.scope(), person.heldRoles()),
                        policy.mayExportPersonalData(user, person.scope()),
                        policy.mayErasePersonalData(user, person.scope(), person.heldRoles())))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} × {1}: {2}")
    @MethodSource("objects")
    void whatEachRoleMayDoToTeamsMunicipalitiesSessionsAndRoles(String row, String column, String expected) {
        assertThat(answer(user(row), column)).isEqualTo(expected);
    }

    @Test
    void theTablesHaveARowForEveryRoleAndNoRoleAtAll() {
        List<String> rows =
                new ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
        rows.add("NO_ROLE");
        assertThat(table(PEOPLE).keySet()).containsExactlyElementsOf(rows);
        assertThat(table(OBJECTS).keySet()).containsExactlyElementsOf(rows);
        assertThat(table(FORUMS).keySet()).containsExactlyElementsOf(rows);
        assertThat(table(AGENDA).keySet()).containsExactlyElementsOf(rows);
    }

    @Test
    void assignableRolesAreExactlyTheRolesOneMayAssign() {
        for (Role role : Role.values()) {
            PortalUser user = user(role.name());
            assertThat(policy.assignableRoles(user))
                    .allMatch(r -> policy.mayAssignRole(user, r))
                    .hasSize((int) Arrays.stream(Role.values())
                            .filter(r -> policy.mayAssignRole(user, r))
                            .count());
            assertThat(policy.mayAssignRoles(user, policy.assignableRoles(user)))
                    .isTrue();
        }
        assertThat(policy.mayAssignRoles(user("MUNICIPALITY_ADMIN"), EnumSet.of(Role.PROFESSIONAL, Role.ADMIN)))
                .isFalse();
    }

    /** Deny by default: a role without the municipality or teams it needs reaches nothing, not everything. */
    @Test
    void aRoleWithoutItsMunicipalityOrTeamsReachesNobodyElse() {
        PortalUser adminWithoutMunicipality = user(Set.of(Role.MUNICIPALITY_ADMIN), null, Set.of(), null);
        assertThat(policy.administrationScope(adminWithoutMunicipality)).isEqualTo(new UserScope.Own(ME));
        assertThat(policy.mayAdministerMunicipality(adminWithoutMunicipality, null))
                .isFalse();
        assertThat(policy.mayAdministerPerson(adminWithoutMunicipality, new PersonScope(200, null, Set.of())))
                .isFalse();

        PortalUser managerWithoutMunicipality = user(Set.of(Role.MANAGER), null, Set.of(), null);
        assertThat(policy.overviewScope(managerWithoutMunicipality)).isEqualTo(new UserScope.Own(ME));
        assertThat(policy.maySeePerson(managerWithoutMunicipality, new PersonScope(200, null, Set.of())))
                .isFalse();

        PortalUser leaderWithoutTeam = user(Set.of(Role.TEAM_LEADER), OWN, Set.of(), null);
        assertThat(policy.overviewScope(leaderWithoutTeam)).isEqualTo(new UserScope.Own(ME));
        assertThat(policy.mayRunSession(user(Set.of(Role.TRAINER), null, Set.of(), null), null))
                .isFalse();
    }

    /** Roles add up: a team leader who also manages sees the municipality, and still acts for the team. */
    @Test
    void severalRolesAddUp() {
        PortalUser leaderAndManager = user(EnumSet.of(Role.TEAM_LEADER, Role.MANAGER), OWN, Set.of(MY_TEAM), null);
        assertThat(policy.overviewScope(leaderAndManager)).isEqualTo(new UserScope.Municipality(OWN));
        assertThat(policy.mayActFor(leaderAndManager, new PersonScope(201, OWN, Set.of(MY_TEAM))))
                .isTrue();
        assertThat(policy.mayActFor(leaderAndManager, new PersonScope(202, OWN, Set.of(OTHER_TEAM_HERE))))
                .isFalse();
        assertThat(policy.maySeePerson(leaderAndManager, new PersonScope(202, OWN, Set.of(OTHER_TEAM_HERE))))
                .isTrue();
    }

    @Test
    void requireRefusesWithTheReason() {
        policy.require(true, "allowed");
        assertThatThrownBy(() -> policy.require(false, "other municipality"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("other municipality");
    }

    // ---- the world of the tables -------------------------------------------------------------------

    /** A person as the policy sees them, with the roles they hold (for "may edit"). */
    record Target(PersonScope scope, Set<Role> heldRoles) {}

    private static Target person(PortalUser user, String column) {
        return switch (column) {
            case "self" -> new Target(new PersonScope(ME, user.municipalityId(), user.teamIds()), user.roles());
            case "teamMate" -> new Target(new PersonScope(201, OWN, Set.of(MY_TEAM)), Set.of(Role.PROFESSIONAL));
            case "colleague" ->
                new Target(new PersonScope(202, OWN, Set.of(OTHER_TEAM_HERE)), Set.of(Role.PROFESSIONAL));
            case "stranger" -> new Target(new PersonScope(203, OTHER, Set.of(FAR_TEAM)), Set.of(Role.PROFESSIONAL));
            case "regionalHere" -> new Target(new PersonScope(204, OWN, Set.of()), Set.of(Role.PROCESS_SUPERVISOR));
            default -> throw new IllegalArgumentException("unknown column " + column);
        };
    }

    private String answer(PortalUser user, String column) {
        return switch (column) {
            case "myTeam" -> team(user, MY_TEAM, OWN);
            case "teamHere" -> team(user, OTHER_TEAM_HERE, OWN);
            case "farTeam" -> team(user, FAR_TEAM, OTHER);
            case "ownMun" -> municipality(user, OWN);
            case "otherMun" -> municipality(user, OTHER);
            case "mySession" -> flags("r", policy.mayRunSession(user, ME));
            case "session" -> flags("r", policy.mayRunSession(user, 300L));
            case "myProvider" -> provider(user, MY_PROVIDER);
            case "provider" -> provider(user, OTHER_PROVIDER);
            case "roles" -> roles(policy.assignableRoles(user));
            case "overview" -> scope(policy.overviewScope(user));
            case "administration" -> scope(policy.administrationScope(user));
            default -> throw new IllegalArgumentException("unknown column " + column);
        };
    }

    private String team(PortalUser user, long teamId, long municipalityId) {
        return flags("sm", policy.maySeeTeam(user, teamId, municipalityId), policy.isMemberOf(user, teamId));
    }

    private String municipality(PortalUser user, long municipalityId) {
        return flags(
                "sdo",
                policy.maySeeMunicipality(user, municipalityId),
                policy.mayAdministerMunicipality(user, municipalityId),
                policy.isOfMunicipality(user, municipalityId));
    }

    private String provider(PortalUser user, long providerId) {
        return flags("pr", policy.isOfProvider(user, providerId), policy.representsProvider(user, providerId));
    }

    private static String roles(Set<Role> roles) {
        if (roles.isEmpty()) {
            return "none";
        }
        if (roles.equals(EnumSet.allOf(Role.class))) {
            return "all";
        }
        return roles.equals(AccessPolicy.MUNICIPAL_ROLES) ? "municipal" : roles.toString();
    }

    private static String scope(UserScope scope) {
        return switch (scope) {
            case UserScope.Region r -> "region";
            case UserScope.Municipality m -> m.municipalityId() == OWN ? "municipality" : "municipality " + m;
            case UserScope.Teams t -> t.teamIds().equals(Set.of(MY_TEAM)) ? "teams" : "teams " + t;
            case UserScope.Own o -> o.personId() == ME ? "own" : "own " + o;
        };
    }

    /** The user of a row: where each role works, as in the demo region. */
    @Test
    void onlyTheAdministratorReadsTheAuditTrail() {
        for (Role role : Role.values()) {
            assertThat(policy.mayReadAuditTrail(user(role.name())))
                    .as(role.name())
                    .isEqualTo(role == Role.ADMIN);
        }
        assertThat(policy.mayReadAuditTrail(user("NO_ROLE"))).isFalse();
    }

    static PortalUser user(String row) {
        if (row.equals("NO_ROLE")) {
            // an erased person keeps their municipality for the records, nothing else
            return user(Set.of(), OWN, Set.of(), null);
        }
        return switch (Role.valueOf(row)) {
            case PROFESSIONAL -> user(Set.of(Role.PROFESSIONAL), OWN, Set.of(MY_TEAM), MY_PROVIDER);
            case TEAM_LEADER -> user(Set.of(Role.TEAM_LEADER), OWN, Set.of(MY_TEAM), null);
            case MANAGER -> user(Set.of(Role.MANAGER), OWN, Set.of(), null);
            case PROCESS_SUPERVISOR -> user(Set.of(Role.PROCESS_SUPERVISOR), null, Set.of(), null);
            case PROVIDER -> user(Set.of(Role.PROVIDER), null, Set.of(), MY_PROVIDER);
            case TRAINER -> user(Set.of(Role.TRAINER), null, Set.of(), null);
            case MUNICIPALITY_ADMIN -> user(Set.of(Role.MUNICIPALITY_ADMIN), OWN, Set.of(), null);
            case ADMIN -> user(Set.of(Role.ADMIN), null, Set.of(), null);
        };
    }

    static PortalUser user(Set<Role> roles, Long municipalityId, Set<Long> teamIds, Long providerId) {
        return new PortalUser(
                1,
                "gebruiker",
                "",
                false,
                new UserProfile(ME, "Gebruiker", roles, municipalityId, teamIds, providerId, true));
    }

    // ---- reading the tables ------------------------------------------------------------------------

    /** One letter per answer, "-" where the answer is no. */
    private static String flags(String letters, boolean... answers) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < answers.length; i++) {
            s.append(answers[i] ? letters.charAt(i) : '-');
        }
        return s.toString();
    }

    private static Stream<Arguments> cells(String table) {
        return table(table).entrySet().stream()
                .flatMap(row -> row.getValue().entrySet().stream()
                        .map(cell -> Arguments.of(row.getKey(), cell.getKey(), cell.getValue())));
    }

    /** Row name → (column name → cell), in the order written. */
    private static Map<String, Map<String, String>> table(String table) {
        List<String[]> lines = table.lines()
                .filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new))
                .toList();
        String[] header = lines.getFirst();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String[] line : lines.subList(1, lines.size())) {
            assertThat(line).as("cells of row %s", line[0]).hasSameSizeAs(header);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 1; i < header.length; i++) {
                cells.put(header[i], line[i]);
            }
            rows.put(line[0], cells);
        }
        return rows;
    }
}
