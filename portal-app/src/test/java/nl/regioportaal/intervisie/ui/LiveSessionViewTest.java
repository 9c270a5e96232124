package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.intervisie.CaseService;
import nl.regioportaal.intervisie.Facilitation;
import nl.regioportaal.intervisie.IntervisieFixtures;
import nl.regioportaal.intervisie.LiveSessionService;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveSessionViewTest extends KaribuTest {

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    CaseService cases;

    @Autowired
    LiveSessionService live;

    private long session;

    /** A session of a group whose fixed facilitator is the Soest team leader, with two case questions and votes. */
    private long sessionWithTwoQuestions() {
        long soest = fixtures.personOf("teamleider.soest");
        long group = fixtures.group(Facilitation.FIXED, soest, 4, "teamleider.soest", "wijkcoach.baarn");
        session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        cases.writeCase(session, "Hoe stem ik af met de school?", null);
        users.login("wijkcoach.baarn");
        long chosen = cases.writeCase(session, "Hoe bewaak ik mijn grenzen?", null);
        cases.vote(session, chosen);
        return session;
    }

    @Test
    void theCaseWithTheMostVotesIsShownAtTheStartAndTheFirstPhaseRuns() {
        long session = sessionWithTwoQuestions();
        login("teamleider.soest");
        LiveSessionView view = open(session);
        assertThat(view.phaseName.getText()).isEqualTo("De sessie is nog niet begonnen.");

        _click(view.start);

        assertThat(view.chosenCase.getText()).isEqualTo("Hoe bewaak ik mijn grenzen?");
        assertThat(view.phaseName.getText()).isEqualTo("Fase 1 van 6: Terugblik op eerder advies");
        assertThat(Long.parseLong(view.countdown.getElement().getAttribute("data-remaining-seconds")))
                .isBetween(290L, 300L);
        assertThat(view.next.isVisible()).isTrue();

        _click(view.extend);
        _click(view.next);
        assertThat(view.phaseName.getText()).isEqualTo("Fase 2 van 6: Casus inbrengen en kiezen");
    }

    @Test
    void anotherMemberFollowsButDoesNotSteer() {
        long session = sessionWithTwoQuestions();
        login("teamleider.soest");
        live.start(session);
        live.nextPhase(session);

        login("wijkcoach.baarn");
        LiveSessionView view = open(session);

        assertThat(view.phaseName.getText()).isEqualTo("Fase 2 van 6: Casus inbrengen en kiezen");
        assertThat(view.chosenCase.getText()).isEqualTo("Hoe bewaak ik mijn grenzen?");
        assertThat(view.controls.isVisible()).isFalse();
        assertThat(view.notesBox.isVisible())
                .as("not the minute taker or facilitator here")
                .isFalse();
        assertThat(view.evaluationBox.isVisible()).isTrue();
        assertThat(live.live(session, PortalI18NProvider.DUTCH).phaseIndex()).isEqualTo(1);
    }

    /**
     * The facilitator on another node: its service call reaches no push on this node, so the page
     * looks at the session's version when it polls and shows the change.
     */
    @Test
    void aPageOnAnotherNodeShowsTheNextPhaseAtItsNextPoll() {
        long session = sessionWithTwoQuestions();
        login("teamleider.soest");
        live.start(session);

        login("wijkcoach.baarn");
        LiveSessionView view = open(session);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(LiveSessionView.OTHER_NODE_POLL_MILLIS);
        assertThat(view.phaseName.getText()).startsWith("Fase 1 van 6");

        users.login("teamleider.soest"); // as the facilitator's request on the other node
        live.nextPhase(session);
        users.login("wijkcoach.baarn"); // back on this node's page
        assertThat(view.phaseName.getText()).as("nothing pushed on this node").startsWith("Fase 1 van 6");

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(view.phaseName.getText()).isEqualTo("Fase 2 van 6: Casus inbrengen en kiezen");
    }

    @Test
    void theNotesKeepABsnOutAndSaveAnAnonymousLesson() {
        long session = sessionWithTwoQuestions();
        login("teamleider.soest");
        live.start(session);
        LiveSessionView view = open(session);

        type(view.agreements, "Bel over BSN 111222333");
        assertThat(view.agreements.getErrorMessage()).contains("\"111222333\"");
        type(view.lesson, "Vraag eerst door.");
        _click(view.saveNotes);
        assertThat(live.live(session, PortalI18NProvider.DUTCH).lesson()).isNull();

        type(view.agreements, "Terugkoppeling volgende keer.");
        _click(_get(Button.class, s -> s.withId("save-notes")));
        assertThat(live.live(session, PortalI18NProvider.DUTCH).lesson()).isEqualTo("Vraag eerst door.");
    }

    static LiveSessionView open(long sessionId) {
        UI.getCurrent().navigate(LiveSessionView.class, new RouteParameters("sessionId", String.valueOf(sessionId)));
        return _get(LiveSessionView.class);
    }
}
