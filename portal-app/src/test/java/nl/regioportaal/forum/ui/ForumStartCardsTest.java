package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.ProposalService;
import nl.regioportaal.forum.RsvpAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumStartCardsTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    ProposalService proposals;

    @Autowired
    Clock clock;

    @Test
    void aMemberSeesTheirNextMeetingWithTheirAnswer() {
        long forum = fixtures.forumWith("wijkcoach.baarn", ForumRole.MEMBER);
        long meeting = fixtures.meeting(
                forum,
                "Wijkoverleg " + ForumFixtures.uniqueCode(),
                LocalDateTime.now(clock).plusHours(2));
        String title = meetings.meeting(meeting).title();
        login("wijkcoach.baarn");
        meetings.answer(meeting, RsvpAnswer.ATTEND, null);

        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).contains("Mijn volgende vergadering");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith(title) && t.endsWith("Jouw antwoord: Ik ben erbij."));
    }

    @Test
    void theChairSeesTheProposalsWaitingAndAMemberDoesNot() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        String title = "Voorstel " + ForumFixtures.uniqueCode();
        login("teamleider.soest");
        proposals.propose(forum, null, title, null, 10);
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText)).noneMatch(t -> t.contains("wachten op je antwoord"));

        login("procesbegeleider");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText))
                .anyMatch(t -> t.endsWith("agendavoorstellen wachten op je antwoord"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.startsWith(title));
    }

    @Test
    void someoneWithoutMeetingsGetsNoForumCard() {
        login("trainer");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).doesNotContain("Mijn volgende vergadering");
    }
}
