package nl.regioportaal.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.ItemKind;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumSearchViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Test
    void aMemberFindsAnItemOfTheirForumAndAnOutsiderDoesNot() {
        String word = "vindbaar" + ForumFixtures.uniqueCode().toLowerCase();
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long work = fixtures.section(meeting, SectionKind.WORK_MEETING);
        agendas.addItem(meeting, work, new ItemDraft("Punt " + word, null, null, 10, ItemKind.DISCUSSION, true));

        login("teamleider.soest");
        ForumSearchView view = navigate(ForumSearchView.class);
        view.query.setValue(word);
        assertThat(view.summary.getText()).isEqualTo("1 resultaat");
        assertThat(view.results.getElement().getTextRecursively()).contains("Agendapunt", "Punt " + word);

        login("wijkcoach.baarn");
        ForumSearchView outsider = navigate(ForumSearchView.class);
        outsider.query.setValue(word);
        assertThat(outsider.summary.getText()).isEqualTo("Geen resultaten");
        assertThat(outsider.results.getChildren()).isEmpty();
    }
}
