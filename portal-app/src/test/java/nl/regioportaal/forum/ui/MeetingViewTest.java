package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.FollowUpKind;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.ItemKind;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MeetingStatus;
import nl.regioportaal.forum.MinutesService;
import nl.regioportaal.forum.RsvpAnswer;
import nl.regioportaal.forum.SectionKind;
import nl.regioportaal.region.PersonSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Test
    void theChairAddsAnItemMovesItUpWithTheKeyboardButtonSeesTheTimesAndPublishes() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        login("procesbegeleider");
        MeetingView view = open(meeting);
        long work = fixtures.section(meeting, SectionKind.WORK_MEETING);
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);

        _click(_get(Button.class, s -> s.withId("add-item-" + partners)));
        _get(TextField.class, s -> s.withLabel("Titel")).setValue("Dialoog met Lumens");
        _get(IntegerField.class, s -> s.withLabel("Duur")).setValue(30);
        _click(_get(Button.class, s -> s.withId("form-save")));
        long item = items(meeting).stream()
                .filter(i -> i.title().equals("Dialoog met Lumens"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(rowText(item)).startsWith("14:15").contains("Dialoog met Lumens", "Ter bespreking", "30 min.");

        _click(_get(Button.class, s -> s.withId("up-" + item))); // to the end of the work meeting
        assertThat(agendas.agenda(meeting).sections().stream()
                        .filter(s -> s.id() == work)
                        .flatMap(s -> s.items().stream())
                        .map(ItemView::id))
                .containsExactly(item);

        agendas.addItem(meeting, work, new ItemDraft("Lang punt", null, null, 120, ItemKind.DISCUSSION, false));
        view.refresh();
        assertThat(view.overTime.getText()).contains("loopt uit tot 16:45");

        _click(view.publish);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(meetings.meeting(meeting).status()).isEqualTo(MeetingStatus.PUBLISHED);
        assertThat(_find(Anchor.class, s -> s.withId("download-agenda-gast"))).hasSize(1);
        assertThat(view.publish.isVisible()).isFalse();
    }

    @Test
    void aMemberAnswersAndSeesNoChairTools() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        login("teamleider.soest");
        MeetingView view = open(meeting);
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(_find(
                        Button.class, s -> s.withId("add-item-" + fixtures.section(meeting, SectionKind.WORK_MEETING))))
                .isEmpty();
        view.rsvp.setValue(RsvpAnswer.ABSENT);
        view.substitute.setValue("Collega van team Soest");
        _click(view.saveRsvp);
        assertThat(meetings.myAnswer(meeting)).isEqualTo(RsvpAnswer.ABSENT);
    }

    @Test
    void aGuestSeesOnlyTheirSectionWithoutConfidentialItemsAndOutsidersAreRefused() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);
        agendas.addItem(
                meeting,
                partners,
                new ItemDraft(
                        "Wachttijden",
                        "<p>Lumens licht de <strong>wachttijden</strong> toe.</p><script>alert(1)</script>",
                        "Lumens",
                        30,
                        ItemKind.DISCUSSION,
                        false));
        agendas.addItem(
                meeting,
                partners,
                new ItemDraft("Contract Lumens", "<p>Onderhandelingsruimte</p>", null, 15, ItemKind.DISCUSSION, true));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), partners);
        meetings.publish(meeting);

        login("aanbieder");
        MeetingView view = open(meeting);
        assertThat(_find(Anchor.class, s -> s.withId("download-agenda"))).hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withId("download-agenda-gast"))).isEmpty();
        String agendaText = view.agendaBox.getElement().getTextRecursively();
        assertThat(agendaText)
                .contains("Wachttijden", "Dialoog met externe partners")
                .doesNotContain("Contract Lumens", "Werkoverleg");
        String shown = view.agendaBox.getElement().getOuterHTML();
        assertThat(shown)
                .as("the explanation shows, sanitised; a confidential item's does not reach the guest")
                .contains("<strong>wachttijden</strong>")
                .doesNotContain("<script", "Onderhandelingsruimte");

        login("wijkcoach.baarn");
        assertRefused("overleg/vergadering/" + meeting);
    }

    @Test
    void theChairEditsAnExplanationAsTextAndItsLinkStays() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long work = fixtures.section(meeting, SectionKind.WORK_MEETING);
        String linked =
                "<p>Initiatief uit de ontwikkelagenda: <a href=\"/ontwikkelagenda/initiatief/7\">Wachttijden</a></p>";
        long item = agendas.addItem(
                meeting, work, new ItemDraft("Wachttijden", linked, null, 15, ItemKind.DISCUSSION, false));
        login("procesbegeleider");
        open(meeting);

        _click(_get(Button.class, s -> s.withId("edit-" + item)));
        TextArea explanation = _get(TextArea.class, s -> s.withLabel("Toelichting"));
        assertThat(explanation.getValue())
                .as("words, with the link's address in brackets; no markup")
                .isEqualTo("Initiatief uit de ontwikkelagenda: Wachttijden (/ontwikkelagenda/initiatief/7)");
        _get(IntegerField.class, s -> s.withLabel("Duur")).setValue(20);
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(explanationOf(meeting, item))
                .as("left as it was: stored as it was")
                .contains(">Wachttijden</a>");

        _click(_get(Button.class, s -> s.withId("edit-" + item)));
        _get(TextArea.class, s -> s.withLabel("Toelichting"))
                .setValue("Cijfers <per> team\nInitiatief: Wachttijden (/ontwikkelagenda/initiatief/7)");
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(explanationOf(meeting, item))
                .startsWith(
                        "<p>Cijfers &lt;per&gt; team</p><p>Initiatief: Wachttijden (<a href=\"/ontwikkelagenda/initiatief/7\"")
                .doesNotContain("<per>");
    }

    @Test
    void theChairDragsAnItemOntoAnItemOfAnotherSectionWhereItTakesItsPlace() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long work = fixtures.section(meeting, SectionKind.WORK_MEETING);
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);
        long dragged =
                agendas.addItem(meeting, work, new ItemDraft("Intake", null, null, 30, ItemKind.DISCUSSION, false));
        long target = agendas.addItem(
                meeting, partners, new ItemDraft("Wachttijden", null, null, 30, ItemKind.DISCUSSION, false));
        login("procesbegeleider");
        open(meeting);

        // the chair's item row sits in a box with its documents; the box is what is dragged and dropped on
        Component source = _get(HorizontalLayout.class, s -> s.withId("item-" + dragged))
                .getParent()
                .orElseThrow();
        Component onto = _get(HorizontalLayout.class, s -> s.withId("item-" + target))
                .getParent()
                .orElseThrow();
        UI.getCurrent().getInternals().setActiveDragSourceComponent(source);
        ComponentUtil.fireEvent(onto, new DropEvent<>(onto, true, "move"));

        SectionView partnerSection = agendas.agenda(meeting).sections().stream()
                .filter(s -> s.id() == partners)
                .findFirst()
                .orElseThrow();
        assertThat(partnerSection.items()).extracting(ItemView::id).containsExactly(dragged, target);
    }

    @Test
    void theNextAgendaShowsTheActionsStillOpenUnderItsActionList() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long held = fixtures.meeting(forum, LocalDateTime.of(2030, 4, 4, 14, 0));
        long next = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        meetings.publish(held);
        minutes.start(held);
        String action = "Leidraad verspreiden " + ForumFixtures.uniqueCode();
        minutes.addFollowUp(
                held,
                null,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        action,
                        fixtures.personOf("teamleider.soest"),
                        null,
                        null,
                        LocalDate.of(2030, 4, 18)));

        login("teamleider.soest");
        MeetingView view = open(next);
        assertThat(_get(UnorderedList.class, s -> s.withId("open-actions"))
                        .getElement()
                        .getTextRecursively())
                .contains(action);
        assertThat(view.agendaBox.getElement().getTextRecursively()).contains("Actielijst", action);
    }

    @Test
    void theChairInvitesAGuestForOnePartWhoSeesItOnceTheAgendaIsOut() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);
        agendas.addItem(meeting, partners, new ItemDraft("Wachttijden", null, null, 30, ItemKind.DISCUSSION, false));
        login("procesbegeleider");
        MeetingView view = open(meeting);
        _click(view.inviteGuest);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> person = _get(ComboBox.class, s -> s.withId("field-person"));
        assertThat(person.getListDataView().getItems().map(PersonSummary::id))
                .as("members are not offered as guests")
                .doesNotContain(fixtures.personOf("teamleider.soest"));
        long provider = fixtures.personOf("aanbieder");
        person.setValue(person.getListDataView()
                .getItems()
                .filter(p -> p.id() == provider)
                .findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<SectionView> part = _get(Select.class, s -> s.withId("field-section"));
        part.setValue(part.getListDataView()
                .getItems()
                .filter(s -> s.id() == partners)
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("form-save")));

        login("aanbieder");
        assertRefused("overleg/vergadering/" + meeting);
        login("procesbegeleider");
        meetings.publish(meeting);
        login("aanbieder");
        assertThat(open(meeting).agendaBox.getElement().getTextRecursively())
                .contains("Wachttijden")
                .doesNotContain("Werkoverleg");
        assertThat(open(meeting).inviteGuest.isVisible()).isFalse();
    }

    private static MeetingView open(long meetingId) {
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters("meetingId", String.valueOf(meetingId)));
        return _get(MeetingView.class);
    }

    private String explanationOf(long meeting, long item) {
        return items(meeting).stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .orElseThrow()
                .explanation();
    }

    private List<ItemView> items(long meeting) {
        return agendas.agenda(meeting).items();
    }

    private static String rowText(long itemId) {
        HorizontalLayout row = _get(HorizontalLayout.class, s -> s.withId("item-" + itemId));
        return String.join(
                " ",
                row.getChildren()
                        .filter(c -> c instanceof Span)
                        .map(c -> ((Span) c).getText())
                        .toList());
    }
}
