package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.forum.AgendaItemDocuments;
import nl.regioportaal.forum.AgendaItemDocuments.DocumentView;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.FollowUpService;
import nl.regioportaal.forum.ForumDocuments;
import nl.regioportaal.forum.ForumModel.Agenda;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.forum.ForumService;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.MeetingStatus;
import nl.regioportaal.forum.RsvpAnswer;
import nl.regioportaal.forum.StandingItem;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.shared.ValidationFailedException;

/**
 * One meeting: when and where, the answer "I attend / I am absent", and the agenda by section with
 * each item's start time and a warning when it runs past the end. The chair builds the agenda here:
 * add and edit items, move them one step up or down (across sections too) from the keyboard, and
 * publish. A guest sees only their part, without the confidential items.
 */
@Route("overleg/vergadering/:meetingId")
@PermitAll
public class MeetingView extends PortalPage implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph when = new Paragraph();
    final Div agendaBox = new Div();
    final Span overTime = new Span();
    final RadioButtonGroup<RsvpAnswer> rsvp = new RadioButtonGroup<>();
    final TextField substitute = new TextField();
    final Button saveRsvp = new Button();
    final Button publish = new Button();
    final Button inviteGuest = new Button();
    final Span counts = new Span();
    long meetingId;
    long forumId;
    boolean chair;
    boolean member;
    private final transient MeetingService meetings;
    private final transient AgendaService agendas;
    private final transient ForumService forums;
    private final transient ForumDocuments documents;
    private final transient AgendaItemDocuments itemFiles;
    private final transient FollowUpService followUps;
    final HorizontalLayout downloads = new HorizontalLayout();
    private ItemDialogs itemDialogs;
    private AgendaDragAndDrop dragAndDrop;
    private final ItemDocuments itemDocuments;
    private Map<Long, List<DocumentView>> docs = Map.of();

    public MeetingView(
            MeetingService meetings,
            AgendaService agendas,
            ForumService forums,
            ForumDocuments documents,
            AgendaItemDocuments itemFiles,
            FollowUpService followUps) {
        super("forum.meeting");
        this.followUps = followUps;
        this.itemDocuments = new ItemDocuments(itemFiles, this::refresh);
        this.itemFiles = itemFiles;
        this.meetings = meetings;
        this.agendas = agendas;
        this.forums = forums;
        this.documents = documents;

        rsvp.setLabel(getTranslation("forum.rsvp"));
        rsvp.setItems(RsvpAnswer.values());
        rsvp.setItemLabelGenerator(a -> getTranslation("forum.rsvp." + a));
        substitute.setLabel(getTranslation("forum.rsvp.substitute"));
        substitute.setVisible(false);
        substitute.setMaxLength(150);
        rsvp.addValueChangeListener(e -> substitute.setVisible(e.getValue() == RsvpAnswer.ABSENT));
        saveRsvp.setText(getTranslation("forum.rsvp.save"));
        saveRsvp.setId("save-rsvp");
        saveRsvp.addClickListener(e -> answer());

        publish.setText(getTranslation("forum.publish"));
        publish.setId("publish-agenda");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());

        inviteGuest.setText(getTranslation("forum.guest.invite"));
        inviteGuest.setId("invite-guest");
        inviteGuest.addClickListener(e -> new GuestDialog(meetings, forums, this::refresh)
                .open(forumId, meetingId, agendas.agenda(meetingId).sections()));

        overTime.getElement().setAttribute("role", "status");
        overTime.getStyle().set("color", "var(--rp-bad)").set("font-weight", "600");

        add(
                title,
                when,
                new HorizontalLayout(rsvp, substitute, saveRsvp),
                new HorizontalLayout(publish, inviteGuest, counts),
                downloads,
                new H3(getTranslation("forum.agenda")),
                overTime,
                agendaBox);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        MeetingSummary meeting;
        try {
            meeting = meetings.meeting(meetingId);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ForumStanding standing = forums.standing(meeting.forumId());
        chair = standing == ForumStanding.CHAIR || forums.mayCreateForums();
        member = standing.isMember() || chair;
        itemDialogs = new ItemDialogs(agendas, this::refresh);
        dragAndDrop = new AgendaDragAndDrop(agendas, this::refresh);
        refresh();
    }

    void refresh() {
        MeetingSummary meeting = meetings.meeting(meetingId);
        title.setText(meeting.title() + " · " + meeting.forumName());
        String where =
                meeting.place() != null ? meeting.place() : meeting.onlineLink() == null ? "" : meeting.onlineLink();
        when.setText(ForumUi.when(meeting, getLocale()) + (where.isEmpty() ? "" : " · " + where) + " · "
                + getTranslation("forum.status." + meeting.status()));
        boolean open = meeting.status().agendaOpen();
        rsvp.setValue(meetings.myAnswer(meetingId));
        rsvp.setEnabled(open);
        saveRsvp.setEnabled(open);
        publish.setVisible(chair && meeting.status() == MeetingStatus.DRAFT);
        inviteGuest.setVisible(chair && open);
        forumId = meeting.forumId();
        counts.setVisible(chair);
        if (chair) {
            var c = meetings.answers(meetingId);
            counts.setText(getTranslation("forum.rsvp.counts", c.attending(), c.absent(), c.unanswered()));
        }
        downloads.removeAll();
        downloads.add(pdf("agenda", "forum.download.agenda", () -> documents.agendaPdf(meetingId, false, getLocale())));
        if (chair) {
            downloads.add(pdf(
                    "agenda-gast",
                    "forum.download.agenda-guest",
                    () -> documents.agendaPdf(meetingId, true, getLocale())));
        }
        if (member && meeting.status() != MeetingStatus.DRAFT && meeting.status() != MeetingStatus.CANCELLED) {
            Anchor minutesPage = new Anchor(
                    "overleg/vergadering/" + meetingId + "/notulen", getTranslation("forum.download.minutes-page"));
            minutesPage.setId("minutes-page");
            downloads.add(minutesPage);
        }
        if (member && !open) {
            downloads.add(pdf(
                    "verslag", "forum.download.minutes", () -> documents.minutesPdf(meetingId, false, getLocale())));
        }
        Agenda agenda = agendas.agenda(meetingId);
        docs = itemFiles.ofMeeting(meetingId);
        overTime.setText(
                agenda.overTime()
                        ? getTranslation("forum.over-time", agenda.plannedEnd().toString())
                        : "");
        agendaBox.removeAll();
        for (SectionView section : agenda.sections()) {
            agendaBox.add(section(section, chair && open));
        }
    }

    private Component section(SectionView section, boolean editable) {
        Div box = new Div();
        box.addClassName("rp-agenda-section");
        H3 heading = new H3(getTranslation("forum.section." + section.kind()));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        box.add(heading);
        if (editable) {
            dragAndDrop.dropTarget(heading, section.id(), 0);
        }
        for (int i = 0; i < section.items().size(); i++) {
            ItemView item = section.items().get(i);
            Component row = item(item, editable);
            if (editable) {
                dragAndDrop.draggable(row, item.id());
                dragAndDrop.dropTarget(row, section.id(), i);
            }
            box.add(row);
        }
        if (section.items().isEmpty()) {
            box.add(new Paragraph(getTranslation("forum.section.empty")));
        }
        if (editable) {
            Button add = new Button(
                    getTranslation("forum.item.add"),
                    VaadinIcon.PLUS.create(),
                    e -> itemDialogs.add(meetingId, section));
            add.setId("add-item-" + section.id());
            add.setAriaLabel(getTranslation("forum.item.add-to", getTranslation("forum.section." + section.kind())));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dragAndDrop.dropTarget(add, section.id(), section.items().size());
            box.add(add);
        }
        return box;
    }

    private Component item(ItemView item, boolean editable) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("item-" + item.id());
        row.setWidthFull();
        row.setAlignItems(Alignment.BASELINE);
        Span time = new Span(item.startsAt().toString());
        time.getStyle().set("font-variant-numeric", "tabular-nums").set("min-width", "3.5em");
        String itemTitle = item.standing() != null ? getTranslation("forum.standing." + item.standing()) : item.title();
        Span name = new Span(itemTitle);
        name.getStyle().set("font-weight", "600").set("flex", "1 1 auto");
        Span details = new Span(getTranslation("forum.kind." + item.kind()) + " · "
                + getTranslation("forum.minutes", item.durationMinutes())
                + (item.presenter() == null ? "" : " · " + item.presenter()));
        row.add(time, name, details);
        if (item.confidential()) {
            Span badge = new Span(getTranslation("forum.confidential"));
            badge.getElement().getThemeList().add("badge contrast");
            row.add(badge);
        }
        if (editable) {
            row.add(itemDialogs.buttons(item, itemTitle));
        }
        List<DocumentView> files = docs.getOrDefault(item.id(), List.of());
        boolean actionList = item.standing() == StandingItem.ACTION_LIST && member;
        boolean explained = item.explanation() != null && !item.explanation().isBlank();
        if (!explained && files.isEmpty() && !actionList && !(editable && item.standing() == null)) {
            return row;
        }
        Div box = new Div(row);
        if (explained) {
            // sanitised when saved (RichText): the chair's explanation, with its links (e.g. to an initiative)
            Html explanation = new Html("<div class=\"rp-item-explanation\">" + item.explanation() + "</div>");
            explanation.getElement().getStyle().set("margin-inline-start", "3.5em");
            box.add(explanation);
        }
        if (actionList) {
            box.add(openActions());
        }
        if (!files.isEmpty()) {
            box.add(itemDocuments.links(files, editable));
        }
        if (editable && item.standing() == null) {
            box.add(itemDocuments.upload(item.id(), itemTitle));
        }
        return box;
    }

    /** Under the agenda's action list: the forum's actions still open from earlier meetings, overdue first. */
    private Component openActions() {
        UnorderedList list = new UnorderedList();
        list.setId("open-actions");
        followUps.forAgenda(meetingId).forEach(f -> list.add(new ListItem(MinutesItemPanel.followUpLine(f))));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("forum.my-actions.none-open")));
        }
        return list;
    }

    /** A PDF download named after the meeting ({@code agenda-<id>.pdf}), built when clicked. */
    private Anchor pdf(String name, String key, Supplier<byte[]> content) {
        return ForumUi.download(name, name + "-" + meetingId + ".pdf", "application/pdf", getTranslation(key), content);
    }

    private void answer() {
        try {
            meetings.answer(meetingId, rsvp.getValue(), substitute.getValue());
            Notification.show(getTranslation("forum.rsvp.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, Map.of("answer", rsvp, "substitute", substitute));
        }
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("forum.publish"));
        confirm.setText(getTranslation("forum.publish.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("forum.publish"));
        confirm.addConfirmListener(e -> {
            try {
                meetings.publish(meetingId);
                Notification.show(getTranslation("forum.published")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationFailedException ex) {
                FieldErrors.show(ex, Map.of());
            }
            refresh();
        });
        confirm.open();
    }
}
