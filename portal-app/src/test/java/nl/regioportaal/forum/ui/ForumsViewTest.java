package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.ForumSummary;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumsViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Clock clock;

    @Test
    void aMemberSeesTheirForumsAndComingMeetingsButNoCreateButton() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(
                forum, LocalDateTime.now(clock).plusDays(3).withHour(14).withMinute(0));

        login("teamleider.soest");
        ForumsView view = navigate(ForumsView.class);
        assertThat(GridKt._findAll(view.forums)).extracting(ForumSummary::id).contains(forum);
        assertThat(GridKt._findAll(view.upcoming))
                .extracting(MeetingSummary::id)
                .contains(meeting);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void someoneOutsideAForumSeesNeitherItNorItsMeetings() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(
                forum, LocalDateTime.now(clock).plusDays(3).withHour(14).withMinute(0));
        login("wijkcoach.baarn");
        ForumsView view = navigate(ForumsView.class);
        assertThat(GridKt._findAll(view.forums)).extracting(ForumSummary::id).doesNotContain(forum);
        assertThat(GridKt._findAll(view.upcoming))
                .extracting(MeetingSummary::id)
                .doesNotContain(meeting);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void theProcessSupervisorCreatesAForumAndABadCodeIsExplainedNextToTheField() {
        login("procesbegeleider");
        ForumsView view = navigate(ForumsView.class);
        _click(view.create);
        _get(view.dialog, TextField.class, s -> s.withLabel("Code")).setValue("1");
        String name = "Overleg " + ForumFixtures.uniqueCode();
        _get(view.dialog, TextField.class, s -> s.withLabel("Naam")).setValue(name);
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.fieldError("code"))
                .isEqualTo("Geef een korte code van 2 tot 10 letters (bijvoorbeeld TLO).");
        assertThat(GridKt._findAll(view.forums)).extracting(ForumSummary::name).doesNotContain(name);

        _get(view.dialog, TextField.class, s -> s.withLabel("Code")).setValue(ForumFixtures.uniqueCode());
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(GridKt._findAll(view.forums)).extracting(ForumSummary::name).contains(name);
    }
}
