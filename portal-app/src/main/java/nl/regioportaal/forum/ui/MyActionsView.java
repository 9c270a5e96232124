package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.FollowUpService;
import nl.regioportaal.forum.FollowUpStatus;
import nl.regioportaal.forum.ForumModel.FollowUpView;

/**
 * "Mijn acties": the signed-in person's open actions and commitments from every forum, overdue
 * first, each closed here as done or not done (with a note why).
 */
@Route("overleg/acties")
@PermitAll
public class MyActionsView extends PortalPage {

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    private final transient FollowUpService followUps;

    public MyActionsView(FollowUpService followUps) {
        super("forum.my-actions");
        this.followUps = followUps;
        empty.setText(getTranslation("forum.my-actions.empty"));
        list.addClassName("rp-card-list");
        add(new H2(getTranslation("forum.my-actions")), empty, list);
        refresh();
    }

    void refresh() {
        List<FollowUpView> mine = followUps.mine();
        empty.setVisible(mine.isEmpty());
        list.removeAll();
        mine.stream()
                .sorted((a, b) -> Boolean.compare(b.overdue(), a.overdue()))
                .forEach(f -> list.add(row(f)));
    }

    private Component row(FollowUpView f) {
        ListItem item = new ListItem();
        item.setId("follow-up-" + f.id());
        Span what = new Span(MinutesItemPanel.followUpLine(f));
        if (f.overdue()) {
            what.getStyle().set("color", "var(--rp-bad)");
        }
        Anchor where = new Anchor("overleg/vergadering/" + f.meetingId() + "/notulen", f.forumName());
        Button close = new Button(getTranslation("forum.my-actions.close"), e -> closeDialog(f));
        close.setId("close-" + f.id());
        close.setAriaLabel(getTranslation("forum.my-actions.close") + ": " + f.description());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        item.add(new Div(what), new Div(where, new Span(" "), close));
        return item;
    }

    private void closeDialog(FollowUpView f) {
        Binder<CloseForm> binder = new Binder<>(CloseForm.class);
        FormDialog<CloseForm> d = new FormDialog<>(
                getTranslation("forum.my-actions.close") + ": " + f.description(),
                binder,
                form -> followUps.close(f.id(), form.status, form.note),
                this::refresh);
        RadioButtonGroup<FollowUpStatus> status = d.add("status", new RadioButtonGroup<>());
        status.setLabel(getTranslation("forum.follow-up.result"));
        status.setItems(FollowUpStatus.DONE, FollowUpStatus.NOT_DONE);
        status.setItemLabelGenerator(s -> getTranslation("forum.follow-up.status." + s));
        TextArea note = d.add("note", new TextArea(getTranslation("forum.follow-up.note")));
        note.setHelperText(getTranslation("forum.privacy-help"));
        note.setMaxLength(1000);
        binder.bind(status, c -> c.status, (c, v) -> c.status = v);
        binder.bind(note, c -> c.note, (c, v) -> c.note = v);
        d.edit(new CloseForm());
    }

    static final class CloseForm {
        FollowUpStatus status = FollowUpStatus.DONE;
        String note = "";
    }
}
