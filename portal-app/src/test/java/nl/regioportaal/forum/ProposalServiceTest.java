package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.ProposalView;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ProposalServiceTest extends ServiceTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    AgendaService agendas;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    Clock clock;

    @Test
    void aMemberProposesTheChairAcceptsItIntoASectionAndTheProposerIsTold() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(
                forum, LocalDateTime.now(clock).plusDays(20).withHour(14).withMinute(0));
        long leader = fixtures.personOf("teamleider.soest");

        users.login("teamleider.soest");
        long id = proposals.propose(forum, meeting, "Afwijking werkwijze Soest", "<p>Graag bespreken</p>", 20);
        assertThat(proposals.mine())
                .extracting(ProposalView::id, ProposalView::status)
                .contains(tuple(id, ProposalStatus.PENDING));
        assertThatThrownBy(() -> proposals.waiting(forum)).isInstanceOf(AccessDeniedException.class);

        users.login("procesbegeleider");
        assertThat(proposals.waiting(forum))
                .extracting(ProposalView::title)
                .containsExactly("Afwijking werkwijze Soest");
        long work = AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING);
        long item = proposals.accept(id, meeting, work);

        assertThat(proposals.waiting(forum)).isEmpty();
        assertThat(noticesOf(leader, "forum.proposal-accepted"))
                .singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("Afwijking werkwijze Soest"));
        users.login("teamleider.soest");
        assertThat(agendas.agenda(meeting).items()).extracting(ItemView::id).contains(item);
        assertThat(proposals.mine())
                .filteredOn(p -> p.id() == id)
                .extracting(ProposalView::status)
                .containsExactly(ProposalStatus.ACCEPTED);
    }

    @Test
    void declineNeedsAReasonTheProposerReadsAndDeferPutsItInTheBacklog() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long leader = fixtures.personOf("teamleider.soest");
        users.login("teamleider.soest");
        long declined = proposals.propose(forum, null, "Nieuwe huisstijl", null, 10);
        long deferred = proposals.propose(forum, null, "Werkbezoek Lumens", null, 30);

        users.login("procesbegeleider");
        assertThatThrownBy(() -> proposals.decline(declined, " "))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("reason", "forum.error.reason"));
        proposals.decline(declined, "Hoort bij het managersoverleg");
        long backlogItem = proposals.defer(deferred, "Na de zomer");
        assertThatThrownBy(() -> proposals.decline(declined, "nog eens")).isInstanceOf(ValidationFailedException.class);

        assertThat(noticesOf(leader, "forum.proposal-declined"))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Hoort bij het managersoverleg"));
        assertThat(noticesOf(leader, "forum.proposal-deferred")).hasSize(1);
        assertThat(agendas.backlog(forum)).extracting(ItemView::id).containsExactly(backlogItem);
    }

    @Test
    void aReasonWithClientDataIsRefusedAndTheProposalStaysWaiting() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        users.login("teamleider.soest");
        long id = proposals.propose(forum, null, "Wachtlijst", null, 10);

        users.login("procesbegeleider");
        for (boolean decline : new boolean[] {true, false}) {
            assertThatThrownBy(() -> {
                        if (decline) {
                            proposals.decline(id, "Gaat over BSN 111222333");
                        } else {
                            proposals.defer(id, "Gaat over BSN 111222333");
                        }
                    })
                    .isInstanceOf(ValidationFailedException.class)
                    .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                            .containsEntry("reason", "forum.error.privacy"));
        }
        assertThat(proposals.waiting(forum)).extracting(ProposalView::id).containsExactly(id);
        assertThat(agendas.backlog(forum)).isEmpty();
    }

    @Test
    void aReasonLongerThanTheFieldIsRefusedThere() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        users.login("teamleider.soest");
        long id = proposals.propose(forum, null, "Werkbezoek", null, 10);

        users.login("procesbegeleider");
        String tooLong = "Past niet in dit overleg. ".repeat(40); // 1040 characters
        assertThatThrownBy(() -> proposals.decline(id, tooLong))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("reason", "forum.error.reason-too-long"));
        assertThatThrownBy(() -> proposals.defer(id, tooLong))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("reason", "forum.error.reason-too-long"));
        assertThat(proposals.waiting(forum)).extracting(ProposalView::id).containsExactly(id);
        assertThat(agendas.backlog(forum)).isEmpty();
    }

    @Test
    void outsidersAndGuestsDoNotPropose() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        for (String outsider : new String[] {"wijkcoach.baarn", "aanbieder"}) {
            users.login(outsider);
            assertThatThrownBy(() -> proposals.propose(forum, null, "Punt", null, 10))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anItemForwardedToTheManagersForumAppearsOnItsNextAgendaWithTheLinkBack() {
        long leaders = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long managers = fixtures.forumWith("manager.leusden", ForumRole.MEMBER);
        LocalDateTime soon = LocalDateTime.now(clock).plusDays(10).withHour(14).withMinute(0);
        long leadersMeeting = fixtures.meeting(leaders, soon);
        long managersMeeting = fixtures.meeting(managers, soon.plusDays(7));
        long work = AgendaServiceTest.section(agendas.agenda(leadersMeeting), SectionKind.WORK_MEETING);
        long item = agendas.addItem(leadersMeeting, work, AgendaServiceTest.item("Lokale afwijking Soest", 20));

        long forwarded = proposals.forward(item, managers);

        ItemView there = agendas.agenda(managersMeeting).items().stream()
                .filter(i -> i.id() == forwarded)
                .findFirst()
                .orElseThrow();
        assertThat(there.title()).isEqualTo("Lokale afwijking Soest");
        assertThat(there.forwardedFromId()).isEqualTo(item);
        ItemView here = agendas.agenda(leadersMeeting).items().stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .orElseThrow();
        assertThat(here.forwardedToId()).isEqualTo(forwarded);
        assertThatThrownBy(() -> proposals.forward(item, managers)).isInstanceOf(ValidationFailedException.class);

        users.login("manager.leusden");
        assertThat(agendas.agenda(managersMeeting).items())
                .extracting(ItemView::id)
                .contains(forwarded);
    }

    /** Someone's notices, read as the administrator (the only one besides the person who may). */
    private List<Notice> noticesOf(long personId, String kind) {
        return SystemAuthentication.call(() -> inFlight.noticesOf(personId, kind));
    }
}
