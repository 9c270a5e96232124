package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.forum.CommentStatus;
import nl.regioportaal.forum.ForumModel.CommentView;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.forum.ForumModel.Minutes;
import nl.regioportaal.forum.ForumService;
import nl.regioportaal.forum.MeetingStatus;
import nl.regioportaal.forum.MinutesQueries;
import nl.regioportaal.forum.MinutesService;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * The minutes of one meeting. While the meeting runs the secretary records attendance and, per
 * item, notes, decisions, actions and commitments ({@link MinutesItemPanel}); afterwards the
 * review round: those who attended comment or propose amendments until the deadline, the chair
 * accepts or rejects each, the secretary or chair works the accepted ones into the notes and
 * decision texts, and the chair approves the minutes, which are read-only from then on.
 */
@Route("overleg/vergadering/:meetingId/notulen")
@PermitAll
public class MinutesView extends PortalPage implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final Button start = new Button();
    final Button close = new Button();
    final DatePicker deadline = new DatePicker();
    final Button openReview = new Button();
    final Button approve = new Button();
    final CheckboxGroup<MemberRow> present = new CheckboxGroup<>();
    final Button saveAttendance = new Button();
    final Paragraph attendanceText = new Paragraph();
    final Div itemsBox = new Div();
    final Div reviewBox = new Div();
    final TextArea comment = new TextArea();
    final Checkbox amendment = new Checkbox();
    final Button sendComment = new Button();
    long meetingId;
    boolean chair;
    boolean recorder;
    private List<MemberRow> members = List.of();
    private final transient MinutesService minutesService;
    private final transient MinutesQueries queries;
    private final transient ForumService forums;
    private final transient Clock clock;

    public MinutesView(MinutesService minutesService, MinutesQueries queries, ForumService forums, Clock clock) {
        super("forum.minutes.page");
        this.minutesService = minutesService;
        this.queries = queries;
        this.forums = forums;
        this.clock = clock;

        start.setText(getTranslation("forum.minutes.start"));
        start.setId("start-meeting");
        start.addClickListener(e -> run(() -> minutesService.start(meetingId)));
        close.setText(getTranslation("forum.minutes.close"));
        close.setId("close-meeting");
        close.addClickListener(e -> run(() -> minutesService.close(meetingId)));
        deadline.setLabel(getTranslation("forum.minutes.deadline"));
        deadline.setId("review-deadline");
        openReview.setText(getTranslation("forum.minutes.open-review"));
        openReview.setId("open-review");
        openReview.addClickListener(e -> run(() -> minutesService.openReview(meetingId, deadline.getValue())));
        approve.setText(getTranslation("forum.minutes.approve"));
        approve.setId("approve-minutes");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> run(() -> minutesService.approve(meetingId)));
        for (Button b : List.of(start, close, openReview)) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }

        present.setLabel(getTranslation("forum.minutes.present"));
        present.setItemLabelGenerator(MemberRow::name);
        saveAttendance.setText(getTranslation("forum.minutes.save-attendance"));
        saveAttendance.setId("save-attendance");
        saveAttendance.addClickListener(e -> saveAttendance());

        comment.setLabel(getTranslation("forum.minutes.comment"));
        comment.setHelperText(getTranslation("forum.minutes.comment-help"));
        comment.setWidthFull();
        amendment.setLabel(getTranslation("forum.minutes.amendment"));
        sendComment.setText(getTranslation("forum.minutes.send-comment"));
        sendComment.setId("send-comment");
        sendComment.addClickListener(e -> sendComment());

        HorizontalLayout actions = new HorizontalLayout(start, close, deadline, openReview, approve);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        add(
                title,
                status,
                actions,
                new H3(getTranslation("forum.minutes.attendance")),
                attendanceText,
                present,
                saveAttendance,
                itemsBox,
                reviewBox);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        Minutes minutes;
        try {
            minutes = queries.minutes(meetingId);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ForumStanding standing = forums.standing(minutes.meeting().forumId());
        chair = standing == ForumStanding.CHAIR || forums.mayCreateForums();
        recorder = chair || standing == ForumStanding.SECRETARY;
        members = forums.members(minutes.meeting().forumId());
        present.setItems(members);
        show(minutes);
    }

    void refresh() {
        show(queries.minutes(meetingId));
    }

    private void show(Minutes minutes) {
        MeetingStatus s = minutes.meeting().status();
        title.setText(
                getTranslation("forum.minutes.page") + ": " + minutes.meeting().title());
        status.removeAll();
        status.add(
                new Span(ForumUi.when(minutes.meeting(), getLocale()) + " · "),
                ForumUi.statusBadge(s, getTranslation("forum.status." + s)),
                new Span(" · "),
                ForumUi.meetingLink(minutes.meeting(), getTranslation("forum.minutes.to-agenda")));
        boolean recording = s == MeetingStatus.IN_PROGRESS || s == MeetingStatus.HELD;
        start.setVisible(recorder && s.agendaOpen());
        close.setVisible(recorder && s == MeetingStatus.IN_PROGRESS);
        deadline.setVisible(recorder && s == MeetingStatus.HELD);
        deadline.setMin(LocalDate.now(clock).plusDays(1));
        openReview.setVisible(recorder && s == MeetingStatus.HELD);
        approve.setVisible(chair && s == MeetingStatus.IN_REVIEW);

        present.setVisible(recorder && recording);
        saveAttendance.setVisible(recorder && recording);
        if (recorder && recording) {
            Set<Long> ids = queries.presentPersonIds(meetingId);
            present.setValue(
                    members.stream().filter(m -> ids.contains(m.personId())).collect(Collectors.toSet()));
        }
        attendanceText.setText(getTranslation("forum.minutes.present") + ": " + joined(minutes.present()) + ". "
                + getTranslation("forum.minutes.absent") + ": " + joined(minutes.absent()) + ".");

        itemsBox.removeAll();
        boolean editable = recorder && recording;
        // in the review round accepted amendments still have to be worked into the text before approval
        boolean correctable = recorder && (recording || s == MeetingStatus.IN_REVIEW);
        if (recorder && s == MeetingStatus.IN_REVIEW) {
            itemsBox.add(new Paragraph(getTranslation("forum.minutes.review-corrections")));
        }
        minutes.items()
                .forEach(item -> itemsBox.add(new MinutesItemPanel(
                        item, editable, correctable, minutesService, members, meetingId, this::refresh)));
        showReview(minutes, s);
    }

    private void showReview(Minutes minutes, MeetingStatus s) {
        reviewBox.removeAll();
        if (s != MeetingStatus.IN_REVIEW && minutes.comments().isEmpty()) {
            return;
        }
        reviewBox.add(new H3(getTranslation("forum.minutes.review")));
        if (minutes.reviewDeadline() != null) {
            reviewBox.add(new Paragraph(getTranslation(
                    "forum.minutes.review-until", PortalFormats.date(minutes.reviewDeadline(), getLocale()))));
        }
        UnorderedList list = new UnorderedList();
        for (CommentView c : minutes.comments()) {
            list.add(commentRow(c, chair && s == MeetingStatus.IN_REVIEW));
        }
        reviewBox.add(list);
        if (s == MeetingStatus.IN_REVIEW && queries.iAttended(meetingId)) {
            reviewBox.add(comment, amendment, sendComment);
        } else if (s == MeetingStatus.IN_REVIEW) {
            reviewBox.add(new Paragraph(getTranslation("forum.minutes.only-attendees")));
        }
    }

    private Component commentRow(CommentView c, boolean answerable) {
        ListItem row = new ListItem();
        row.setId("comment-" + c.id());
        String kind = getTranslation(c.amendment() ? "forum.minutes.amendment" : "forum.minutes.comment");
        row.add(new Span(kind + " · " + c.author() + ": " + c.text() + " · "
                + getTranslation("forum.comment.status." + c.status())));
        if (answerable && c.status() == CommentStatus.PROPOSED) {
            Button accept = new Button(
                    getTranslation("forum.comment.accept"), e -> run(() -> minutesService.answer(c.id(), true)));
            accept.setId("accept-" + c.id());
            Button reject = new Button(
                    getTranslation("forum.comment.reject"), e -> run(() -> minutesService.answer(c.id(), false)));
            reject.setId("reject-" + c.id());
            for (Button b : List.of(accept, reject)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                b.setAriaLabel(b.getText() + ": " + c.text());
                row.add(b);
            }
        }
        return row;
    }

    private void saveAttendance() {
        Set<Long> ids = present.getValue().stream().map(MemberRow::personId).collect(Collectors.toSet());
        run(() -> minutesService.recordAttendance(
                meetingId, members.stream().map(MemberRow::personId).toList(), ids));
    }

    private void sendComment() {
        try {
            minutesService.comment(meetingId, null, comment.getValue(), amendment.getValue());
            comment.clear();
            amendment.clear();
            comment.setInvalid(false);
            saved();
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, Map.of("comment", comment));
        }
    }

    /** Runs a change through the service; a refusal shows next to where it belongs, success refreshes the page. */
    private void run(Runnable change) {
        try {
            change.run();
            saved();
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, Map.of("deadline", deadline));
        }
    }

    private void saved() {
        Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private String joined(List<String> names) {
        return names.isEmpty() ? "–" : String.join(", ", names);
    }
}
