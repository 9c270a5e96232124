package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.ForumModel.ForumDraft;
import nl.regioportaal.forum.ForumModel.ForumSummary;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumService;
import nl.regioportaal.forum.MeetingService;

/**
 * "Overleg": the forums the user belongs to and their coming meetings (also the ones they are a
 * guest at). Open to every signed-in user: what each sees is decided by the forum services.
 */
@Route("overleg")
@Menu(title = "forum.menu", order = 200, icon = "vaadin:group")
@PermitAll
public class ForumsView extends PortalPage {

    final Grid<ForumSummary> forums = new Grid<>(ForumSummary.class, false);
    final Grid<MeetingSummary> upcoming = new Grid<>(MeetingSummary.class, false);
    final Button create = new Button();
    final FormDialog<NewForum> dialog;
    private final transient ForumService forumService;
    private final transient MeetingService meetingService;

    public ForumsView(ForumService forumService, MeetingService meetingService) {
        super("forum.title");
        this.forumService = forumService;
        this.meetingService = meetingService;

        upcoming.addComponentColumn(m -> ForumUi.meetingLink(m, m.title()))
                .setHeader(getTranslation("forum.meeting"))
                .setFlexGrow(2);
        upcoming.addColumn(MeetingSummary::forumName)
                .setHeader(getTranslation("forum.forum"))
                .setFlexGrow(2);
        upcoming.addColumn(m -> ForumUi.when(m, getLocale()))
                .setHeader(getTranslation("forum.when"))
                .setFlexGrow(2);
        upcoming.addComponentColumn(m -> ForumUi.statusBadge(m.status(), getTranslation("forum.status." + m.status())))
                .setHeader(getTranslation("forum.state"));
        upcoming.setAriaLabel(getTranslation("forum.upcoming"));
        upcoming.setAllRowsVisible(true);

        forums.addComponentColumn(f -> {
                    Anchor a = new Anchor("overleg/" + f.id(), f.name());
                    a.setId("forum-" + f.id());
                    return a;
                })
                .setHeader(getTranslation("forum.forum"))
                .setFlexGrow(3);
        forums.addColumn(ForumSummary::code).setHeader(getTranslation("forum.code"));
        forums.addColumn(f -> f.myRole() == null ? "" : getTranslation("forum.role." + f.myRole()))
                .setHeader(getTranslation("forum.my-role"));
        forums.setAriaLabel(getTranslation("forum.mine"));
        forums.setAllRowsVisible(true);

        dialog = newForumDialog();
        create.setText(getTranslation("forum.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-forum");
        create.addClickListener(e -> dialog.edit(new NewForum()));
        create.setVisible(forumService.mayCreateForums());

        Anchor myActions = new Anchor("overleg/acties", getTranslation("forum.my-actions"));
        myActions.setId("my-actions");
        Anchor searchLink = new Anchor("overleg/zoeken", getTranslation("forum.search"));
        searchLink.setId("forum-search");
        HorizontalLayout links = new HorizontalLayout(myActions, searchLink);
        add(
                new H3(getTranslation("forum.upcoming")),
                upcoming,
                links,
                new H3(getTranslation("forum.mine")),
                create,
                forums);
        refresh();
    }

    void refresh() {
        var mine = forumService.myForums();
        forums.setItems(mine);
        upcoming.setItems(meetingService.myUpcoming(10));
        if (mine.isEmpty() && getChildren().noneMatch(c -> c instanceof Paragraph)) {
            add(new Paragraph(getTranslation("forum.none")));
        }
    }

    private FormDialog<NewForum> newForumDialog() {
        Binder<NewForum> binder = new Binder<>(NewForum.class);
        FormDialog<NewForum> d = new FormDialog<>(
                getTranslation("forum.create"),
                binder,
                f -> forumService.createForum(new ForumDraft(f.code, f.name, f.description, f.autoPublishDays)),
                this::refresh);
        TextField code = d.add("code", new TextField(getTranslation("forum.code")));
        code.setHelperText(getTranslation("forum.code.help"));
        code.setRequired(true);
        TextField name = d.add("name", new TextField(getTranslation("forum.name")));
        name.setRequired(true);
        TextArea description = d.add("description", new TextArea(getTranslation("forum.description")));
        IntegerField days = d.add("autoPublishDays", new IntegerField(getTranslation("forum.auto-publish-days")));
        days.setHelperText(getTranslation("forum.auto-publish-days.help"));
        binder.bind(code, f -> f.code, (f, v) -> f.code = v);
        binder.bind(name, f -> f.name, (f, v) -> f.name = v);
        binder.bind(description, f -> f.description, (f, v) -> f.description = v);
        binder.bind(days, f -> f.autoPublishDays, (f, v) -> f.autoPublishDays = v);
        return d;
    }

    /** The new-forum form's bean. */
    static final class NewForum {
        String code = "";
        String name = "";
        String description = "";
        Integer autoPublishDays;
    }
}
