package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntervisiePersonalDataTest extends ServiceTest {

    @Autowired
    IntervisiePersonalData personalData;

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    CaseService cases;

    @Autowired
    PeerGroupService groups;

    @Autowired
    NoticesInFlight inFlight;

    @Test
    void exportNamesGroupsAnswersAndCaseQuestionsAndErasureRemovesThem() {
        // a professional far down the list, in no demo group, without an account
        long person = fixtures.outsiders(199, 1).getFirst();
        long group = fixtures.group(4, "teamleider.soest");
        fixtures.addMember(group, person);
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        users.loginAs(new UserProfile(person, "Lid", Set.of(Role.PROFESSIONAL), null, Set.of(), null, true));
        sessions.answer(session, PeerAnswer.ATTEND);
        cases.writeCase(session, "Hoe houd ik het overzicht?", null);

        @SuppressWarnings("unchecked")
        Map<String, List<Object>> exported = (Map<String, List<Object>>) personalData.export(person);
        assertThat(exported.get("groups")).hasSize(1);
        assertThat(exported.get("answers")).containsExactly(new IntervisiePersonalData.AnswerData(session, "ATTEND"));
        assertThat(exported.get("caseQuestions"))
                .containsExactly(new IntervisiePersonalData.CaseData(session, "Hoe houd ik het overzicht?"));

        personalData.erase(person);
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> after = (Map<String, List<Object>>) personalData.export(person);
        assertThat(after.values()).allSatisfy(list -> assertThat(list).isEmpty());
    }

    @Test
    void anErasedPersonLeavesTheirGroupsAndTheirGroupsComingSessionsQuietly() {
        List<Long> two = fixtures.outsiders(201, 2);
        long facilitator = two.getFirst();
        long member = two.getLast();
        long led = fixtures.group(Facilitation.FIXED, facilitator, 4, "teamleider.soest");
        long ledSession = fixtures.session(led, "incidentmethode", "teamleider.soest");
        long joined = fixtures.group(4, "wijkcoach.baarn");
        fixtures.addMember(joined, member);
        long joinedSession = fixtures.session(joined, "incidentmethode", "wijkcoach.baarn");
        users.login("wijkcoach.baarn");
        Map<PeerRole, Long> given = sessions.session(joinedSession).roles();
        PeerRole held = given.entrySet().stream()
                .filter(e -> !e.getValue().equals(member))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        sessions.overrideRole(joinedSession, held, member); // by hand: it must still go
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> exported = (Map<String, List<Object>>) personalData.export(facilitator);
        assertThat(exported.get("facilitates")).hasSize(1);
        inFlight.awaitRecorded();

        personalData.erase(facilitator);
        personalData.erase(member);

        users.login("teamleider.soest");
        assertThat(groups.group(led).facilitation())
                .as("a group whose fixed facilitator was erased rotates")
                .isEqualTo(Facilitation.ROTATING);
        Map<PeerRole, Long> ledRoles = sessions.session(ledSession).roles();
        assertThat(ledRoles).containsOnlyKeys(PeerRole.values()).doesNotContainValue(facilitator);
        users.login("wijkcoach.baarn");
        Map<PeerRole, Long> joinedRoles = sessions.session(joinedSession).roles();
        assertThat(joinedRoles).containsOnlyKeys(PeerRole.values()).doesNotContainValue(member);
        assertThat(fixtures.asSupervisorMembers(joined)).doesNotContain(member).containsAll(joinedRoles.values());
        users.login("admin");
        assertThat(inFlight.noticesOf(facilitator, "intervisie.session-withdrawn"))
                .as("nothing is sent to an erased person")
                .isEmpty();
        assertThat(inFlight.noticesOf(member, "intervisie.session-withdrawn")).isEmpty();
    }
}
