package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.ProposalView;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.ProposalService;
import nl.regioportaal.shared.html.RichText;

/** The proposal dialogs of a forum page: a member proposes; the chair accepts into a section, defers or declines. */
class ProposalDialogs {

    private final ProposalService proposals;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final Runnable afterChange;

    ProposalDialogs(ProposalService proposals, MeetingService meetings, AgendaService agendas, Runnable afterChange) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.agendas = agendas;
        this.afterChange = afterChange;
    }

    void propose(long forumId) {
        Binder<Proposal> binder = new Binder<>(Proposal.class);
        FormDialog<Proposal> d = new FormDialog<>(
                text("forum.propose"),
                binder,
                p -> proposals.propose(
                        forumId,
                        p.meeting == null ? null : p.meeting.id(),
                        p.title,
                        RichText.fromPlainText(p.explanation),
                        p.minutes == null ? -1 : p.minutes),
                () -> {
                    Notification.show(text("forum.proposed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    afterChange.run();
                });
        ComboBox<MeetingSummary> meeting = d.add("meeting", new ComboBox<>(text("forum.meeting")));
        meeting.setItems(meetings.meetings(forumId).stream()
                .filter(m -> m.status().agendaOpen())
                .toList());
        meeting.setItemLabelGenerator(m -> ForumUi.when(m, UI.getCurrent().getLocale()));
        meeting.setHelperText(text("forum.propose.meeting-help"));
        TextField title = d.add("title", new TextField(text("forum.item.title")));
        title.setRequired(true);
        TextArea explanation = d.add("explanation", new TextArea(text("forum.item.explanation")));
        explanation.setHelperText(text("forum.privacy-help"));
        IntegerField minutes = d.add("durationMinutes", new IntegerField(text("forum.duration")));
        minutes.setSuffixComponent(new Span(text("forum.minutes-unit")));
        binder.bind(meeting, p -> p.meeting, (p, v) -> p.meeting = v);
        binder.bind(title, p -> p.title, (p, v) -> p.title = v);
        binder.bind(explanation, p -> p.explanation, (p, v) -> p.explanation = v);
        binder.bind(minutes, p -> p.minutes, (p, v) -> p.minutes = v);
        d.edit(new Proposal());
    }

    Component answerButtons(ProposalView p) {
        Button accept = new Button(text("forum.accept"), e -> accept(p));
        accept.setId("accept-" + p.id());
        accept.setAriaLabel(text("forum.accept") + " " + p.title());
        Button defer = new Button(text("forum.defer"), e -> reason(p, false));
        defer.setId("defer-" + p.id());
        defer.setAriaLabel(text("forum.defer") + " " + p.title());
        Button decline = new Button(text("forum.decline"), e -> reason(p, true));
        decline.setId("decline-" + p.id());
        decline.setAriaLabel(text("forum.decline") + " " + p.title());
        return new HorizontalLayout(accept, defer, decline);
    }

    private void accept(ProposalView p) {
        Binder<Acceptance> binder = new Binder<>(Acceptance.class);
        FormDialog<Acceptance> d = new FormDialog<>(
                text("forum.accept") + ": " + p.title(),
                binder,
                a -> proposals.accept(
                        p.id(), a.meeting == null ? -1 : a.meeting.id(), a.section == null ? -1 : a.section.id()),
                afterChange);
        ComboBox<MeetingSummary> meeting = d.add("meeting", new ComboBox<>(text("forum.meeting")));
        List<MeetingSummary> open = meetings.meetings(p.forumId()).stream()
                .filter(m -> m.status().agendaOpen())
                .filter(m -> p.meetingId() == null || m.id() == p.meetingId())
                .toList();
        meeting.setItems(open);
        meeting.setItemLabelGenerator(m -> ForumUi.when(m, UI.getCurrent().getLocale()));
        meeting.setRequired(true);
        ComboBox<SectionView> section = d.add("section", new ComboBox<>(text("forum.section")));
        section.setItemLabelGenerator(s -> text("forum.section." + s.kind()));
        section.setRequired(true);
        meeting.addValueChangeListener(e -> section.setItems(
                e.getValue() == null
                        ? List.of()
                        : agendas.agenda(e.getValue().id()).sections()));
        binder.forField(meeting)
                .asRequired(text("forum.error.choose-meeting"))
                .bind(a -> a.meeting, (a, v) -> a.meeting = v);
        binder.forField(section)
                .asRequired(text("forum.error.choose-section"))
                .bind(a -> a.section, (a, v) -> a.section = v);
        Acceptance acceptance = new Acceptance();
        d.edit(acceptance);
        if (open.size() == 1) {
            meeting.setValue(open.getFirst());
        }
    }

    private void reason(ProposalView p, boolean decline) {
        Binder<Answer> binder = new Binder<>(Answer.class);
        FormDialog<Answer> d = new FormDialog<>(
                text(decline ? "forum.decline" : "forum.defer") + ": " + p.title(),
                binder,
                a -> {
                    if (decline) {
                        proposals.decline(p.id(), a.reason);
                    } else {
                        proposals.defer(p.id(), a.reason);
                    }
                },
                afterChange);
        TextArea reason = d.add("reason", new TextArea(text("forum.reason")));
        reason.setRequired(decline);
        reason.setMaxLength(1000);
        reason.setHelperText(text("forum.reason.help"));
        binder.bind(reason, a -> a.reason, (a, v) -> a.reason = v);
        d.edit(new Answer());
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    static final class Proposal {
        MeetingSummary meeting;
        String title = "";
        String explanation = "";
        Integer minutes = 15;
    }

    static final class Acceptance {
        MeetingSummary meeting;
        SectionView section;
    }

    static final class Answer {
        String reason = "";
    }
}
