package nl.regioportaal.devagenda.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.devagenda.AgendaDocuments;
import nl.regioportaal.devagenda.AgendaForumLink;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDetail;
import nl.regioportaal.devagenda.AgendaModel.MilestoneView;
import nl.regioportaal.devagenda.AgendaModel.TimelineView;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.devagenda.InitiativeService;
import nl.regioportaal.devagenda.InitiativeStatus;
import nl.regioportaal.devagenda.ProgressService;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * One initiative: its facts, milestones and timeline; follow it; owners edit, share, plan milestones
 * and propose it for a forum meeting; owners and the co-owner's representatives post updates.
 * Whoever may not see it gets the refusal page (the services decide).
 */
@Route("ontwikkelagenda/initiatief/:initiativeId")
@RolesAllowed({
    Role.Names.TEAM_LEADER,
    Role.Names.MANAGER,
    Role.Names.PROCESS_SUPERVISOR,
    Role.Names.ADMIN,
    Role.Names.PROVIDER
})
public class InitiativeView extends PortalPage implements BeforeEnterObserver {

    final H2 title = new H2();
    final Div facts = new Div();
    final Div description = new Div();
    final Div internalNotes = new Div();
    final UnorderedList milestones = new UnorderedList();
    final UnorderedList timeline = new UnorderedList();
    final Button follow = new Button();
    final Button postUpdate = new Button();
    final Button edit = new Button();
    final Button share = new Button();
    final Button addMilestone = new Button();
    final Button propose = new Button();
    private final transient AgendaQueries queries;
    private final transient InitiativeService agenda;
    private final transient ProgressService progress;
    private final transient AgendaForumLink forumLink;
    private final transient InitiativeForms forms;
    private final transient RegionDirectory directory;
    private long initiativeId;
    private InitiativeDetail detail;

    public InitiativeView(
            AgendaQueries queries,
            InitiativeService agenda,
            ProgressService progress,
            AgendaForumLink forumLink,
            RegionDirectory directory) {
        super("devagenda.initiative");
        this.queries = queries;
        this.agenda = agenda;
        this.progress = progress;
        this.forumLink = forumLink;
        this.directory = directory;
        this.forms = new InitiativeForms(agenda, queries, directory, this::refresh);
        follow.setId("follow");
        follow.addClickListener(e -> toggleFollow());
        postUpdate.setText(getTranslation("devagenda.update.new"));
        postUpdate.setId("post-update");
        postUpdate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        postUpdate.addClickListener(e -> updateDialog().edit(new UpdateForm()));
        edit.setText(getTranslation("devagenda.initiative.edit"));
        edit.setId("edit-initiative");
        edit.addClickListener(e -> forms.edit(detail));
        share.setText(getTranslation("devagenda.share"));
        share.setId("share");
        share.addClickListener(e -> shareDialog()
                .edit(new ShareForm(
                        detail.version(),
                        directory.providers().stream()
                                .filter(p -> detail.sharedWithIds().contains(p.id()))
                                .collect(Collectors.toSet()))));
        addMilestone.setText(getTranslation("devagenda.milestone.new"));
        addMilestone.setId("add-milestone");
        addMilestone.addClickListener(e -> milestoneDialog().edit(new MilestoneForm()));
        propose.setText(getTranslation("devagenda.propose"));
        propose.setId("propose");
        propose.addClickListener(e -> proposeDialog().edit(new ProposeForm()));
        milestones.setId("milestones");
        timeline.setId("timeline");
        internalNotes.setId("internal-notes");
        add(
                new Anchor("ontwikkelagenda", getTranslation("devagenda.back")),
                title,
                new HorizontalLayout(follow, postUpdate, edit, share, addMilestone, propose),
                facts,
                description,
                internalNotes,
                new H3(getTranslation("devagenda.milestones")),
                milestones,
                new H3(getTranslation("devagenda.timeline")),
                timeline);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        initiativeId = event.getRouteParameters().getLong("initiativeId").orElse(-1L);
        try {
            refresh();
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void refresh() {
        detail = queries.initiative(initiativeId);
        var row = detail.row();
        title.setText(row.title());
        facts.removeAll();
        facts.add(
                fact("devagenda.theme", row.theme()),
                new Paragraph(
                        new Span(getTranslation("devagenda.status") + ": "),
                        AgendaUi.statusBadge(row.status(), getTranslation("devagenda.status." + row.status())),
                        new Span(" " + PortalFormats.percent(row.percentage(), getLocale()))),
                fact("devagenda.weight", String.valueOf(row.weight())),
                fact("devagenda.owner", row.owner()),
                fact("devagenda.co-owner", row.coOwner() == null ? PortalFormats.NONE : row.coOwner()),
                fact("devagenda.participants", String.join(", ", detail.participants())),
                fact(
                        "devagenda.shared-with",
                        detail.sharedWith().isEmpty() ? PortalFormats.NONE : String.join(", ", detail.sharedWith())),
                fact(
                        "devagenda.period",
                        PortalFormats.date(row.start(), getLocale()) + " – "
                                + PortalFormats.date(row.end(), getLocale())));
        for (String link : detail.links()) {
            Anchor a = new Anchor(link, link);
            a.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new Paragraph(a));
        }
        description.removeAll();
        if (detail.description() != null) {
            // sanitised when saved (RichText); shown only as that sanitised HTML
            description.add(new Html("<div>" + detail.description() + "</div>"));
        }
        internalNotes.removeAll();
        internalNotes.setVisible(detail.internalNotes() != null);
        if (detail.internalNotes() != null) {
            internalNotes.add(
                    new H3(getTranslation("devagenda.internal-notes")), new Paragraph(detail.internalNotes()));
        }
        follow.setText(getTranslation(detail.following() ? "devagenda.unfollow" : "devagenda.follow"));
        postUpdate.setVisible(detail.mayPostUpdate());
        edit.setVisible(detail.mayEdit());
        share.setVisible(detail.mayEdit());
        addMilestone.setVisible(detail.mayEdit());
        propose.setVisible(detail.mayEdit());
        milestones.removeAll();
        for (MilestoneView m : detail.milestones()) {
            ListItem item = new ListItem(
                    new Span(m.title() + " · " + PortalFormats.date(m.due(), getLocale()) + " · "),
                    new Span(getTranslation("devagenda.milestone." + m.state())));
            if (detail.mayEdit()) {
                Checkbox done = new Checkbox(getTranslation("devagenda.milestone.done"), m.doneOn() != null);
                done.setId("milestone-done-" + m.id());
                done.addValueChangeListener(e -> {
                    agenda.setMilestoneDone(m.id(), e.getValue());
                    refresh();
                });
                item.add(new Span(" "), done);
            }
            milestones.add(item);
        }
        if (detail.milestones().isEmpty()) {
            milestones.add(new ListItem(getTranslation("devagenda.milestones.none")));
        }
        timeline.removeAll();
        for (TimelineView e : detail.timeline()) {
            timeline.add(new ListItem(
                    PortalFormats.dateTime(e.at(), getLocale()) + " — " + AgendaDocuments.describe(e, getLocale())));
        }
        if (detail.timeline().isEmpty()) {
            timeline.add(new ListItem(getTranslation("devagenda.timeline.none")));
        }
    }

    @Override
    public String getHeading() {
        return detail == null ? super.getHeading() : detail.row().title();
    }

    private Paragraph fact(String key, String value) {
        return new Paragraph(getTranslation(key) + ": " + value);
    }

    private void toggleFollow() {
        if (detail.following()) {
            progress.unfollow(initiativeId);
        } else {
            progress.follow(initiativeId);
        }
        Notification.show(getTranslation(detail.following() ? "devagenda.unfollowed" : "devagenda.followed"));
        refresh();
    }

    private FormDialog<UpdateForm> updateDialog() {
        Binder<UpdateForm> binder = new Binder<>(UpdateForm.class);
        FormDialog<UpdateForm> d = new FormDialog<>(
                getTranslation("devagenda.update.new"),
                binder,
                f -> progress.postUpdate(initiativeId, RichText.fromPlainText(f.text), f.status, f.percentage),
                this::refresh);
        TextArea text = d.add("text", new TextArea(getTranslation("devagenda.update.text")));
        text.setRequired(true);
        text.setHelperText(getTranslation("devagenda.privacy-help"));
        ComboBox<InitiativeStatus> status = d.add("status", new ComboBox<>(getTranslation("devagenda.update.status")));
        status.setItems(InitiativeStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("devagenda.status." + s));
        status.setClearButtonVisible(true);
        IntegerField percentage = d.add("percentage", new IntegerField(getTranslation("devagenda.update.percentage")));
        binder.bind(text, f -> f.text, (f, v) -> f.text = v);
        binder.bind(status, f -> f.status, (f, v) -> f.status = v);
        binder.bind(percentage, f -> f.percentage, (f, v) -> f.percentage = v);
        return d;
    }

    private FormDialog<ShareForm> shareDialog() {
        Binder<ShareForm> binder = new Binder<>(ShareForm.class);
        FormDialog<ShareForm> d = new FormDialog<>(
                getTranslation("devagenda.share"),
                binder,
                // with the version the dialog opened on: a change by someone else meanwhile is explained, not
                // overwritten
                f -> agenda.share(
                        initiativeId,
                        f.version,
                        f.providers.stream().map(ProviderRef::id).collect(Collectors.toSet())),
                this::refresh);
        CheckboxGroup<ProviderRef> providers =
                d.add("providers", new CheckboxGroup<>(getTranslation("devagenda.share.with")));
        providers.setItems(directory.providers());
        providers.setItemLabelGenerator(ProviderRef::name);
        providers.setHelperText(getTranslation("devagenda.share.help"));
        binder.bind(providers, f -> f.providers, (f, v) -> f.providers = v);
        return d;
    }

    private FormDialog<MilestoneForm> milestoneDialog() {
        Binder<MilestoneForm> binder = new Binder<>(MilestoneForm.class);
        FormDialog<MilestoneForm> d = new FormDialog<>(
                getTranslation("devagenda.milestone.new"),
                binder,
                f -> agenda.addMilestone(initiativeId, f.title, f.due),
                this::refresh);
        TextField name = d.add("title", new TextField(getTranslation("devagenda.title-field")));
        name.setRequired(true);
        DateField due = d.add("due", new DateField(getTranslation("devagenda.milestone.due")));
        due.setRequired(true);
        binder.bind(name, f -> f.title, (f, v) -> f.title = v);
        binder.bind(due, f -> f.due, (f, v) -> f.due = v);
        return d;
    }

    private FormDialog<ProposeForm> proposeDialog() {
        Binder<ProposeForm> binder = new Binder<>(ProposeForm.class);
        FormDialog<ProposeForm> d = new FormDialog<>(
                getTranslation("devagenda.propose"),
                binder,
                f -> forumLink.propose(initiativeId, f.meeting == null ? null : f.meeting.id()),
                this::refresh);
        ComboBox<MeetingSummary> meeting =
                d.add("meeting", new ComboBox<>(getTranslation("devagenda.propose.meeting")));
        meeting.setItems(forumLink.meetingsToProposeTo());
        meeting.setItemLabelGenerator(m -> m.forumName() + ": " + m.title() + " ("
                + PortalFormats.date(m.startsAt().toLocalDate(), getLocale()) + ")");
        meeting.setRequired(true);
        meeting.setHelperText(getTranslation("devagenda.propose.help"));
        binder.bind(meeting, f -> f.meeting, (f, v) -> f.meeting = v);
        return d;
    }

    static final class UpdateForm {
        String text = "";
        InitiativeStatus status;
        Integer percentage;
    }

    static final class ShareForm {
        final long version;
        Set<ProviderRef> providers = new HashSet<>();

        ShareForm(long version, Set<ProviderRef> current) {
            this.version = version;
            providers = new HashSet<>(current);
        }
    }

    static final class MilestoneForm {
        String title = "";
        LocalDate due;
    }

    static final class ProposeForm {
        MeetingSummary meeting;
    }
}
