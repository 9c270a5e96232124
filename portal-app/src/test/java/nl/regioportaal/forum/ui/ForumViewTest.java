package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.forum.ForumModel.ProposalView;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.ItemKind;
import nl.regioportaal.forum.ProposalService;
import nl.regioportaal.forum.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    AgendaService agendas;

    @Autowired
    Clock clock;

    @Test
    void theChairPlansAMeetingAndEndBeforeStartIsExplainedUnderTheTime() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        login("procesbegeleider");
        ForumView view = open(forum);
        assertThat(GridKt._findAll(view.members))
                .extracting(MemberRow::role)
                .contains(ForumRole.CHAIR, ForumRole.MEMBER);

        _click(view.plan);
        _get(view.planDialog, TextField.class, s -> s.withLabel("Titel")).setValue("Extra overleg");
        _get(view.planDialog, DateField.class, s -> s.withLabel("Datum"))
                .setValue(LocalDate.now(clock).plusDays(14));
        _get(view.planDialog, TimePicker.class, s -> s.withLabel("Tot")).setValue(LocalTime.of(13, 0));
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.planDialog.fieldError("endsAt")).isEqualTo("De eindtijd moet na de begintijd liggen.");
        assertThat(GridKt._findAll(view.meetings)).isEmpty();

        _get(view.planDialog, TimePicker.class, s -> s.withLabel("Tot")).setValue(LocalTime.of(16, 0));
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(GridKt._findAll(view.meetings))
                .extracting(MeetingSummary::title)
                .containsExactly("Extra overleg");
    }

    @Test
    void theChairPlansASeriesOnTheSecondThursdayOfEachMonthAndAMemberCannot() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        login("teamleider.soest");
        assertThat(open(forum).planSeries.isVisible()).isFalse();

        login("procesbegeleider");
        ForumView view = open(forum);
        _click(view.planSeries);
        _get(TextField.class, s -> s.withId("field-title")).setValue("Teamleidersoverleg");
        _get(DateField.class, s -> s.withId("field-firstStart")).setValue(LocalDate.of(2031, 1, 9));
        @SuppressWarnings("unchecked")
        Select<SeriesDialog.Rhythm> rhythm = _get(Select.class, s -> s.withId("field-rule"));
        rhythm.setValue(SeriesDialog.Rhythm.MONTHLY_NTH_WEEKDAY);
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(_get(DateField.class, s -> s.withId("field-until")).isInvalid())
                .as("no end date: explained next to the field")
                .isTrue();
        assertThat(GridKt._findAll(view.meetings)).isEmpty();

        _get(DateField.class, s -> s.withId("field-until")).setValue(LocalDate.of(2031, 4, 30));
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(GridKt._findAll(view.meetings))
                .extracting(m -> m.startsAt().toLocalDate())
                .containsExactly(
                        LocalDate.of(2031, 1, 9),
                        LocalDate.of(2031, 2, 13),
                        LocalDate.of(2031, 3, 13),
                        LocalDate.of(2031, 4, 10));
        assertThat(GridKt._findAll(view.meetings))
                .extracting(m -> m.startsAt().toLocalTime())
                .containsOnly(LocalTime.of(14, 0));
    }

    @Test
    void theChairPlansABacklogItemOnAComingMeetingAndAMemberCannot() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(
                forum, LocalDateTime.now(clock).plusDays(10).withHour(14).withMinute(0));
        long item = agendas.addToBacklog(
                forum, new ItemDraft("Werkbezoek Lumens", null, null, 30, ItemKind.DISCUSSION, false));

        login("teamleider.soest");
        assertThat(open(forum).planColumn.isVisible()).isFalse();

        login("procesbegeleider");
        ForumView view = open(forum);
        assertThat(view.planColumn.isVisible()).isTrue();
        int row = GridKt._findAll(view.backlog).stream()
                .map(ItemView::id)
                .toList()
                .indexOf(item);
        Button plan = (Button) GridKt._getCellComponent(view.backlog, row, "plan");
        assertThat(plan.getAriaLabel()).contains("Plan op vergadering: Werkbezoek Lumens");
        _click(plan);
        @SuppressWarnings("unchecked")
        ComboBox<MeetingSummary> meetingBox = _get(ComboBox.class, s -> s.withId("field-meeting"));
        assertThat(meetingBox.getValue().id())
                .as("the one coming meeting is chosen already")
                .isEqualTo(meeting);
        _click(_get(Button.class, s -> s.withId("form-save")));
        @SuppressWarnings("unchecked")
        ComboBox<SectionView> sectionBox = _get(ComboBox.class, s -> s.withId("field-section"));
        assertThat(sectionBox.isInvalid()).as("no part chosen yet").isTrue();
        assertThat(GridKt._findAll(view.backlog)).extracting(ItemView::id).contains(item);

        SectionView work = sectionBox
                .getListDataView()
                .getItems()
                .filter(s -> s.kind() == SectionKind.WORK_MEETING)
                .findFirst()
                .orElseThrow();
        sectionBox.setValue(work);
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(GridKt._findAll(view.backlog)).extracting(ItemView::id).doesNotContain(item);
        assertThat(agendas.agenda(meeting).sections())
                .filteredOn(s -> s.id() == work.id())
                .singleElement()
                .satisfies(s -> assertThat(s.items()).extracting(ItemView::id).endsWith(item));
    }

    @Test
    void aMemberProposesAndTheChairSeesItWaiting() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        fixtures.meeting(
                forum, LocalDateTime.now(clock).plusDays(10).withHour(14).withMinute(0));

        login("teamleider.soest");
        ForumView view = open(forum);
        assertThat(view.plan.isVisible()).isFalse();
        assertThat(view.waiting.isVisible()).isFalse();
        _click(view.propose);
        _get(TextField.class, s -> s.withLabel("Titel")).setValue("Werkwijze schuldhulp");
        _get(TextArea.class, s -> s.withLabel("Toelichting")).setValue("Graag afstemmen.\nZie https://www.eemland.nl.");
        _click(_get(Button.class, s -> s.withId("form-save")));

        login("procesbegeleider");
        ForumView chairView = open(forum);
        assertThat(GridKt._findAll(chairView.waiting))
                .extracting(ProposalView::title)
                .containsExactly("Werkwijze schuldhulp");
        assertThat(GridKt._get(chairView.waiting, 0).explanation())
                .as("each typed line a paragraph, the address a link")
                .startsWith("<p>Graag afstemmen.</p><p>Zie <a href=\"https://www.eemland.nl\"")
                .endsWith(">https://www.eemland.nl</a>.</p>");
    }

    @Test
    void outsidersGetTheRefusalPage() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        for (String outsider : new String[] {"wijkcoach.baarn", "aanbieder", "manager.leusden", "trainer"}) {
            login(outsider);
            assertRefused("overleg/" + forum);
        }
    }

    private static ForumView open(long forumId) {
        UI.getCurrent().navigate(ForumView.class, new RouteParameters("forumId", String.valueOf(forumId)));
        return _get(ForumView.class);
    }
}
