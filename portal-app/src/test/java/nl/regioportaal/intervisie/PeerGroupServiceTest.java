package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.intervisie.IntervisieModel.GroupDraft;
import nl.regioportaal.intervisie.IntervisieModel.GroupSummary;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.security.PeerGroupStanding;
import nl.regioportaal.security.UserProfile;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PeerGroupServiceTest extends ServiceTest {

    @Autowired
    PeerGroupService groups;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    CaseService cases;

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    PeerGroupRepository groupRows;

    @Autowired
    PeerGroupMemberRepository memberRows;

    @Test
    void aGroupHasFourToTenMembersAndOnlyTheProcessSupervisorSetsOneUp() {
        List<Long> three = fixtures.others(3, List.of());
        users.login("procesbegeleider");
        assertThatThrownBy(() -> groups.createGroup(new GroupDraft("Te klein", Facilitation.ROTATING, null, 30, three)))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("members", "intervisie.error.member-count"));
        List<Long> eleven = fixtures.others(11, List.of());
        assertThatThrownBy(
                        () -> groups.createGroup(new GroupDraft("Te groot", Facilitation.ROTATING, null, 30, eleven)))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> groups.createGroup(
                        new GroupDraft("Zonder leider", Facilitation.FIXED, null, 30, eleven.subList(0, 4))))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("facilitator"));

        users.login("teamleider.soest");
        assertThatThrownBy(() -> groups.createGroup(
                        new GroupDraft("Eigen groep", Facilitation.ROTATING, null, 30, eleven.subList(0, 4))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void providersAndManagersAreNeitherMembersNorFixedFacilitators() {
        long group = fixtures.group(4, "teamleider.soest");
        long provider = fixtures.personOf("aanbieder");
        long manager = fixtures.personOf("manager.leusden");
        users.login("procesbegeleider");
        for (long outsider : List.of(provider, manager)) {
            assertThatThrownBy(() -> groups.addMember(group, outsider))
                    .isInstanceOfSatisfying(
                            ValidationFailedException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("members", "intervisie.error.person"));
            assertThatThrownBy(() ->
                            groups.setFacilitation(group, groups.group(group).version(), Facilitation.FIXED, outsider))
                    .isInstanceOfSatisfying(
                            ValidationFailedException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("facilitator"));
        }
        assertThat(fixtures.asSupervisorMembers(group)).hasSize(4).doesNotContain(provider, manager);
        assertThat(groups.memberCandidates())
                .extracting(PersonSummary::id)
                .contains(fixtures.personOf("teamleider.soest"))
                .doesNotContain(provider, manager, fixtures.personOf("trainer"));
        assertThat(groups.facilitatorCandidates())
                .extracting(PersonSummary::id)
                .contains(fixtures.personOf("trainer"), fixtures.personOf("procesbegeleider"))
                .doesNotContain(provider, manager)
                .doesNotHaveDuplicates();

        users.login("teamleider.soest");
        assertThatThrownBy(() -> groups.memberCandidates()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void membersSeeOnlyTheirOwnGroups() {
        long mine = fixtures.group(4, "teamleider.soest");
        long other = fixtures.group(4, "wijkcoach.baarn");

        users.login("teamleider.soest");
        assertThat(groups.myGroups())
                .extracting(GroupSummary::id)
                .contains(mine)
                .doesNotContain(other);
        assertThat(groups.group(mine).myStanding()).isEqualTo(PeerGroupStanding.MEMBER);
        assertThatThrownBy(() -> groups.group(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.sessions(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nonMembersProvidersAndManagersAreRefusedTheSessionsAndCasesByTheService() {
        long group = fixtures.group(4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        cases.writeCase(session, "Hoe houd ik grip op een casus met veel partijen?", null);

        for (String outsider :
                List.of("wijkcoach.baarn", "aanbieder", "manager.leusden", "trainer", "procesbegeleider")) {
            users.login(outsider);
            assertThatThrownBy(() -> sessions.sessions(group)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.session(session)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.cases(session)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.writeCase(session, "Ook een vraag", null))
                    .as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aManagerOrProviderWhoIsListedAsMemberIsStillRefused() {
        long group = fixtures.group(4);
        // listed before their role changed: the service lists neither today
        for (String username : List.of("manager.leusden", "aanbieder")) {
            memberRows.save(new PeerGroupMember(groupRows.findById(group).orElseThrow(), fixtures.personOf(username)));
        }
        users.login("manager.leusden");
        assertThatThrownBy(() -> sessions.sessions(group)).isInstanceOf(AccessDeniedException.class);
        assertThat(groups.myGroups()).extracting(GroupSummary::id).doesNotContain(group);
        users.login("aanbieder");
        assertThatThrownBy(() -> groups.group(group)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExternalFacilitatorWithAGuestAccountSeesOnlyTheGroupsTheyFacilitate() {
        // someone without a demo account, so that no demo login gains a group (and a menu entry)
        long external = fixtures.outsiders(149, 1).getFirst();
        long facilitated = fixtures.group(Facilitation.FIXED, external, 4, "teamleider.soest");
        long other = fixtures.group(4, "teamleider.soest");
        long session = fixtures.session(facilitated, "incidentmethode", "teamleider.soest");

        // a guest account: no role in the portal, only this group
        users.loginAs(new UserProfile(external, "Externe begeleider", Set.of(), null, Set.of(), null, true));
        assertThat(groups.myGroups()).extracting(GroupSummary::id).containsExactly(facilitated);
        assertThat(groups.group(facilitated).myStanding()).isEqualTo(PeerGroupStanding.EXTERNAL_FACILITATOR);
        assertThat(sessions.session(session).roles()).containsEntry(PeerRole.FACILITATOR, external);
        assertThatThrownBy(() -> groups.group(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.sessions(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theGroupSetsItsOwnRetention() {
        long group = fixtures.group(4, "teamleider.soest");
        users.login("teamleider.soest");
        groups.setRetentionDays(group, 14);
        assertThat(groups.group(group).retentionDays()).isEqualTo(14);
        assertThatThrownBy(() -> groups.setRetentionDays(group, 0)).isInstanceOf(ValidationFailedException.class);
    }
}
