package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDateTime;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.devagenda.AgendaModel.TimelineView;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.MinutesService;
import nl.regioportaal.forum.ProposalService;
import nl.regioportaal.notify.NoticesInFlight;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaForumLinkTest extends ServiceTest {

    @Autowired
    AgendaForumLink link;

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    ForumFixtures forums;

    @Autowired
    ProposalService proposals;

    @Autowired
    AgendaService agendas;

    @Autowired
    MinutesService minutes;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    ProgressService progress;

    @Autowired
    Clock clock;

    /**
     * Acceptance: an initiative is proposed for the next forum meeting through the forum's proposals;
     * the chair accepts it (the item links back to the initiative), the decision recorded there
     * appears on the initiative's timeline, and its followers are told once.
     */
    @Test
    void anInitiativeProposedToTheNextMeetingGetsTheDecisionOnItsTimeline() {
        long forum = forums.forumWith("teamleider.soest", ForumRole.SECRETARY);
        long meeting = forums.meeting(
                forum, LocalDateTime.now(clock).plusDays(7).withHour(14).withMinute(0));
        long initiative = fixtures.initiative(fixtures.theme(), InitiativeStatus.PREPARATION, 20, 1, null);
        users.login("manager.leusden");
        progress.follow(initiative);
        long follower = fixtures.personOf("manager.leusden");

        users.login("procesbegeleider"); // owner of every initiative, chair of the forum
        assertThat(link.meetingsToProposeTo()).anyMatch(m -> m.id() == meeting);
        long proposal = link.propose(initiative, meeting);
        long section = agendas.agenda(meeting).sections().getFirst().id();
        long item = proposals.accept(proposal, meeting, section);

        ItemView onAgenda = agendas.agenda(meeting).items().stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .orElseThrow();
        assertThat(onAgenda.explanation()).contains("/ontwikkelagenda/initiatief/" + initiative);

        minutes.start(meeting);
        String reference = minutes.decide(item, "Het initiatief gaat door met twee extra gemeenten.");
        inFlight.awaitRecorded();

        assertThat(queries.initiative(initiative).timeline())
                .extracting(TimelineView::kind, TimelineView::reference, TimelineView::text)
                .contains(
                        tuple(TimelineKind.DECISION, reference, "Het initiatief gaat door met twee extra gemeenten."));
        assertThat(queries.initiative(initiative).timeline()).anyMatch(e -> e.kind() == TimelineKind.PROPOSED);
        String title = queries.initiative(initiative).row().title();
        users.login("admin"); // reads anyone's notices (audits)
        assertThat(inFlight.noticesOf(follower, AgendaNotices.DECISION_RECORDED))
                .filteredOn(n -> n.subject().equals("Besluit over " + title))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.body()).contains(reference, "Het initiatief gaat door met twee extra gemeenten.");
                    assertThat(n.link()).isEqualTo("ontwikkelagenda/initiatief/" + initiative);
                });
    }

    /** A decision on a confidential item never reaches a timeline that providers may read, nor a follower. */
    @Test
    void aDecisionOnAConfidentialItemStaysInTheForum() {
        long forum = forums.forumWith("teamleider.soest", ForumRole.SECRETARY);
        long meeting = forums.meeting(
                forum, LocalDateTime.now(clock).plusDays(7).withHour(14).withMinute(0));
        long initiative = fixtures.initiative(fixtures.theme(), InitiativeStatus.PREPARATION, 20, 1, null);
        users.login("manager.leusden");
        progress.follow(initiative);
        long follower = fixtures.personOf("manager.leusden");

        users.login("procesbegeleider");
        long proposal = link.propose(initiative, meeting);
        long section = agendas.agenda(meeting).sections().getFirst().id();
        long item = proposals.accept(proposal, meeting, section);
        ItemView accepted = agendas.agenda(meeting).items().stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .orElseThrow();
        agendas.editItem(
                item,
                accepted.version(),
                new ItemDraft(
                        accepted.title(),
                        accepted.explanation(),
                        accepted.presenter(),
                        accepted.durationMinutes(),
                        accepted.kind(),
                        true));

        minutes.start(meeting);
        String reference = minutes.decide(item, "Vertrouwelijk besluit over de contractpartner.");
        inFlight.awaitRecorded();

        assertThat(queries.initiative(initiative).timeline())
                .extracting(TimelineView::reference)
                .doesNotContain(reference);
        String title = queries.initiative(initiative).row().title();
        users.login("admin");
        assertThat(inFlight.noticesOf(follower, AgendaNotices.DECISION_RECORDED))
                .noneMatch(n -> n.subject().contains(title));
    }
}
