package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.FollowUpKind;
import nl.regioportaal.forum.FollowUpStatus;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.DecisionView;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.ItemKind;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MinutesService;
import nl.regioportaal.forum.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionsAndActionsViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Test
    void aMemberSearchesTheDecisionsAndFiltersTheActionsByOwnerStatusAndOverdue() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2025, 5, 2, 14, 0));
        long work = fixtures.section(meeting, SectionKind.WORK_MEETING);
        long item = agendas.addItem(meeting, work, new ItemDraft("Intake", null, null, 30, ItemKind.DECISION, false));
        meetings.publish(meeting);
        minutes.start(meeting);
        String wanted = minutes.decide(item, "Iedere wijk krijgt een vast aanspreekpunt schuldhulp.");
        minutes.decide(item, "De jaarplanning wordt vastgesteld.");
        long soest = fixtures.personOf("teamleider.soest");
        long overdue =
                minutes.addFollowUp(meeting, item, action("Aanspreekpunten melden", soest, LocalDate.of(2025, 6, 1)));
        long leusden = fixtures.personOf("manager.leusden");
        long later = minutes.addFollowUp(meeting, item, action("Evaluatie plannen", leusden, LocalDate.of(2099, 1, 1)));

        login("teamleider.soest");
        DecisionsAndActionsView view = open(forum);
        assertThat(GridKt._fetch(view.decisions, 0, 50)).hasSize(2);
        view.words.setValue("schuldhulp");
        assertThat(GridKt._fetch(view.decisions, 0, 50))
                .extracting(DecisionView::reference)
                .containsExactly(wanted);
        assertThat(_find(Anchor.class, s -> s.withId("download-decisions-xlsx")))
                .hasSize(1);

        assertThat(GridKt._fetch(view.followUps, 0, 50))
                .extracting(FollowUpView::id)
                .containsExactly(overdue, later);
        view.overdueOnly.setValue(true);
        assertThat(GridKt._fetch(view.followUps, 0, 50))
                .extracting(FollowUpView::id)
                .containsExactly(overdue);
        view.overdueOnly.setValue(false);
        view.owner.setValue(view.owner
                .getListDataView()
                .getItems()
                .filter(m -> m.personId() == leusden)
                .findFirst()
                .orElseThrow());
        assertThat(GridKt._fetch(view.followUps, 0, 50))
                .extracting(FollowUpView::id)
                .containsExactly(later);
        view.owner.clear();
        view.status.setValue(FollowUpStatus.DONE);
        assertThat(GridKt._fetch(view.followUps, 0, 50)).isEmpty();
    }

    @Test
    void nonMembersAndGuestsAreRefused() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), null);
        meetings.publish(meeting);
        login("aanbieder");
        assertRefused("overleg/" + forum + "/besluiten");
        login("wijkcoach.baarn");
        assertRefused("overleg/" + forum + "/besluiten");
    }

    private static FollowUpDraft action(String text, long owner, LocalDate due) {
        return new FollowUpDraft(FollowUpKind.ACTION, text, owner, null, null, due);
    }

    private static DecisionsAndActionsView open(long forumId) {
        UI.getCurrent()
                .navigate(DecisionsAndActionsView.class, new RouteParameters("forumId", String.valueOf(forumId)));
        return _get(DecisionsAndActionsView.class);
    }
}
