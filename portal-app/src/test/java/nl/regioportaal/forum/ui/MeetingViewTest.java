package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.ItemKind;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MeetingStatus;
import nl.regioportaal.forum.RsvpAnswer;
import nl.regioportaal.forum.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Test
    void theChairAddsAnItemMovesItUpWithTheKeyboardButtonSeesTheTimesAndPublishes() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        login("procesbegeleider");
        MeetingView view = open(meeting);
        long work = section(meeting, SectionKind.WORK_MEETING);
        long partners = section(meeting, SectionKind.PARTNER_DIALOGUE);

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
        assertThat(view.publish.isVisible()).isFalse();
    }

    @Test
    void aMemberAnswersAndSeesNoChairTools() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        login("teamleider.soest");
        MeetingView view = open(meeting);
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(_find(Button.class, s -> s.withId("add-item-" + section(meeting, SectionKind.WORK_MEETING))))
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
        long partners = section(meeting, SectionKind.PARTNER_DIALOGUE);
        agendas.addItem(
                meeting, partners, new ItemDraft("Wachttijden", null, "Lumens", 30, ItemKind.DISCUSSION, false));
        agendas.addItem(meeting, partners, new ItemDraft("Contract Lumens", null, null, 15, ItemKind.DISCUSSION, true));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), partners);

        login("aanbieder");
        MeetingView view = open(meeting);
        String agendaText = view.agendaBox.getElement().getTextRecursively();
        assertThat(agendaText)
                .contains("Wachttijden", "Dialoog met externe partners")
                .doesNotContain("Contract Lumens", "Werkoverleg");

        login("wijkcoach.baarn");
        assertRefused("overleg/vergadering/" + meeting);
    }

    private static MeetingView open(long meetingId) {
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters("meetingId", String.valueOf(meetingId)));
        return _get(MeetingView.class);
    }

    private long section(long meeting, SectionKind kind) {
        return agendas.agenda(meeting).sections().stream()
                .filter(s -> s.kind() == kind)
                .map(SectionView::id)
                .findFirst()
                .orElseThrow();
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
