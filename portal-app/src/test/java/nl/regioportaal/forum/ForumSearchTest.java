package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumSearch.Hit;
import nl.regioportaal.forum.ForumSearch.HitKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumSearchTest extends ServiceTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    ForumSearch search;

    @Test
    void aMemberFindsItemsDecisionsAndActionsByTheirWords() {
        String word = "zoekwoord" + ForumFixtures.uniqueCode().toLowerCase();
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long item = agendas.addItem(
                meeting, fixtures.section(meeting, SectionKind.WORK_MEETING), item("Intake " + word, false));
        meetings.publish(meeting);
        minutes.start(meeting);
        minutes.decide(item, "Het overleg kiest voor de " + word + " aanpak in alle teams.");
        minutes.addFollowUp(
                meeting,
                item,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Aanpak " + word + " uitwerken",
                        fixtures.personOf("teamleider.soest"),
                        null,
                        null,
                        LocalDate.of(2030, 6, 1)));

        users.login("teamleider.soest");
        assertThat(search.search(word + " AANPAK"))
                .extracting(Hit::kind)
                .containsExactlyInAnyOrder(HitKind.DECISION, HitKind.FOLLOW_UP);
        assertThat(search.search(word))
                .extracting(Hit::kind)
                .contains(HitKind.ITEM, HitKind.DECISION, HitKind.FOLLOW_UP);
        assertThat(search.search("")).isEmpty();

        users.login("wijkcoach.baarn");
        assertThat(search.search(word)).as("not a member: nothing").isEmpty();
    }

    @Test
    void aGuestFindsOnlyTheOpenItemsOfTheirPartAndNothingConfidentialOrRecorded() {
        String word = "gastwoord" + ForumFixtures.uniqueCode().toLowerCase();
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);
        long open = agendas.addItem(meeting, partners, item("Open " + word, false));
        agendas.addItem(meeting, partners, item("Vertrouwelijk " + word, true));
        agendas.addItem(
                meeting, fixtures.section(meeting, SectionKind.WORK_MEETING), item("Werkoverleg " + word, false));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), partners);

        users.login("aanbieder");
        assertThat(search.search(word)).as("the agenda is still a draft").isEmpty();

        users.login("procesbegeleider");
        meetings.publish(meeting);
        minutes.start(meeting);
        minutes.decide(open, "Besluit over " + word);
        users.login("aanbieder");
        assertThat(search.search(word)).extracting(Hit::title).containsExactly("Open " + word);
    }

    private static ItemDraft item(String title, boolean confidential) {
        return new ItemDraft(title, null, null, 15, ItemKind.DISCUSSION, confidential);
    }
}
