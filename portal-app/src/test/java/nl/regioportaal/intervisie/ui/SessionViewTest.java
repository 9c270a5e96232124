package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.intervisie.CaseService;
import nl.regioportaal.intervisie.IntervisieFixtures;
import nl.regioportaal.intervisie.PeerAnswer;
import nl.regioportaal.intervisie.PeerSessionService;
import nl.regioportaal.intervisie.SessionStatus;
import nl.regioportaal.notify.NoticesInFlight;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SessionViewTest extends KaribuTest {

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    CaseService cases;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    NoticesInFlight inFlight;

    @Test
    void aBsnIsBlockedNextToTheFieldNamingTheFragmentAndNothingIsSaved() {
        long session = soestsSession();
        login("teamleider.soest");
        SessionView view = open(session);

        type(view.question, "Hoe verder met de cliënt met BSN 111222333?");

        assertThat(view.question.isInvalid()).isTrue();
        assertThat(view.question.getErrorMessage())
                .contains("\"111222333\"", "burgerservicenummer")
                .contains("Opslaan kan pas als het BSN is weggehaald");
        _click(view.saveQuestion);
        assertThat(jdbc.queryForObject("select count(*) from peer_case where session_id = ?", Long.class, session))
                .isZero();

        type(view.question, "Dossiernummer 123456789 dook twee keer op; hoe voorkom ik dat?");
        assertThat(view.question.isInvalid()).isFalse();
        _click(view.saveQuestion);
        assertThat(cases.cases(session))
                .singleElement()
                .satisfies(c -> assertThat(c.question()).contains("123456789"));
    }

    @Test
    void membersSeeBothQuestionsAndVote() {
        long group = fixtures.group(4, "teamleider.soest", "wijkcoach.baarn");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long first = cases.writeCase(session, "Hoe stem ik af met de school?", null);
        users.login("wijkcoach.baarn");
        long second = cases.writeCase(session, "Hoe bewaak ik mijn grenzen?", null);

        login("wijkcoach.baarn");
        open(session);
        assertThat(text("case-" + first)).contains("Hoe stem ik af met de school?", "(0 stemmen)");
        _click(_get(Button.class, s -> s.withId("vote-" + second)));

        assertThat(text("case-" + second)).contains("Hoe bewaak ik mijn grenzen?", "(1 stemmen)", "Je stem");
    }

    @Test
    void theSoestTeamLeaderAnswersAndSeesTheirRole() {
        long session = soestsSession();
        login("teamleider.soest");
        SessionView view = open(session);

        type(view.rsvp, PeerAnswer.ATTEND);
        _click(_get(Button.class, s -> s.withId("save-rsvp")));

        assertThat(sessions.myAnswer(session)).isEqualTo(PeerAnswer.ATTEND);
        assertThat(List.of(text("role-case_bringer"), text("role-minute_taker"), text("role-facilitator")))
                .anySatisfy(t -> assertThat(t).contains("(jij)"));
    }

    @Test
    void aMemberMovesTheSessionAndAPastTimeIsShownNextToTheField() {
        long session = soestsSession();
        LocalDateTime planned = sessions.session(session).startsAt();
        login("teamleider.soest");
        SessionView view = open(session);
        assertThat(view.newStart.getValue()).isEqualTo(planned);

        type(view.newStart, LocalDateTime.now(clock).minusDays(1).withNano(0));
        _click(view.move);
        assertThat(view.newStart.isInvalid()).isTrue();
        assertThat(view.newStart.getErrorMessage()).isEqualTo("Kies een begintijd in de toekomst.");
        assertThat(sessions.session(session).startsAt()).isEqualTo(planned);

        LocalDateTime later = planned.plusDays(14).withHour(9).withMinute(30);
        type(view.newStart, later);
        type(view.newPlace, "Zaal 3");
        _click(view.move);
        assertThat(sessions.session(session).startsAt()).isEqualTo(later);
        assertThat(sessions.session(session).place()).isEqualTo("Zaal 3");
        assertThat(view.when.getText()).contains("Zaal 3", "09:30");

        // the page built again after the move moves once more, once
        type(view.newStart, later.plusDays(1));
        _click(view.move);
        assertThat(sessions.session(session).startsAt()).isEqualTo(later.plusDays(1));
        users.login("admin"); // reads anyone's notices (audits)
        assertThat(inFlight.noticesOf(fixtures.personOf("teamleider.soest"), "intervisie.session-moved"))
                .filteredOn(n -> n.link().equals("intervisie/sessie/" + session))
                .hasSize(2);
    }

    @Test
    void aMoveBySomeoneElseMeanwhileIsShownNotOverwritten() {
        long session = soestsSession();
        login("teamleider.soest");
        SessionView view = open(session);

        // meanwhile another member moves it, in another browser
        LocalDateTime theirs = sessions.session(session).startsAt().plusDays(7);
        sessions.moveSession(session, sessions.session(session).version(), theirs, "Zaal 5");
        type(view.newStart, theirs.plusDays(1));
        _click(view.move);

        assertThat(notificationTexts())
                .contains(
                        "Iemand anders heeft dit intussen gewijzigd. Je wijziging is niet opgeslagen; de nieuwste gegevens zijn opnieuw geladen.");
        assertThat(sessions.session(session).startsAt()).isEqualTo(theirs);
        assertThat(view.when.getText()).contains("Zaal 5");
        assertThat(view.newStart.getValue()).isEqualTo(theirs);
    }

    @Test
    void aCancelledSessionSaysSoAndOffersNothingToDo() {
        long session = soestsSession();
        login("teamleider.soest");
        SessionView view = open(session);
        assertThat(view.cancelled.isVisible()).isFalse();

        _click(view.cancel);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(sessions.session(session).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(view.cancelled.isVisible()).isTrue();
        assertThat(view.cancelled.getText()).isEqualTo("Geannuleerd");
        assertThat(view.liveLink.isVisible()).isFalse();
        assertThat(_find(Button.class, s -> s.withId("save-rsvp"))).isEmpty();
        assertThat(view.move.isAttached()).isFalse();
        assertThat(view.cancel.isAttached()).isFalse();
    }

    @Test
    void nonMembersProvidersAndManagersAreRefusedTheSession() {
        long session = soestsSession();
        for (String outsider : List.of("wijkcoach.baarn", "aanbieder", "manager.leusden")) {
            login(outsider);
            assertRefused("intervisie/sessie/" + session);
            assertRefused("intervisie/sessie/" + session + "/live");
        }
    }

    /** A session in a week of a new group of four with the Soest team leader. */
    private long soestsSession() {
        long group = fixtures.group(4, "teamleider.soest");
        return fixtures.session(group, "incidentmethode", "teamleider.soest");
    }

    static SessionView open(long sessionId) {
        UI.getCurrent().navigate(SessionView.class, new RouteParameters("sessionId", String.valueOf(sessionId)));
        return _get(SessionView.class);
    }

    private static String text(String id) {
        return _get(ListItem.class, s -> s.withId(id)).getElement().getTextRecursively();
    }
}
