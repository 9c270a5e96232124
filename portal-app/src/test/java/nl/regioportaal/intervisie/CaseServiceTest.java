package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.intervisie.IntervisieModel.CaseView;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CaseServiceTest extends ServiceTest {

    @Autowired
    CaseService cases;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBsnIsBlockedAndNothingIsSaved() {
        long group = fixtures.group(4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");

        assertThatThrownBy(() -> cases.writeCase(session, "Hoe verder met cliënt met BSN 111222333?", "toch nodig"))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("question", "intervisie.error.privacy-block"));
        assertThat(jdbc.queryForObject("select count(*) from peer_case where session_id = ?", Long.class, session))
                .isZero();
    }

    @Test
    void nineDigitsFailingTheElevenTestAreNotBlocked() {
        long group = fixtures.group(4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");

        cases.writeCase(session, "Dossiernummer 123456789 kwam twee keer terug; hoe voorkom ik dat?", null);

        assertThat(cases.cases(session))
                .singleElement()
                .satisfies(c -> assertThat(c.mine()).isTrue());
    }

    @Test
    void aWarningNeedsAReasonToBeSaved() {
        long group = fixtures.group(4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");

        assertThatThrownBy(() -> cases.writeCase(session, "Hoe help ik mevrouw Jansen verder?", null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("question", "intervisie.error.privacy-warning"));
        cases.writeCase(session, "Hoe help ik mevrouw Jansen verder?", "Jansen is een verzonnen naam");
        assertThat(cases.cases(session)).hasSize(1);
    }

    @Test
    void membersSeeTheQuestionsAndVoteOnceEach() {
        long group = fixtures.group(4, "teamleider.soest", "wijkcoach.baarn");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long first = cases.writeCase(session, "Hoe stem ik af met de huisarts?", null);
        users.login("wijkcoach.baarn");
        long second = cases.writeCase(session, "Wanneer schaal ik op naar de teamleider?", null);

        cases.vote(session, first);
        cases.vote(session, second);
        users.login("teamleider.soest");
        cases.vote(session, second);

        assertThat(cases.cases(session))
                .extracting(CaseView::id, CaseView::votes, CaseView::myVote)
                .containsExactly(tuple(first, 0, false), tuple(second, 2, true));
        assertThat(cases.winner(session)).get().extracting(CaseQuestion::getId).isEqualTo(second);
    }

    @Test
    void whenTheMethodDoesNotLetTheGroupChooseOnlyTheCaseBringerWrites() {
        long group = fixtures.group(4, "teamleider.soest");
        long session = fixtures.session(group, "balint", "teamleider.soest");
        Map<PeerRole, Long> roles = sessions.session(session).roles();
        if (roles.get(PeerRole.CASE_BRINGER) == fixtures.personOf("teamleider.soest")) {
            sessions.overrideRole(session, PeerRole.CASE_BRINGER, fixtures.memberWithoutRole(session));
        }

        assertThatThrownBy(() -> cases.writeCase(session, "Mag ik ook?", null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("question", "intervisie.error.not-case-bringer"));
    }
}
