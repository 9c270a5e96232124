package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.NoSuchElementException;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.forum.ForumModel.ForumSummary;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingDraft;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.forum.ForumModel.ProposalView;
import nl.regioportaal.forum.ForumService;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.ProposalService;
import nl.regioportaal.security.ForumStanding;

/**
 * One forum: its meetings, members and backlog; the chair plans meetings and answers proposals, a
 * member proposes an item. Someone who is not a member gets the refusal page (the services decide).
 */
@Route("overleg/:forumId")
@PermitAll
public class ForumView extends PortalPage implements BeforeEnterObserver {

    final H2 name = new H2();
    final Grid<MeetingSummary> meetings = new Grid<>(MeetingSummary.class, false);
    final Grid<MemberRow> members = new Grid<>(MemberRow.class, false);
    final Grid<ItemView> backlog = new Grid<>(ItemView.class, false);
    final Grid<ProposalView> waiting = new Grid<>(ProposalView.class, false);
    final Button plan = new Button();
    final Button propose = new Button();
    final Button planSeries = new Button();
    final Anchor records = new Anchor();
    final H3 waitingTitle = new H3();
    final Grid.Column<ItemView> planColumn;
    final PlanItemDialog planItemDialog;
    final ProposalDialogs proposalDialogs;
    FormDialog<NewMeeting> planDialog;
    long forumId;
    private final transient ForumService forums;
    private final transient MeetingService meetingService;
    private final transient AgendaService agendas;
    private final transient ProposalService proposals;
    private final transient Clock clock;

    public ForumView(
            ForumService forums,
            MeetingService meetingService,
            AgendaService agendas,
            ProposalService proposals,
            Clock clock) {
        super("forum.title");
        this.forums = forums;
        this.meetingService = meetingService;
        this.agendas = agendas;
        this.proposals = proposals;
        this.clock = clock;
        this.planItemDialog = new PlanItemDialog(meetingService, agendas, this::refresh);
        this.proposalDialogs = new ProposalDialogs(proposals, meetingService, agendas, this::refresh);

        meetings.addComponentColumn(m -> ForumUi.meetingLink(m, ForumUi.when(m, getLocale())))
                .setHeader(getTranslation("forum.when"))
                .setFlexGrow(2);
        meetings.addColumn(MeetingSummary::title)
                .setHeader(getTranslation("forum.meeting"))
                .setFlexGrow(2);
        meetings.addComponentColumn(m -> ForumUi.statusBadge(m.status(), getTranslation("forum.status." + m.status())))
                .setHeader(getTranslation("forum.state"));
        meetings.setAriaLabel(getTranslation("forum.meetings"));
        meetings.setAllRowsVisible(true);

        members.addColumn(MemberRow::name)
                .setHeader(getTranslation("forum.member"))
                .setFlexGrow(3);
        members.addColumn(m -> getTranslation("forum.role." + m.role())).setHeader(getTranslation("forum.role"));
        members.setAriaLabel(getTranslation("forum.members"));
        members.setAllRowsVisible(true);

        backlog.addColumn(ItemView::title)
                .setHeader(getTranslation("forum.item"))
                .setFlexGrow(3);
        backlog.addColumn(i -> getTranslation("forum.minutes", i.durationMinutes()))
                .setHeader(getTranslation("forum.duration"));
        planColumn = backlog.addComponentColumn(this::planButton).setKey("plan").setHeader("");
        backlog.setAriaLabel(getTranslation("forum.backlog"));
        backlog.setAllRowsVisible(true);

        waiting.addColumn(ProposalView::title)
                .setHeader(getTranslation("forum.item"))
                .setFlexGrow(3);
        waiting.addColumn(ProposalView::proposer)
                .setHeader(getTranslation("forum.proposer"))
                .setFlexGrow(2);
        waiting.addComponentColumn(proposalDialogs::answerButtons).setHeader("").setFlexGrow(3);
        waiting.setAriaLabel(getTranslation("forum.proposals-waiting"));
        waiting.setAllRowsVisible(true);
        waitingTitle.setText(getTranslation("forum.proposals-waiting"));

        plan.setText(getTranslation("forum.plan-meeting"));
        plan.setId("plan-meeting");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(e -> planDialog.edit(new NewMeeting()));
        SeriesDialog seriesDialog = new SeriesDialog(meetingService, this::refresh);
        planSeries.setText(getTranslation("forum.series.plan"));
        planSeries.setId("plan-series");
        planSeries.addClickListener(e -> seriesDialog.open(forumId));
        propose.setText(getTranslation("forum.propose"));
        propose.setId("propose-item");
        propose.addClickListener(e -> proposalDialogs.propose(forumId));

        records.setText(getTranslation("forum.records"));
        records.setId("forum-records");
        HorizontalLayout actions = new HorizontalLayout(plan, planSeries, propose, records);
        actions.setAlignItems(Alignment.BASELINE);
        add(
                name,
                actions,
                new H3(getTranslation("forum.meetings")),
                meetings,
                waitingTitle,
                waiting,
                new H3(getTranslation("forum.backlog")),
                backlog,
                new H3(getTranslation("forum.members")),
                members);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forumId = event.getRouteParameters().getLong("forumId").orElse(-1L);
        try {
            ForumSummary forum = forums.forum(forumId);
            name.setText(forum.name());
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        records.setHref("overleg/" + forumId + "/besluiten");
        planDialog = planDialog();
        refresh();
    }

    void refresh() {
        ForumStanding standing = forums.standing(forumId);
        boolean chair = standing == ForumStanding.CHAIR || forums.mayCreateForums();
        plan.setVisible(chair);
        planSeries.setVisible(chair);
        waiting.setVisible(chair);
        planColumn.setVisible(chair);
        waitingTitle.setVisible(chair);
        meetings.setItems(meetingService.meetings(forumId));
        members.setItems(forums.members(forumId));
        backlog.setItems(agendas.backlog(forumId));
        if (chair) {
            waiting.setItems(proposals.waiting(forumId));
        }
    }

    /** Only the chair sees the column; the service refuses anyone else as well. */
    private Button planButton(ItemView item) {
        Button button = new Button(
                getTranslation("forum.backlog.plan"),
                e -> planItemDialog.open(forumId, item, LocalDateTime.now(clock)));
        button.setId("plan-item-" + item.id());
        button.setAriaLabel(getTranslation("forum.backlog.plan") + ": " + item.title());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private FormDialog<NewMeeting> planDialog() {
        Binder<NewMeeting> binder = new Binder<>(NewMeeting.class);
        FormDialog<NewMeeting> d = new FormDialog<>(
                getTranslation("forum.plan-meeting"),
                binder,
                m -> meetingService.planMeeting(
                        forumId,
                        new MeetingDraft(
                                m.title,
                                m.day == null || m.from == null ? null : LocalDateTime.of(m.day, m.from),
                                m.day == null || m.to == null ? null : LocalDateTime.of(m.day, m.to),
                                m.place,
                                m.onlineLink)),
                this::refresh);
        TextField title = d.add("title", new TextField(getTranslation("forum.meeting.title")));
        title.setRequired(true);
        title.setMaxLength(150);
        DateField day = d.add("startsAt", new DateField(getTranslation("forum.meeting.day")));
        day.setRequired(true);
        TimePicker from = d.add("from", new TimePicker(getTranslation("forum.meeting.from")));
        TimePicker to = d.add("endsAt", new TimePicker(getTranslation("forum.meeting.to")));
        TextField place = d.add("place", new TextField(getTranslation("forum.meeting.place")));
        TextField link = d.add("onlineLink", new TextField(getTranslation("forum.meeting.online-link")));
        place.setMaxLength(200);
        link.setMaxLength(500);
        binder.bind(title, m -> m.title, (m, v) -> m.title = v);
        binder.bind(day, m -> m.day, (m, v) -> m.day = v);
        binder.bind(from, m -> m.from, (m, v) -> m.from = v);
        binder.bind(to, m -> m.to, (m, v) -> m.to = v);
        binder.bind(place, m -> m.place, (m, v) -> m.place = v);
        binder.bind(link, m -> m.onlineLink, (m, v) -> m.onlineLink = v);
        return d;
    }

    /** The plan-a-meeting form's bean. */
    static final class NewMeeting {
        String title = "";
        LocalDate day;
        LocalTime from = LocalTime.of(14, 0);
        LocalTime to = LocalTime.of(16, 0);
        String place = "";
        String onlineLink = "";
    }
}
