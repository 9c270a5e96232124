package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.intervisie.IntervisieModel.MemberRow;
import nl.regioportaal.intervisie.IntervisieModel.SeriesDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class PeerSessionServiceTest extends ServiceTest {

    @Autowired
    PeerSessionService sessions;

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    MailLog mailLog;

    @Autowired
    PeerGroupService groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aPlannedSessionGetsThreeRolesForThreeDifferentMembers() {
        long group = fixtures.group(6, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");

        SessionSummary s = sessions.session(session);
        assertThat(s.roles()).containsOnlyKeys(PeerRole.values());
        assertThat(new HashSet<>(s.roles().values())).hasSize(3);
        assertThat(s.endsAt()).isEqualTo(s.startsAt().plusMinutes(65));
    }

    @Test
    void theSoestTeamLeaderGetsTheCaseBringerRoleInTheRotation() {
        long group = fixtures.group(6, "teamleider.soest");
        long soest = fixtures.personOf("teamleider.soest");
        users.login("teamleider.soest");
        List<Long> series = sessions.planSeries(
                group,
                new SeriesDraft(
                        fixtures.methodId("incidentmethode"),
                        LocalDateTime.now(clock).plusDays(7).withNano(0),
                        "FREQ=WEEKLY;INTERVAL=4",
                        LocalDate.now(clock).plusWeeks(24),
                        "Zaal 1"));

        assertThat(series).hasSize(6);
        assertThat(series.stream().map(id -> sessions.session(id).roles().get(PeerRole.CASE_BRINGER)))
                .contains(soest);
    }

    @Test
    void aSeriesSendsEveryMemberACalendarInvitationPerSession() throws Exception {
        long group = fixtures.group(4, "wijkcoach.baarn");
        long baarn = fixtures.personOf("wijkcoach.baarn");
        users.login("wijkcoach.baarn");
        LocalDateTime first = LocalDateTime.now(clock)
                .plusDays(3)
                .withHour(13)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        List<Long> series = sessions.planSeries(
                group,
                new SeriesDraft(
                        fixtures.methodId("roddelmethode"),
                        first,
                        "FREQ=WEEKLY;INTERVAL=2",
                        first.toLocalDate().plusWeeks(2),
                        null));

        assertThat(series).hasSize(2);
        assertThat(inFlight.noticesOf(baarn, "intervisie.session-planned"))
                .extracting(n -> n.link())
                .contains("intervisie/sessie/" + series.get(0), "intervisie/sessie/" + series.get(1));
        String groupName = sessions.session(series.getFirst()).groupName();
        await().atMost(Duration.ofSeconds(30)).until(() -> !mails(groupName).isEmpty());
        Calendar ics = new CalendarBuilder()
                .build(new StringReader(mails(groupName).getFirst().ics()));
        assertThat(ics.getComponents(Component.VEVENT)).hasSize(1);
    }

    @Test
    void anAbsenceMovesTheRoleToSomeoneWhoComes() {
        long group = fixtures.group(4, "teamleider.soest", "wijkcoach.baarn");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long soest = fixtures.personOf("teamleider.soest");
        long baarn = fixtures.personOf("wijkcoach.baarn");

        for (String who : List.of("teamleider.soest", "wijkcoach.baarn")) {
            users.login(who);
            sessions.answer(session, PeerAnswer.ABSENT);
        }

        users.login("teamleider.soest");
        Map<PeerRole, Long> roles = sessions.session(session).roles();
        assertThat(roles.values()).doesNotContain(soest, baarn);
        assertThat(roles).hasSize(2);
        assertThat(sessions.myAnswer(session)).isEqualTo(PeerAnswer.ABSENT);
    }

    @Test
    void aRoleSetByHandStaysAndCountsAsThatMembersTurn() {
        long group = fixtures.group(4, "teamleider.soest");
        long first = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long second = fixtures.sessionInAMonth(group, "incidentmethode", "teamleider.soest");
        long free = fixtures.memberWithoutRole(first);

        sessions.overrideRole(first, PeerRole.MINUTE_TAKER, free);

        SessionSummary one = sessions.session(first);
        assertThat(one.roles()).containsEntry(PeerRole.MINUTE_TAKER, free);
        assertThat(new HashSet<>(one.roles().values())).hasSize(3);
        assertThat(sessions.session(second).roles().get(PeerRole.MINUTE_TAKER)).isNotEqualTo(free);
        long other = one.roles().get(PeerRole.CASE_BRINGER);
        assertThatThrownBy(() -> sessions.overrideRole(first, PeerRole.FACILITATOR, other))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("role", "intervisie.error.one-role"));
    }

    @Test
    void aFixedFacilitatorGroupNeverRotatesTheFacilitator() {
        long leader = fixtures.personOf("teamleider.soest");
        long group = fixtures.group(Facilitation.FIXED, leader, 5, "teamleider.soest");
        users.login("teamleider.soest");
        List<Long> series = sessions.planSeries(
                group,
                new SeriesDraft(
                        fixtures.methodId("balint"),
                        LocalDateTime.now(clock).plusDays(7).withNano(0),
                        "FREQ=WEEKLY",
                        LocalDate.now(clock).plusWeeks(8),
                        null));

        assertThat(series).hasSizeGreaterThanOrEqualTo(8);
        for (long id : series) {
            Map<PeerRole, Long> roles = sessions.session(id).roles();
            assertThat(roles).containsEntry(PeerRole.FACILITATOR, leader);
            assertThat(roles.get(PeerRole.CASE_BRINGER)).isNotEqualTo(leader);
            assertThat(roles.get(PeerRole.MINUTE_TAKER)).isNotEqualTo(leader);
        }
        assertThatThrownBy(() -> sessions.overrideRole(
                        series.getFirst(),
                        PeerRole.FACILITATOR,
                        fixtures.others(1, List.of(leader)).getFirst()))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void aSessionInThePastIsRefused() {
        long group = fixtures.group(4, "teamleider.soest");
        users.login("teamleider.soest");
        assertThatThrownBy(() -> sessions.planSession(
                        group,
                        new SessionDraft(
                                fixtures.methodId("balint"),
                                LocalDateTime.now(clock).minusDays(1),
                                null)))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("startsAt"));
    }

    @Test
    void whoLeavesLosesTheirRolesAndCalendarItemsAndWhoJoinsIsInvitedAndTakesTurns() {
        long group = fixtures.group(5, "teamleider.soest", "wijkcoach.baarn");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long soest = fixtures.personOf("teamleider.soest");
        PeerRole held = sessions.session(session).roles().entrySet().stream()
                .filter(e -> e.getValue() == soest)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(PeerRole.MINUTE_TAKER);
        sessions.overrideRole(session, held, soest); // set by hand: it must still go back to the rotation
        inFlight.awaitRecorded();
        List<Long> before = fixtures.asSupervisorMembers(group);
        long newcomer = fixtures.others(1, before).getFirst();

        users.login("procesbegeleider");
        groups.removeMember(group, soest);
        groups.addMember(group, newcomer);

        users.login("wijkcoach.baarn");
        Map<PeerRole, Long> roles = sessions.session(session).roles();
        assertThat(roles).containsOnlyKeys(PeerRole.values());
        assertThat(roles.values()).doesNotContain(soest).doesNotHaveDuplicates();
        assertThat(fixtures.asSupervisorMembers(group))
                .containsAll(roles.values())
                .contains(newcomer);
        users.login("admin"); // reads anyone's notices (audits)
        assertThat(inFlight.noticesOf(soest, "intervisie.session-withdrawn"))
                .extracting(n -> n.link())
                .contains("intervisie/sessie/" + session);
        assertThat(inFlight.noticesOf(newcomer, "intervisie.session-planned"))
                .extracting(n -> n.link())
                .as("one invitation for the coming session")
                .filteredOn(link -> link.equals("intervisie/sessie/" + session))
                .hasSize(1);
        assertThat(calendarItemCancelled(soest, session))
                .as("the session left the leaver's calendar")
                .isTrue();
        assertThat(calendarItemCancelled(newcomer, session)).isFalse();
    }

    @Test
    void anotherFacilitatorLeadsTheComingSessionsAndTheFormerOneLosesThemFromTheirCalendar() {
        List<Long> outsiders = fixtures.outsiders(170, 2);
        long first = outsiders.getFirst();
        long second = outsiders.getLast();
        long group = fixtures.group(Facilitation.FIXED, first, 4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        String link = "intervisie/sessie/" + session;
        assertThat(sessions.session(session).roles()).containsEntry(PeerRole.FACILITATOR, first);

        users.login("procesbegeleider");
        groups.setFacilitation(group, groups.group(group).version(), Facilitation.FIXED, second);
        users.login("teamleider.soest");
        assertThat(sessions.session(session).roles()).containsEntry(PeerRole.FACILITATOR, second);
        users.login("admin"); // reads anyone's notices (audits)
        assertThat(inFlight.noticesOf(first, "intervisie.session-withdrawn"))
                .extracting(n -> n.link())
                .contains(link);
        assertThat(inFlight.noticesOf(second, "intervisie.session-planned"))
                .extracting(n -> n.link())
                .contains(link);
        assertThat(calendarItemCancelled(first, session)).isTrue();
        assertThat(calendarItemCancelled(second, session)).isFalse();

        users.login("procesbegeleider");
        groups.setFacilitation(group, groups.group(group).version(), Facilitation.ROTATING, null);
        assertThat(groups.group(group).facilitatorPersonId()).isNull();
        users.login("teamleider.soest");
        Map<PeerRole, Long> roles = sessions.session(session).roles();
        assertThat(roles).containsOnlyKeys(PeerRole.values());
        assertThat(fixtures.asSupervisorMembers(group)).containsAll(roles.values());
        inFlight.awaitRecorded();
        assertThat(calendarItemCancelled(second, session))
                .as("the former fixed facilitator, no member, no longer has the session in their calendar")
                .isTrue();
    }

    @Test
    void aMemberWhoLeftTheOrganisationTakesNoMoreTurnsAndShowsAsNoLongerActive() {
        long leaver = fixtures.outsiders(175, 1).getFirst();
        long group = fixtures.group(4, "teamleider.soest");
        fixtures.addMember(group, leaver);
        fixtures.deactivate(leaver);

        List<Long> planned = new ArrayList<>();
        for (int week = 1; week <= 5; week++) {
            planned.add(fixtures.session(
                    group,
                    "incidentmethode",
                    "teamleider.soest",
                    LocalDateTime.now(clock).plusWeeks(week).withNano(0)));
        }
        for (long session : planned) {
            assertThat(sessions.session(session).roles()).doesNotContainValue(leaver);
        }
        long first = planned.getFirst();
        assertThatThrownBy(() -> sessions.overrideRole(first, PeerRole.MINUTE_TAKER, leaver))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("role", "intervisie.error.role-person"));
        assertThat(groups.members(group))
                .filteredOn(m -> m.personId() == leaver)
                .singleElement()
                .extracting(MemberRow::active)
                .isEqualTo(false);
    }

    @Test
    void aFixedFacilitatorMustBeSomeoneActiveAndOnlyTheProcessSupervisorChangesIt() {
        long group = fixtures.group(4, "teamleider.soest");
        users.login("procesbegeleider");
        assertThatThrownBy(
                        () -> groups.setFacilitation(group, groups.group(group).version(), Facilitation.FIXED, null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("facilitator", "intervisie.error.facilitator"));
        assertThat(groups.group(group).facilitation()).isEqualTo(Facilitation.ROTATING);

        users.login("teamleider.soest");
        long me = fixtures.personOf("teamleider.soest");
        assertThatThrownBy(
                        () -> groups.setFacilitation(group, groups.group(group).version(), Facilitation.FIXED, me))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.group(group).facilitation()).isEqualTo(Facilitation.ROTATING);
    }

    @Test
    void aMovedSessionKeepsItsLengthAndEveryoneGetsTheChangedInvitation() {
        long group = fixtures.group(4, "teamleider.soest", "wijkcoach.baarn");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long baarn = fixtures.personOf("wijkcoach.baarn");
        SessionSummary before = sessions.session(session);
        users.login("wijkcoach.baarn");
        sessions.answer(session, PeerAnswer.ABSENT);
        assertThat(sessions.session(session).roles()).doesNotContainValue(baarn);
        users.login("teamleider.soest");
        inFlight.awaitRecorded();
        int sequence = calendarSequence(baarn, session);

        LocalDateTime later = before.startsAt().plusDays(14).withHour(9).withMinute(30);
        long seen = sessions.session(session).version();
        sessions.moveSession(session, seen, later, "Zaal 3");

        SessionSummary after = sessions.session(session);
        assertThat(after.startsAt()).isEqualTo(later);
        assertThat(after.endsAt()).isEqualTo(later.plusMinutes(65));
        assertThat(after.place()).isEqualTo("Zaal 3");
        users.login("wijkcoach.baarn");
        assertThat(sessions.myAnswer(session))
                .as("the answer for the old time no longer holds")
                .isNull();
        users.login("admin");
        assertThat(inFlight.noticesOf(baarn, "intervisie.session-moved"))
                .extracting(n -> n.link())
                .filteredOn(link -> link.equals("intervisie/sessie/" + session))
                .hasSize(1);
        assertThat(calendarSequence(baarn, session))
                .as("the calendar item changed")
                .isGreaterThan(sequence);
        assertThat(calendarItem("slots", String.class, baarn, session))
                .contains(later.toLocalDate().toString());

        users.login("teamleider.soest");
        long now = sessions.session(session).version();
        assertThatThrownBy(() -> sessions.moveSession(
                        session, now, LocalDateTime.now(clock).minusHours(1), null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("startsAt"));
        assertThatThrownBy(() -> sessions.moveSession(session, seen, later.plusDays(1), "Zaal 4"))
                .as("moved by someone else since this version was seen")
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> sessions.cancelSession(session, seen)).isInstanceOf(ConcurrentEditException.class);
        assertThat(sessions.session(session).startsAt()).isEqualTo(later);
        assertThat(sessions.session(session).status()).isEqualTo(SessionStatus.PLANNED);
        users.login("aanbieder");
        assertThatThrownBy(() -> sessions.moveSession(session, now, later.plusDays(1), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCancelledSessionLeavesEveryCalendarAndCountsAsNobodysTurn() {
        long group = fixtures.group(4, "teamleider.soest", "wijkcoach.baarn");
        long first = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long second = fixtures.sessionInAMonth(group, "incidentmethode", "teamleider.soest");
        Map<PeerRole, Long> firstRoles = sessions.session(first).roles();
        assertThat(sessions.session(second).roles()).isNotEqualTo(firstRoles);
        long baarn = fixtures.personOf("wijkcoach.baarn");

        sessions.cancelSession(first, sessions.session(first).version());

        assertThat(sessions.session(first).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(sessions.session(second).roles())
                .as("the turns of the cancelled session are given again")
                .isEqualTo(firstRoles);
        assertThat(sessions.myUpcoming(10)).extracting(SessionSummary::id).doesNotContain(first);
        long cancelled = sessions.session(first).version();
        assertThatThrownBy(() -> sessions.cancelSession(first, cancelled))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("intervisie.error.not-planned"));
        users.login("admin");
        assertThat(inFlight.noticesOf(baarn, "intervisie.session-cancelled"))
                .extracting(n -> n.link())
                .filteredOn(link -> link.equals("intervisie/sessie/" + first))
                .hasSize(1);
        assertThat(calendarItemCancelled(baarn, first)).isTrue();
    }

    private int calendarSequence(long personId, long sessionId) {
        return calendarItem("sequence_no", Integer.class, personId, sessionId);
    }

    private List<MailLog.ReceivedMail> mails(String groupName) {
        return SystemAuthentication.call(() -> mailLog.received()).stream()
                .filter(m -> m.subject().contains(groupName) && m.ics() != null)
                .toList();
    }

    private boolean calendarItemCancelled(long person, long session) {
        return calendarItem("cancelled", Boolean.class, person, session);
    }

    /** A column of the person's calendar item for the session. */
    private <T> T calendarItem(String column, Class<T> type, long person, long session) {
        return jdbc.queryForObject(
                "select " + column + " from notify_calendar_item where person_id = ? and item_ref = ?",
                type,
                person,
                "intervisie-session-" + session);
    }
}
