package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.forum.FollowUpKind;
import nl.regioportaal.forum.FollowUpService;
import nl.regioportaal.forum.FollowUpStatus;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MinutesService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyActionsViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    FollowUpService followUps;

    @Test
    void theOwnerSeesTheirActionAndClosesItAsNotDoneOnlyWithANote() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        meetings.publish(meeting);
        minutes.start(meeting);
        String mine = "Werkwijze delen " + ForumFixtures.uniqueCode();
        String theirs = "Cijfers opvragen " + ForumFixtures.uniqueCode();
        long action = minutes.addFollowUp(meeting, null, draft(mine, fixtures.personOf("teamleider.soest")));
        minutes.addFollowUp(meeting, null, draft(theirs, fixtures.personOf("manager.leusden")));

        login("teamleider.soest");
        MyActionsView view = navigate(MyActionsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains(mine).doesNotContain(theirs);

        _click(_get(Button.class, s -> s.withId("close-" + action)));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<FollowUpStatus> status = _get(RadioButtonGroup.class, s -> s.withLabel("Resultaat"));
        status.setValue(FollowUpStatus.NOT_DONE);
        _click(_get(Button.class, s -> s.withId("form-save")));
        TextArea note = _get(TextArea.class, s -> s.withLabel("Toelichting"));
        assertThat(note.getErrorMessage()).contains("niet gedaan");
        assertThat(followUps.mine()).extracting(FollowUpView::id).contains(action);

        note.setValue("Komt terug in het volgende overleg.");
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(followUps.mine()).extracting(FollowUpView::id).doesNotContain(action);
        assertThat(view.list.getElement().getTextRecursively()).doesNotContain(mine);
    }

    @Test
    void theStartCardCountsMyOpenActionsAndSomeoneWithoutActionsGetsNone() {
        long forum = fixtures.forumWith("wijkcoach.baarn", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        meetings.publish(meeting);
        minutes.start(meeting);
        String text = "Folder bijwerken " + ForumFixtures.uniqueCode();
        minutes.addFollowUp(meeting, null, draft(text, fixtures.personOf("wijkcoach.baarn")));

        login("wijkcoach.baarn");
        int open = followUps.mine().size();
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Mijn acties (" + open + " open)");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.equals(text));

        login("trainer");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText)).noneMatch(t -> t.startsWith("Mijn acties"));
        MyActionsView empty = navigate(MyActionsView.class);
        assertThat(empty.empty.isVisible()).isTrue();
    }

    private static FollowUpDraft draft(String text, long owner) {
        return new FollowUpDraft(FollowUpKind.ACTION, text, owner, null, null, LocalDate.of(2030, 5, 16));
    }
}
