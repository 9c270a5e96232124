package nl.regioportaal.forum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.forum.ForumModel.MinutesItem;
import nl.regioportaal.forum.ForumRole;
import nl.regioportaal.forum.ItemKind;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MeetingStatus;
import nl.regioportaal.forum.MinutesQueries;
import nl.regioportaal.forum.MinutesService;
import nl.regioportaal.forum.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

class MinutesViewTest extends KaribuTest {

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    MinutesQueries queries;

    @Autowired
    Clock clock;

    @Test
    void theSecretaryRecordsAttendanceNotesADecisionAndAnActionWhileTheMeetingRuns() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long item = addItem(meeting, "Eenduidige intake");
        meetings.publish(meeting);

        login("teamleider.soest");
        MinutesView view = open(meeting);
        assertThat(view.present.isVisible())
                .as("nothing to record before the meeting starts")
                .isFalse();
        _click(view.start);
        assertThat(meetings.meeting(meeting).status()).isEqualTo(MeetingStatus.IN_PROGRESS);

        long soest = fixtures.personOf("teamleider.soest");
        view.present.setValue(view.present
                .getListDataView()
                .getItems()
                .filter(m -> m.personId() == soest)
                .collect(Collectors.toSet()));
        _click(view.saveAttendance);
        assertThat(queries.presentPersonIds(meeting)).containsExactly(soest);

        TextArea notes = _get(TextArea.class, s -> s.withId("notes-" + item));
        notes.setValue("De teams werken met één intakeformulier.");
        _click(_get(Button.class, s -> s.withId("save-notes-" + item)));
        TextArea decision = _get(TextArea.class, s -> s.withId("decision-" + item));
        decision.setValue("Alle teams gebruiken vanaf 1 juni het regionale intakeformulier.");
        _click(_get(Button.class, s -> s.withId("decide-" + item)));
        String code = fixtures.codeOf(forum);
        assertThat(_get(TextArea.class, s -> s.withId("notes-" + item)).getValue())
                .isEqualTo("De teams werken met één intakeformulier.");
        assertThat(view.itemsBox.getElement().getTextRecursively())
                .containsPattern("Besluit " + code + "-2030-\\d{3}: Alle teams gebruiken");

        _click(_get(Button.class, s -> s.withId("add-follow-up-" + item)));
        _get(TextArea.class, s -> s.withLabel("Omschrijving")).setValue("Intakeformulier verspreiden");
        _get(DatePicker.class, s -> s.withLabel("Klaar op")).setValue(LocalDate.of(2030, 5, 16));
        _click(_get(Button.class, s -> s.withId("form-save")));
        @SuppressWarnings("unchecked")
        ComboBox<MemberRow> owner = _get(ComboBox.class, s -> s.withLabel("Uitvoerder (lid)"));
        assertThat(owner.isInvalid())
                .as("an action without owner is refused next to the field")
                .isTrue();
        assertThat(owner.getErrorMessage()).contains("Kies wie de actie uitvoert");
        assertThat(view.itemsBox.getElement().getTextRecursively()).doesNotContain("Intakeformulier verspreiden");
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(m -> m.personId() == soest)
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.itemsBox.getElement().getTextRecursively()).contains("Actie: Intakeformulier verspreiden");

        _click(view.close);
        view.deadline.setValue(LocalDate.now(clock).plusDays(7));
        _click(view.openReview);
        assertThat(meetings.meeting(meeting).status()).isEqualTo(MeetingStatus.IN_REVIEW);
    }

    @Test
    void anAttendeeProposesAnAmendmentTheChairAcceptsWorksItInAndApprovesAndThenNothingCanBeEdited() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER, "manager.leusden", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long item = addItem(meeting, "Wachtlijsten");
        meetings.publish(meeting);
        minutes.start(meeting);
        minutes.recordAttendance(
                meeting,
                List.of(fixtures.personOf("teamleider.soest"), fixtures.personOf("manager.leusden")),
                Set.of(fixtures.personOf("teamleider.soest")));
        minutes.decide(item, "Wachtlijsten worden maandelijks gedeeld.");
        minutes.close(meeting);
        minutes.openReview(meeting, LocalDate.now(clock).plusDays(7));

        login("manager.leusden");
        MinutesView absentee = open(meeting);
        assertThat(absentee.comment.isAttached())
                .as("only those who attended review")
                .isFalse();
        assertThat(absentee.reviewBox.getElement().getTextRecursively())
                .contains("Alleen wie bij de vergadering aanwezig was");

        login("teamleider.soest");
        MinutesView attendee = open(meeting);
        attendee.comment.setValue("Lees: tweewekelijks in plaats van maandelijks.");
        attendee.amendment.setValue(true);
        _click(attendee.sendComment);
        assertThat(attendee.reviewBox.getElement().getTextRecursively())
                .contains("Wijzigingsvoorstel", "tweewekelijks", "wacht op de voorzitter");
        assertThat(attendee.approve.isVisible()).isFalse();
        assertThat(_find(Button.class, s -> s.withId("save-notes-" + item)))
                .as("a member proposes, the secretary or chair works it in")
                .isEmpty();

        login("procesbegeleider");
        MinutesView chair = open(meeting);
        long commentId = queries.minutes(meeting).comments().getFirst().id();
        _click(_get(Button.class, s -> s.withId("accept-" + commentId)));

        // the accepted amendment is worked into the notes and the decision before approval
        TextArea notes = _get(TextArea.class, s -> s.withId("notes-" + item));
        notes.setValue("Wachtlijsten worden voortaan tweewekelijks gedeeld.");
        _click(_get(Button.class, s -> s.withId("save-notes-" + item)));
        long decisionId = itemOf(meeting, item).decisions().getFirst().id();
        Button revise = _get(Button.class, s -> s.withId("revise-decision-" + decisionId));
        assertThat(revise.getElement().getAttribute("aria-label")).startsWith("Tekst aanpassen: ");
        _click(revise);
        TextArea decisionText = _get(TextArea.class, s -> s.withId("revise-decision-text"));
        assertThat(decisionText.getLabel()).isEqualTo("Tekst van het besluit");
        assertThat(decisionText.getValue()).isEqualTo("Wachtlijsten worden maandelijks gedeeld.");
        decisionText.setValue("Wachtlijsten worden tweewekelijks gedeeld.");
        _click(_get(Button.class, s -> s.withId("form-save")));
        String reference = itemOf(meeting, item).decisions().getFirst().reference();

        _click(chair.approve);
        assertThat(meetings.meeting(meeting).status()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(chair.reviewBox.getElement().getTextRecursively()).contains("overgenomen");
        assertThat(chair.itemsBox.getElement().getTextRecursively())
                .contains("Besluit " + reference + ": Wachtlijsten worden tweewekelijks gedeeld.")
                .contains("Wachtlijsten worden voortaan tweewekelijks gedeeld.")
                .doesNotContain("maandelijks");
        assertThat(_find(Button.class, s -> s.withId("revise-decision-" + decisionId)))
                .isEmpty();
        assertThat(_find(Button.class, s -> s.withId("decide-" + item))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("save-notes-" + item))).isEmpty();
        assertThat(chair.start.isVisible() || chair.close.isVisible() || chair.openReview.isVisible())
                .isFalse();
    }

    @Test
    void guestsAndOutsidersAreRefusedTheMinutes() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), null);
        meetings.publish(meeting);

        login("aanbieder");
        assertRefused("overleg/vergadering/" + meeting + "/notulen");
        login("wijkcoach.baarn");
        assertRefused("overleg/vergadering/" + meeting + "/notulen");
        login("teamleider.soest");
        MinutesView member = open(meeting);
        assertThat(member.start.isVisible())
                .as("a member does not run the meeting")
                .isFalse();
    }

    @Test
    void notesSavedAfterSomeoneElseSavedTheirsAreNotOverwrittenAndTheirNotesAreShown() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 9, 14, 0));
        long item = addItem(meeting, "Werkdruk");
        minutes.start(meeting);

        login("teamleider.soest");
        open(meeting);
        type(_get(TextArea.class, s -> s.withId("notes-" + item)), "Werkdruk blijft hoog.");

        // meanwhile the chair saves notes on the same item from another screen
        SecurityContext secretary = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            users.login("procesbegeleider");
            minutes.recordNotes(item, itemOf(meeting, item).version(), "Werkdruk besproken; teams melden knelpunten.");
        } finally {
            SecurityContextHolder.setContext(secretary);
        }

        _click(_get(Button.class, s -> s.withId("save-notes-" + item)));
        assertThat(notificationTexts())
                .anySatisfy(t -> assertThat(t).contains("Iemand anders heeft dit intussen gewijzigd"));
        assertThat(_get(TextArea.class, s -> s.withId("notes-" + item)).getValue())
                .as("the page shows the other's notes")
                .isEqualTo("Werkdruk besproken; teams melden knelpunten.");
        assertThat(itemOf(meeting, item).notes())
                .contains("teams melden knelpunten")
                .doesNotContain("blijft hoog");
    }

    private MinutesItem itemOf(long meeting, long item) {
        return queries.minutes(meeting).items().stream()
                .filter(i -> i.itemId() == item)
                .findFirst()
                .orElseThrow();
    }

    private long addItem(long meeting, String title) {
        long work = fixtures.section(meeting, SectionKind.WORK_MEETING);
        return agendas.addItem(meeting, work, new ItemDraft(title, null, null, 30, ItemKind.DECISION, false));
    }

    private static MinutesView open(long meetingId) {
        UI.getCurrent().navigate(MinutesView.class, new RouteParameters("meetingId", String.valueOf(meetingId)));
        return _get(MinutesView.class);
    }
}
