package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.FollowUpKind;
import nl.regioportaal.forum.ForumModel.DecisionView;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.forum.ForumModel.MinutesItem;
import nl.regioportaal.forum.MinutesService;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.i18n.PortalFormats;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One agenda item in the minutes: its notes, decisions and follow-ups; while the minutes are being
 * recorded, the secretary's fields to add them; until they are approved, the notes and the text of
 * each decision stay correctable, so accepted amendments can be worked in during the review round.
 */
class MinutesItemPanel extends Div {

    final TextArea notes = new TextArea();
    final TextArea decision = new TextArea();

    MinutesItemPanel(
            MinutesItem item,
            boolean editable,
            boolean correctable,
            MinutesService minutes,
            List<MemberRow> members,
            long meetingId,
            Runnable afterChange) {
        setId("minutes-item-" + item.itemId());
        addClassName("rp-agenda-section");
        String itemTitle = item.title() == null ? text("forum.section." + item.section()) : item.title();
        add(new H4(text("forum.section." + item.section()) + ": " + itemTitle));
        if (item.confidential()) {
            Span badge = new Span(text("forum.confidential"));
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        }
        if (item.outcome() != null) {
            add(new Paragraph(text("forum.pdf.outcome." + item.outcome())));
        }
        if (correctable) {
            notes.setLabel(text("forum.minutes.notes"));
            notes.setId("notes-" + item.itemId());
            notes.setHelperText(text("forum.privacy-help"));
            notes.setWidthFull();
            notes.setValue(item.notes() == null ? "" : RichText.plainText(item.notes()));
            Button saveNotes = new Button(
                    text("forum.minutes.save-notes"),
                    e -> change(
                            () -> minutes.recordNotes(item.itemId(), item.version(), notes.getValue()),
                            Map.of("notes", notes),
                            afterChange));
            saveNotes.setId("save-notes-" + item.itemId());
            saveNotes.setAriaLabel(saveNotes.getText() + ": " + itemTitle);
            add(notes, saveNotes);
        } else if (item.notes() != null) {
            add(new Paragraph(RichText.plainText(item.notes())));
        }
        UnorderedList outcomes = new UnorderedList();
        for (DecisionView d : item.decisions()) {
            ListItem li = new ListItem(text("forum.pdf.decision") + " " + d.reference() + ": " + d.text());
            li.setId("decision-row-" + d.id());
            li.addClassName("rp-decision");
            if (correctable) {
                Button revise =
                        new Button(text("forum.minutes.revise-decision"), e -> reviseDialog(minutes, d, afterChange));
                revise.setId("revise-decision-" + d.id());
                revise.setAriaLabel(revise.getText() + ": " + d.reference());
                revise.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                li.add(revise);
            }
            outcomes.add(li);
        }
        for (FollowUpView f : item.followUps()) {
            outcomes.add(new ListItem(followUpLine(f)));
        }
        if (outcomes.getChildren().findAny().isPresent()) {
            add(outcomes);
        }
        if (editable) {
            decision.setLabel(text("forum.minutes.decision"));
            decision.setId("decision-" + item.itemId());
            decision.setWidthFull();
            Button decide = new Button(
                    text("forum.minutes.decide"),
                    e -> change(
                            () -> minutes.decide(item.itemId(), decision.getValue()),
                            Map.of("decision", decision),
                            afterChange));
            decide.setId("decide-" + item.itemId());
            decide.setAriaLabel(decide.getText() + ": " + itemTitle);
            Button follow = new Button(
                    text("forum.minutes.add-follow-up"),
                    e -> followUpDialog(minutes, members, meetingId, item.itemId(), afterChange));
            follow.setId("add-follow-up-" + item.itemId());
            follow.setAriaLabel(follow.getText() + ": " + itemTitle);
            follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(decision, decide, follow);
        }
    }

    static String followUpLine(FollowUpView f) {
        UI ui = UI.getCurrent();
        String due = PortalFormats.date(f.due(), ui.getLocale());
        return text("forum.pdf.follow-up." + f.kind()) + ": " + f.description() + " · " + f.owner()
                + (f.toWhom() == null ? "" : " → " + f.toWhom()) + " · " + text("forum.follow-up.due", due)
                + " · " + text("forum.follow-up.status." + f.status())
                + (f.overdue() ? " · " + text("forum.follow-up.overdue") : "");
    }

    /** The decision's text in a dialog; its number is not editable, it may already be quoted. */
    private static void reviseDialog(MinutesService minutes, DecisionView d, Runnable afterChange) {
        Binder<DecisionForm> binder = new Binder<>(DecisionForm.class);
        FormDialog<DecisionForm> dialog = new FormDialog<>(
                text("forum.minutes.revise-decision-title") + " " + d.reference(),
                binder,
                form -> minutes.reviseDecision(d.id(), d.version(), form.text),
                afterChange);
        TextArea field = dialog.add("decision", new TextArea(text("forum.minutes.decision-text")));
        field.setId("revise-decision-text");
        field.setHelperText(text("forum.privacy-help"));
        field.setMaxLength(4000);
        field.setWidthFull();
        binder.bind(field, f -> f.text, (f, v) -> f.text = v);
        DecisionForm form = new DecisionForm();
        form.text = d.text();
        dialog.edit(form);
    }

    private static void followUpDialog(
            MinutesService minutes, List<MemberRow> members, long meetingId, long itemId, Runnable afterChange) {
        Binder<FollowUpForm> binder = new Binder<>(FollowUpForm.class);
        FormDialog<FollowUpForm> d = new FormDialog<>(
                text("forum.minutes.add-follow-up"),
                binder,
                form -> minutes.addFollowUp(meetingId, itemId, form.draft()),
                afterChange);
        Select<FollowUpKind> kind = d.add("kind", new Select<>());
        kind.setLabel(text("forum.follow-up.kind"));
        kind.setItems(FollowUpKind.values());
        kind.setItemLabelGenerator(k -> text("forum.pdf.follow-up." + k));
        TextArea description = d.add("description", new TextArea(text("forum.follow-up.description")));
        description.setHelperText(text("forum.privacy-help"));
        ComboBox<MemberRow> owner = d.add("owner", new ComboBox<>(text("forum.follow-up.owner")));
        owner.setItems(members);
        owner.setItemLabelGenerator(MemberRow::name);
        owner.setClearButtonVisible(true);
        TextField ownerName = d.add("ownerName", new TextField(text("forum.follow-up.owner-name")));
        ownerName.setHelperText(text("forum.follow-up.owner-name-help"));
        ownerName.setMaxLength(150);
        TextField toWhom = d.add("toWhom", new TextField(text("forum.follow-up.to-whom")));
        toWhom.setHelperText(text("forum.privacy-help"));
        toWhom.setMaxLength(150);
        DatePicker due = d.add("due", new DatePicker(text("forum.follow-up.due-label")));
        binder.bind(kind, f -> f.kind, (f, v) -> f.kind = v);
        binder.bind(description, f -> f.description, (f, v) -> f.description = v);
        binder.bind(owner, f -> f.owner, (f, v) -> f.owner = v);
        binder.bind(ownerName, f -> f.ownerName, (f, v) -> f.ownerName = v);
        binder.bind(toWhom, f -> f.toWhom, (f, v) -> f.toWhom = v);
        binder.bind(due, f -> f.due, (f, v) -> f.due = v);
        d.edit(new FollowUpForm());
    }

    private static void change(Runnable change, Map<String, TextArea> fields, Runnable afterChange) {
        try {
            change.run();
            Notification.show(text("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterChange.run();
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, fields);
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            // reloading shows the other's notes; saving ours anyway would silently replace them
            Notification.show(text("form.error.concurrent"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            afterChange.run();
        }
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /** The decision form's bean. */
    static final class DecisionForm {
        String text = "";
    }

    /** The follow-up form's bean: an owner from the members, or a named outsider. */
    static final class FollowUpForm {
        FollowUpKind kind = FollowUpKind.ACTION;
        String description = "";
        MemberRow owner;
        String ownerName = "";
        String toWhom = "";
        LocalDate due;

        FollowUpDraft draft() {
            return new FollowUpDraft(
                    kind, description, owner == null ? null : owner.personId(), ownerName, toWhom, due);
        }
    }
}
