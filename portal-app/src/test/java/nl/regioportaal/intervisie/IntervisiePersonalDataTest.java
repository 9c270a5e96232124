package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.ServiceTest;
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

    @Test
    void exportNamesGroupsAnswersAndCaseQuestionsAndErasureRemovesThem() {
        // a professional far down the list, in no demo group, without an account
        long person = fixtures.others(200, List.of()).getLast();
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
}
