package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.Minutes;
import nl.regioportaal.forum.ForumModel.MinutesItem;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class MinutesServiceTest extends ServiceTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    MinutesQueries queries;

    @Autowired
    AgendaService agendas;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Clock clock;

    @Autowired
    NoticesInFlight inFlight;

    @Test
    void minutesWithADecisionTwoActionsAndACommitmentThenReviewedAndApprovedAndFinal() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(3));
        long work = AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING);
        long item = agendas.addItem(meeting, work, AgendaServiceTest.item("Werkwijze toegang", 30));
        long soest = fixtures.personOf("teamleider.soest");
        long leusden = fixtures.personOf("manager.leusden");

        users.login("teamleider.soest"); // the secretary
        minutes.start(meeting);
        minutes.recordAttendance(meeting, soest, true);
        minutes.recordAttendance(meeting, leusden, false);
        minutes.recordNotes(item, versionOf(meeting, item), "<p>Besproken; iedereen akkoord.</p>");
        String reference = minutes.decide(item, "De regio werkt met één gespreksleidraad.");
        minutes.addFollowUp(
                meeting,
                item,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Leidraad rondsturen",
                        soest,
                        null,
                        null,
                        LocalDate.now(clock).plusDays(7)));
        minutes.addFollowUp(
                meeting,
                item,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Training plannen",
                        null,
                        "Lumens Academie",
                        null,
                        LocalDate.now(clock).plusDays(30)));
        minutes.addFollowUp(
                meeting,
                item,
                new FollowUpDraft(
                        FollowUpKind.COMMITMENT,
                        "Terugkoppeling wachttijden",
                        soest,
                        null,
                        "Lumens",
                        LocalDate.now(clock).plusDays(14)));
        minutes.close(meeting);
        minutes.openReview(meeting, LocalDate.now(clock).plusDays(5));

        assertThat(reference)
                .matches(fixtures.codeOf(forum) + "-"
                        + LocalDateTime.now(clock).minusHours(3).getYear() + "-001");
        Minutes record = queries.minutes(meeting);
        assertThat(record.present()).hasSize(1);
        assertThat(record.absent()).hasSize(1);
        MinutesItem recorded = record.items().stream()
                .filter(i -> i.itemId() == item)
                .findFirst()
                .orElseThrow();
        assertThat(recorded.decisions())
                .singleElement()
                .satisfies(d -> assertThat(d.reference()).isEqualTo(reference));
        assertThat(recorded.followUps()).hasSize(3);
        assertThat(recorded.notes()).contains("iedereen akkoord");

        long accepted = minutes.comment(
                meeting, item, "Graag 'één' vervangen door 'een gezamenlijke'.", true); // soest attended
        users.login("manager.leusden"); // a member who did not attend
        assertThatThrownBy(() -> minutes.comment(meeting, item, "Ik was er niet, maar...", true))
                .isInstanceOf(AccessDeniedException.class);

        users.login("procesbegeleider");
        assertThatThrownBy(() -> minutes.approve(meeting))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsValue("forum.error.comments-open"));
        minutes.answer(accepted, true);
        minutes.approve(meeting);

        // approved minutes are final, whoever asks
        long approvedVersion = versionOf(meeting, item);
        assertThatThrownBy(() -> minutes.recordNotes(item, approvedVersion, "achteraf"))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsValue("forum.error.minutes-approved"));
        assertThatThrownBy(() -> minutes.decide(item, "nog een besluit")).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> minutes.addFollowUp(
                        meeting,
                        item,
                        new FollowUpDraft(FollowUpKind.ACTION, "x", soest, null, null, LocalDate.now(clock))))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(queries.minutes(meeting).items().stream()
                        .filter(i -> i.itemId() == item)
                        .findFirst()
                        .orElseThrow()
                        .notes())
                .doesNotContain("achteraf");
    }

    @Test
    void thoseWhoAttendedAreAskedToReviewAndEveryMemberIsToldOfTheApproval() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(3));
        long soest = fixtures.personOf("teamleider.soest");
        long leusden = fixtures.personOf("manager.leusden");
        minutes.start(meeting);
        minutes.recordAttendance(meeting, List.of(soest, leusden), Set.of(soest));
        minutes.close(meeting);
        minutes.openReview(meeting, LocalDate.now(clock).plusDays(5));
        minutes.approve(meeting);

        assertThat(noticesOf(soest, "forum.minutes-in-review", meeting)).hasSize(1);
        assertThat(noticesOf(leusden, "forum.minutes-in-review", meeting))
                .as("did not attend")
                .isEmpty();
        assertThat(noticesOf(soest, "forum.minutes-approved", meeting)).hasSize(1);
        assertThat(noticesOf(leusden, "forum.minutes-approved", meeting)).hasSize(1);
    }

    @Test
    void notesSavedOnStaleMinutesAreRefusedAndTheOtherSecretarysNotesStay() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        long item = agendas.addItem(
                meeting,
                AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING),
                AgendaServiceTest.item("Jaarplan", 20));
        minutes.start(meeting);
        long seenByBoth = versionOf(meeting, item); // the chair and the secretary both opened the minutes

        users.login("teamleider.soest");
        minutes.recordNotes(item, seenByBoth, "Jaarplan besproken, vaststelling in juni.");
        users.login("procesbegeleider");
        assertThatThrownBy(() -> minutes.recordNotes(item, seenByBoth, "Jaarplan akkoord."))
                .isInstanceOf(ConcurrentEditException.class);

        MinutesItem recorded = itemOf(meeting, item);
        assertThat(recorded.notes()).contains("Jaarplan besproken").doesNotContain("akkoord");
        minutes.recordNotes(item, recorded.version(), "Jaarplan akkoord, vaststelling in juni.");
        assertThat(itemOf(meeting, item).notes()).contains("Jaarplan akkoord");
    }

    @Test
    void inTheReviewRoundTheSecretaryWorksAnAcceptedAmendmentIntoNotesAndDecisionThenApprovalFreezesBoth() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(3));
        long item = agendas.addItem(
                meeting,
                AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING),
                AgendaServiceTest.item("Wachtlijsten", 20));
        long leusden = fixtures.personOf("manager.leusden");
        minutes.start(meeting);
        minutes.recordAttendance(meeting, leusden, true);
        minutes.recordNotes(item, versionOf(meeting, item), "Wachtlijsten worden maandelijks gedeeld.");
        String reference = minutes.decide(item, "Wachtlijsten worden maandelijks gedeeld.");
        minutes.close(meeting);
        minutes.openReview(meeting, LocalDate.now(clock).plusDays(5));

        users.login("manager.leusden");
        long amendment = minutes.comment(meeting, item, "Lees: tweewekelijks.", true);
        users.login("procesbegeleider"); // the chair
        minutes.answer(amendment, true);

        users.login("teamleider.soest"); // the secretary works it in
        ForumModel.DecisionView decision = itemOf(meeting, item).decisions().getFirst();
        minutes.recordNotes(item, versionOf(meeting, item), "Wachtlijsten worden tweewekelijks gedeeld.");
        minutes.reviseDecision(decision.id(), decision.version(), "Wachtlijsten worden tweewekelijks gedeeld.");
        assertThatThrownBy(() -> minutes.reviseDecision(decision.id(), decision.version(), "Iets anders."))
                .as("a stale version does not overwrite the correction")
                .isInstanceOf(ConcurrentEditException.class);
        ForumModel.DecisionView revised = itemOf(meeting, item).decisions().getFirst();
        assertThatThrownBy(() -> minutes.reviseDecision(revised.id(), revised.version(), " "))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("decision", "forum.error.decision-text"));
        users.login("manager.leusden"); // a member does not correct the minutes
        assertThatThrownBy(() -> minutes.reviseDecision(revised.id(), revised.version(), "Wekelijks."))
                .isInstanceOf(AccessDeniedException.class);

        users.login("procesbegeleider");
        minutes.approve(meeting);
        MinutesItem approved = itemOf(meeting, item);
        assertThat(approved.notes()).contains("tweewekelijks").doesNotContain("maandelijks");
        assertThat(approved.decisions()).singleElement().satisfies(d -> {
            assertThat(d.reference()).as("the number stays").isEqualTo(reference);
            assertThat(d.text()).isEqualTo("Wachtlijsten worden tweewekelijks gedeeld.");
        });
        assertThat(queries.decisions(forum, "tweewekelijks"))
                .extracting(ForumModel.DecisionView::reference)
                .containsExactly(reference);

        users.login("teamleider.soest");
        ForumModel.DecisionView last = approved.decisions().getFirst();
        assertThatThrownBy(() -> minutes.reviseDecision(last.id(), last.version(), "Wekelijks."))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsValue("forum.error.minutes-approved"));
        assertThatThrownBy(() -> minutes.recordNotes(item, approved.version(), "Wekelijks."))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsValue("forum.error.minutes-approved"));
        assertThat(itemOf(meeting, item).decisions().getFirst().text()).doesNotContain("Wekelijks");
    }

    private MinutesItem itemOf(long meetingId, long itemId) {
        return queries.minutes(meetingId).items().stream()
                .filter(i -> i.itemId() == itemId)
                .findFirst()
                .orElseThrow();
    }

    private long versionOf(long meetingId, long itemId) {
        return itemOf(meetingId, itemId).version();
    }

    /** The person's notices of this kind about this meeting (other tests share the people). */
    private List<Notice> noticesOf(long personId, String kind, long meetingId) {
        String link = "overleg/vergadering/" + meetingId + "/notulen";
        return SystemAuthentication.call(() -> inFlight.noticesOf(personId, kind).stream()
                .filter(n -> link.equals(n.link()))
                .toList());
    }

    @Test
    void anActionWithoutOwnerOrDueDateIsRefusedAndNothingIsSaved() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        minutes.start(meeting);
        assertThatThrownBy(() -> minutes.addFollowUp(
                        meeting, null, new FollowUpDraft(FollowUpKind.ACTION, "Iets doen", null, " ", null, null)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("owner", "forum.error.owner")
                        .containsEntry("due", "forum.error.due"));
        assertThat(queries.minutes(meeting).items())
                .allSatisfy(i -> assertThat(i.followUps()).isEmpty());
    }

    @Test
    void clientDataIsRefusedInReviewCommentsAndInWhoACommitmentIsMadeToOrOwnedBy() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(3));
        long soest = fixtures.personOf("teamleider.soest");
        minutes.start(meeting);
        minutes.recordAttendance(meeting, soest, true);

        assertThatThrownBy(() -> minutes.addFollowUp(
                        meeting,
                        null,
                        new FollowUpDraft(
                                FollowUpKind.COMMITMENT,
                                "Terugbellen",
                                null,
                                "Buurtteam, BSN 111222333",
                                "de moeder, BSN 111222333",
                                LocalDate.now(clock).plusDays(7))))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("ownerName", "forum.error.privacy")
                        .containsEntry("toWhom", "forum.error.privacy"));
        assertThat(queries.minutes(meeting).items())
                .allSatisfy(i -> assertThat(i.followUps()).isEmpty());

        minutes.close(meeting);
        minutes.openReview(meeting, LocalDate.now(clock).plusDays(5));
        users.login("teamleider.soest");
        assertThatThrownBy(() -> minutes.comment(meeting, null, "Het gaat om BSN 111 222 333", false))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("comment", "forum.error.privacy"));
        assertThat(queries.minutes(meeting).comments()).isEmpty();
        minutes.comment(meeting, null, "Graag de datum aanpassen.", false);
        assertThat(queries.minutes(meeting).comments()).hasSize(1);
    }

    @Test
    void anOwnerNameOrCommitmentReceiverLongerThanTheFieldIsRefusedThere() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        minutes.start(meeting);
        assertThatThrownBy(() -> minutes.addFollowUp(
                        meeting,
                        null,
                        new FollowUpDraft(
                                FollowUpKind.COMMITMENT,
                                "Terugkoppelen",
                                null,
                                "Stichting ".repeat(16),
                                "Gemeenteraad ".repeat(12),
                                LocalDate.now(clock).plusDays(7))))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("ownerName", "forum.error.owner-name")
                        .containsEntry("toWhom", "forum.error.to-whom-too-long"));
        assertThat(queries.minutes(meeting).items())
                .allSatisfy(i -> assertThat(i.followUps()).isEmpty());
    }

    @Test
    void theReviewDeadlineClosesTheRound() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusDays(10));
        long soest = fixtures.personOf("teamleider.soest");
        minutes.start(meeting);
        minutes.recordAttendance(meeting, soest, true);
        minutes.close(meeting);
        assertThatThrownBy(() -> minutes.openReview(meeting, LocalDate.now(clock)))
                .isInstanceOf(ValidationFailedException.class);
        minutes.openReview(meeting, LocalDate.now(clock).plusDays(1));
        fixtures.moveReviewDeadline(meeting, LocalDate.now(clock).minusDays(1));

        users.login("teamleider.soest");
        assertThatThrownBy(() -> minutes.comment(meeting, null, "Te laat", false))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsValue("forum.error.review-closed"));
    }

    @Test
    void decisionNumbersStayUniqueWithTwoSecretariesSavingAtOnce() throws Exception {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY);
        long first = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(2));
        long second = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        long a = agendas.addItem(
                first,
                AgendaServiceTest.section(agendas.agenda(first), SectionKind.WORK_MEETING),
                AgendaServiceTest.item("A", 10));
        long b = agendas.addItem(
                second,
                AgendaServiceTest.section(agendas.agenda(second), SectionKind.WORK_MEETING),
                AgendaServiceTest.item("B", 10));
        minutes.start(first);
        minutes.start(second);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> results = new ArrayList<>();
        for (Object[] job : new Object[][] {{"procesbegeleider", a}, {"teamleider.soest", b}}) {
            Callable<List<String>> secretary = () -> {
                users.login((String) job[0]);
                go.await();
                List<String> refs = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    refs.add(minutes.decide((Long) job[1], "Besluit " + i));
                }
                SecurityContextHolder.clearContext();
                return refs;
            };
            results.add(pool.submit(secretary));
        }
        go.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> r : results) {
            all.addAll(r.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(10).doesNotHaveDuplicates();
        assertThat(all.stream()
                        .map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1)))
                        .sorted()
                        .toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aDecisionIsFoundByAWordInIt() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        long item = agendas.addItem(
                meeting,
                AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING),
                AgendaServiceTest.item("Schuldhulp", 10));
        minutes.start(meeting);
        String found = minutes.decide(item, "Schuldhulpverlening krijgt een vaste contactpersoon per team.");
        minutes.decide(item, "De vergaderdatum blijft donderdag.");
        assertThat(queries.decisions(forum, "contactpersoon"))
                .extracting(ForumModel.DecisionView::reference)
                .containsExactly(found);
        assertThat(queries.decisions(forum, null)).hasSize(2);
    }
}
