package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.intervisie.IntervisieModel.LiveState;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.training.PeerSupervisionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class LiveSessionServiceTest extends ServiceTest {

    @Autowired
    LiveSessionService live;

    @Autowired
    CaseService cases;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeerSupervisionService peerSupervision;

    @Autowired
    Clock clock;

    /** A group whose fixed facilitator is the Soest team leader, with one session planned by them. */
    private long sessionFacilitatedBySoest() {
        long soest = fixtures.personOf("teamleider.soest");
        long group = fixtures.group(Facilitation.FIXED, soest, 4, "teamleider.soest", "wijkcoach.baarn");
        return fixtures.session(group, "incidentmethode", "teamleider.soest");
    }

    @Test
    void startingShowsTheCaseWithTheMostVotesAndStoresThePhaseStart() {
        long session = sessionFacilitatedBySoest();
        long first = cases.writeCase(session, "Hoe stem ik af met de school?", null);
        users.login("wijkcoach.baarn");
        long second = cases.writeCase(session, "Hoe bewaak ik mijn grenzen?", null);
        cases.vote(session, second);
        users.login("teamleider.soest");
        cases.vote(session, second);

        live.start(session);

        LiveState state = live.live(session, PortalI18NProvider.DUTCH);
        assertThat(state.chosenCase()).isEqualTo("Hoe bewaak ik mijn grenzen?");
        assertThat(state.status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(state.current().name()).isEqualTo("Terugblik op eerder advies");
        assertThat(state.remainingSeconds()).isBetween(5 * 60L - 10, 5 * 60L);
        Instant stored = jdbc.queryForObject(
                        "select phase_started_at from peer_session where id = ?", LocalDateTime.class, session)
                .toInstant(ZoneOffset.UTC);
        assertThat(Duration.between(stored, clock.instant())).isLessThan(Duration.ofSeconds(10));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void onlyTheFacilitatorSteersAndEveryoneSeesTheSamePhase() {
        long session = sessionFacilitatedBySoest();
        live.start(session);
        live.extendOneMinute(session);
        live.nextPhase(session);

        users.login("wijkcoach.baarn");
        LiveState seen = live.live(session, PortalI18NProvider.ENGLISH);
        assertThat(seen.phaseIndex()).isEqualTo(1);
        assertThat(seen.current().name()).isEqualTo("Bring and choose a case");
        assertThat(seen.remainingSeconds()).isBetween(15 * 60L - 10, 15 * 60L);
        assertThat(seen.facilitator()).isFalse();
        assertThatThrownBy(() -> live.nextPhase(session)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.pause(session)).isInstanceOf(AccessDeniedException.class);

        users.login("teamleider.soest");
        live.pause(session);
        assertThat(live.live(session, PortalI18NProvider.DUTCH).paused()).isTrue();
        live.resume(session);
        for (int i = 0; i < 5; i++) {
            live.nextPhase(session);
        }
        assertThat(live.live(session, PortalI18NProvider.DUTCH).status()).isEqualTo(SessionStatus.DONE);
        assertThatThrownBy(() -> live.nextPhase(session)).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void theMinuteTakersNotesPassThePrivacyGuardAndOthersMayNotWriteThem() {
        long session = sessionFacilitatedBySoest();
        live.start(session);
        assertThatThrownBy(() -> live.recordNotes(session, "Afspraak over BSN 111222333", null, false, null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("agreements", "intervisie.error.privacy-block"));
        live.recordNotes(session, "Volgende keer start Baarn.", "Eerst vragen, dan adviseren.", true, null);
        assertThat(live.live(session, PortalI18NProvider.DUTCH).lesson()).isEqualTo("Eerst vragen, dan adviseren.");

        loginAsMemberWithoutRole(session);
        assertThatThrownBy(() -> live.recordNotes(session, "Ik ook", null, false, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theGroupSeesAveragesOnlyNeverOnePersonsRating() {
        long session = sessionFacilitatedBySoest();
        long group = sessions.session(session).groupId();
        live.start(session);
        live.evaluate(session, 5, "Fijne sessie", null);
        assertThat(live.averages(group))
                .as("one rating would show one person's")
                .isEmpty();

        users.login("wijkcoach.baarn");
        live.evaluate(session, 2, null, null);
        assertThat(live.averages(group)).singleElement().satisfies(a -> {
            assertThat(a.average()).isEqualTo(3.5);
            assertThat(a.ratings()).isEqualTo(2);
        });
        assertThatThrownBy(() -> live.evaluate(session, 6, null, null)).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void aCancelledSessionCannotStartNorBeEvaluatedNorGetNotes() {
        long session = sessionFacilitatedBySoest();
        sessions.cancelSession(session, sessions.session(session).version());

        assertThatThrownBy(() -> live.start(session)).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> live.evaluate(session, 4, null, null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("score", "intervisie.error.cancelled"));
        assertThatThrownBy(() -> live.recordNotes(session, "Afspraak", null, false, null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("agreements", "intervisie.error.cancelled"));
    }

    @Test
    void attendanceOfAHeldSessionCountsAsPeerSupervisionHoursInTheTrainingRecord() {
        long session = sessionFacilitatedBySoest();
        users.login("wijkcoach.baarn");
        sessions.answer(session, PeerAnswer.ATTEND);
        BigDecimal before = peerSupervision.myHours().hours();
        users.login("teamleider.soest");
        live.start(session);
        for (int i = 0; i < 6; i++) {
            live.nextPhase(session);
        }

        users.login("wijkcoach.baarn");
        // the incident method takes 65 minutes; "this year" in Mijn scholing when the session falls in it
        if (sessions.session(session).startsAt().getYear()
                == LocalDate.now(clock).getYear()) {
            assertThat(peerSupervision.myHours().hours()).isGreaterThan(before);
        }
        assertThat(jdbc.queryForObject(
                        "select minutes from peer_supervision_hours where source_ref = ? and person_id = ?",
                        Integer.class,
                        "intervisie-session-" + session,
                        fixtures.personOf("wijkcoach.baarn")))
                .isEqualTo(65);
    }

    @Test
    void evaluatingBeforeTheSessionStartedIsRefused() {
        long session = sessionFacilitatedBySoest();
        assertThatThrownBy(() -> live.evaluate(session, 4, null, null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("score", "intervisie.error.not-held"));
    }

    private void loginAsMemberWithoutRole(long session) {
        long free = fixtures.memberWithoutRole(session);
        users.loginAs(new UserProfile(free, "Lid", Set.of(Role.PROFESSIONAL), null, Set.of(), null, true));
    }
}
