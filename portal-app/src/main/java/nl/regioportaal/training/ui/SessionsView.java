package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.AttendanceState;
import nl.regioportaal.training.InterestService;
import nl.regioportaal.training.InterestService.Demand;
import nl.regioportaal.training.SessionCancellation;
import nl.regioportaal.training.TrainingModel.AttendanceSheet;
import nl.regioportaal.training.TrainingModel.Attendee;
import nl.regioportaal.training.TrainingModel.DayPart;
import nl.regioportaal.training.TrainingModel.SessionRow;
import nl.regioportaal.training.TrainingPlanService;

/**
 * "Sessiebeheer" for trainers (their own sessions) and the process supervisor (all): the
 * attendance list per session, per day part, and a printable list.
 */
@Route("scholing/sessies")
@Menu(title = "training.menu.sessions", order = 103, icon = "vaadin:calendar-user")
@RolesAllowed({Role.Names.TRAINER, Role.Names.PROCESS_SUPERVISOR, Role.Names.ADMIN})
public class SessionsView extends PortalPage {

    final Grid<SessionRow> sessions = new Grid<>(SessionRow.class, false);
    final Grid<Demand> demand = new Grid<>(Demand.class, false);
    final Div sheet = new Div();
    /** "Opgeslagen om 10:42" or why not: read out by screen readers when it changes (WCAG 4.1.3). */
    final Span savedState = new Span();

    private final Map<Long, Span> statusOf = new HashMap<>();
    private final transient Clock clock;
    private final transient AttendanceService training;
    private final transient SessionCancellation cancellation;
    private final boolean planner;
    Long selected;
    Grid<Attendee> attendanceList;

    SessionFormDialog dialog;

    public SessionsView(
            AttendanceService training,
            SessionCancellation cancellation,
            TrainingPlanService plans,
            RegionDirectory directory,
            InterestService interest,
            CurrentUser currentUser,
            Clock clock) {
        super("training.sessions.title");
        this.training = training;
        this.clock = clock;
        savedState.setId("attendance-saved");
        savedState.addClassName("rp-saved");
        savedState.getElement().setAttribute("role", "status");
        sheet.setWidthFull();
        this.cancellation = cancellation;
        this.planner = currentUser.require().hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN);
        if (planner) {
            dialog = new SessionFormDialog(plans, directory, () -> {
                sessions.setItems(training.manageableSessions());
                if (selected != null) {
                    open(selected);
                }
            });
            Button create = new Button(getTranslation("training.sessions.new"), e -> dialog.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-session");
            add(create, demandOf(interest));
        }
        // a real button per session for the keyboard; the grid leaves a click on it to the button, a
        // click elsewhere in the row opens the session as well. Columns as wide as their text, but the
        // place wraps (a link anywhere), so that "Bezetting" stays in view on a laptop.
        sessions.addColumn(LitRenderer.<SessionRow>of("<vaadin-button theme=\"tertiary-inline\""
                                + " class=\"rp-open-session\" @click=${open}>${item.title}</vaadin-button>")
                        .withProperty("title", SessionRow::courseTitle)
                        .withFunction("open", s -> open(s.id())))
                .setHeader(getTranslation("training.course.name"))
                .setAutoWidth(true);
        sessions.addColumn(s -> TrainingUi.dateTime(s.startsAt()))
                .setHeader(getTranslation("training.mine.when"))
                .setAutoWidth(true);
        sessions.addColumn(SessionRow::place).setHeader(getTranslation("training.mine.where"));
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.addClassName("rp-wrap-anywhere");
        sessions.addColumn(s -> s.cancelled()
                        ? getTranslation("training.session.cancelled")
                        : getTranslation("training.sessions.occupancy", s.enrolled(), s.seats(), s.waiting()))
                .setHeader(getTranslation("training.sessions.occupancy-header"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        sessions.setAriaLabel(getTranslation("training.sessions.title"));
        sessions.setId("sessions");
        sessions.setItems(training.manageableSessions());
        sessions.addItemClickListener(e -> open(e.getItem().id()));
        sessions.setHeight("20rem");
        add(sessions, sheet);
    }

    void open(long sessionId) {
        selected = sessionId;
        sheet.removeAll();
        statusOf.clear();
        AttendanceSheet s = training.attendanceSheet(sessionId);
        sheet.add(new H3(getTranslation("training.sessions.list", s.courseTitle())));
        sheet.add(new Paragraph(s.place()
                + (s.trainerName() == null
                        ? ""
                        : " · " + getTranslation("training.session.trainer", s.trainerName()))));
        Grid<Attendee> list = new Grid<>(Attendee.class, false);
        attendanceList = list;
        list.addColumn(Attendee::name)
                .setHeader(getTranslation("training.overview.person"))
                .setFlexGrow(2)
                .setFrozen(true);
        HorizontalLayout everyone = new HorizontalLayout();
        everyone.setId("everyone-present");
        for (int i = 0; i < s.dates().size(); i++) {
            DayPart d = s.dates().get(i);
            boolean open = s.recordableDayParts().contains(d.id());
            String when = TrainingUi.dateTime(d.start());
            list.addComponentColumn(a -> attendanceField(a, d, open))
                    .setHeader(
                            open
                                    ? when
                                    : when + " ("
                                            + getTranslation(
                                                    "training.sessions.opens-at",
                                                    PortalFormats.time(AttendanceService.opensAt(d.start())
                                                            .toLocalTime()))
                                            + ")")
                    .setKey("date-" + d.id())
                    .setFlexGrow(3);
            Button all = new Button(getTranslation("training.sessions.everyone-present-for", when), e -> {
                int marked = training.markEveryonePresent(sessionId, d.id());
                open(sessionId);
                saved(getTranslation("training.sessions.everyone-marked", marked));
            });
            all.setId("everyone-present-" + d.id());
            all.setEnabled(open && !s.attendees().isEmpty());
            everyone.add(all);
        }
        list.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("training.mine.enrolment-state"))
                .setKey("status")
                .setFlexGrow(1);
        list.setItems(s.attendees());
        list.setAllRowsVisible(true);
        list.setWidthFull();
        list.setAriaLabel(getTranslation("training.sessions.list", s.courseTitle()));
        Anchor signInSheet = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    AttendanceService.SignInSheet pdf = training.signInSheet(sessionId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf.pdf()), pdf.fileName(), "application/pdf", pdf.pdf().length);
                }),
                getTranslation("training.sessions.sign-in-sheet"));
        signInSheet.setId("sign-in-sheet");
        HorizontalLayout actions = new HorizontalLayout(signInSheet);
        actions.setAlignItems(Alignment.BASELINE);
        if (planner) {
            Button edit = new Button(getTranslation("training.sessions.edit"), e -> dialog.change(sessionId));
            edit.setId("edit-session");
            actions.add(edit);
            // once people came (the first day part began) there is nothing left to call off
            if (!cancelled(sessionId)
                    && !s.dates().isEmpty()
                    && s.dates().getFirst().start().isAfter(now())) {
                String when = TrainingUi.dateTime(s.dates().getFirst().start());
                Button cancel = new Button(
                        getTranslation("training.sessions.cancel-session"),
                        e -> TrainingUi.confirm(
                                "cancel-session-confirm",
                                getTranslation("training.sessions.cancel-session.confirm.header"),
                                getTranslation("training.sessions.cancel-session.confirm.text", s.courseTitle(), when),
                                getTranslation("training.sessions.cancel-session.confirm.ok"),
                                getTranslation("training.sessions.cancel-session.confirm.keep"),
                                () -> cancelSession(sessionId)));
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                cancel.setId("cancel-session");
                actions.add(cancel);
            }
        }
        savedState.setText("");
        sheet.add(actions, everyone, savedState, list);
        if (!s.waiting().isEmpty()) {
            sheet.add(new Paragraph(
                    getTranslation("training.sessions.waiting", s.waiting().size())));
        }
    }

    private void cancelSession(long sessionId) {
        try {
            cancellation.cancelSession(sessionId);
            Notification.show(getTranslation("training.sessions.session-cancelled"));
        } catch (ValidationFailedException ex) {
            // it began while the page was open
            Notification.show(FieldErrors.translate(
                            ex.fieldErrors().values().iterator().next()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        sessions.setItems(training.manageableSessions());
        open(sessionId);
    }

    private boolean cancelled(long sessionId) {
        return sessions.getGenericDataView().getItems().anyMatch(r -> r.id() == sessionId && r.cancelled());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Who asked for a course without a session, per municipality: where a new session is wanted. */
    private Details demandOf(InterestService interest) {
        List<Demand> rows = interest.demand();
        demand.addColumn(Demand::courseTitle)
                .setHeader(getTranslation("training.sessions.demand.course"))
                .setFlexGrow(3);
        demand.addColumn(Demand::municipality).setHeader(getTranslation("training.sessions.demand.municipality"));
        demand.addColumn(Demand::people).setHeader(getTranslation("training.sessions.demand.people"));
        demand.setItems(rows);
        demand.setAllRowsVisible(true);
        demand.setAriaLabel(getTranslation("training.sessions.demand"));
        Details details = new Details(
                getTranslation("training.sessions.demand") + " ("
                        + rows.stream().mapToLong(Demand::people).sum() + ")",
                rows.isEmpty() ? new Paragraph(getTranslation("training.sessions.demand.none")) : demand);
        details.setId("demand");
        details.setOpened(!rows.isEmpty());
        return details;
    }

    /**
     * The state of one person at one day part, saved as soon as it changes; "afgemeld met reden"
     * opens a reason field, saved when the trainer leaves it. Before the day part's window opens
     * the fields are read-only.
     */
    private Component attendanceField(Attendee a, DayPart d, boolean open) {
        String when = TrainingUi.dateTime(d.start());
        ComboBox<AttendanceState> field = new ComboBox<>();
        field.setItems(AttendanceState.values());
        field.setItemLabelGenerator(st -> getTranslation("training.attendance." + st.name()));
        field.setAriaLabel(getTranslation("training.sessions.attendance-of", a.name(), when));
        field.setValue(a.attendance().get(d.id()));
        field.setId("attendance-" + a.enrolmentId() + "-" + d.id());
        field.setReadOnly(!open);
        field.setWidthFull();
        TextField reason = new TextField();
        reason.setId("reason-" + a.enrolmentId() + "-" + d.id());
        reason.setPlaceholder(getTranslation("training.sessions.reason"));
        reason.setAriaLabel(getTranslation("training.sessions.reason-of", a.name(), when));
        reason.setHelperText(getTranslation("training.sessions.reason-help"));
        reason.setMaxLength(200);
        reason.setValue(a.reasons().getOrDefault(d.id(), ""));
        reason.setVisible(a.attendance().get(d.id()) == AttendanceState.EXCUSED);
        reason.setReadOnly(!open);
        reason.setWidthFull();
        field.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            reason.setVisible(e.getValue() == AttendanceState.EXCUSED);
            record(a, d, e.getValue(), reason.getValue(), field);
        });
        reason.addValueChangeListener(e -> {
            if (field.getValue() == AttendanceState.EXCUSED) {
                record(a, d, AttendanceState.EXCUSED, e.getValue(), reason);
            }
        });
        Div cell = new Div(field, reason);
        cell.setWidthFull();
        return cell;
    }

    /** Saves one mark; the result (saved at hh:mm, or why not) is shown next to the list and on the field. */
    private void record(Attendee a, DayPart d, AttendanceState state, String reason, HasValidation shownAt) {
        try {
            training.recordAttendance(a.enrolmentId(), d.id(), state, reason);
            shownAt.setInvalid(false);
            training.attendanceSheet(selected).attendees().stream()
                    .filter(x -> x.enrolmentId() == a.enrolmentId())
                    .findFirst()
                    .ifPresent(x -> statusOf.get(a.enrolmentId()).setText(statusText(x)));
            saved(getTranslation(
                    "training.sessions.saved",
                    PortalFormats.time(LocalTime.now(clock).withNano(0))));
        } catch (ValidationFailedException ex) {
            String message =
                    FieldErrors.translate(ex.fieldErrors().values().iterator().next());
            shownAt.setErrorMessage(message);
            shownAt.setInvalid(true);
            savedState.setText(getTranslation("training.sessions.not-saved", message));
            savedState.getElement().setAttribute("data-state", "error");
        }
    }

    private void saved(String text) {
        savedState.setText(text);
        savedState.getElement().setAttribute("data-state", "saved");
    }

    private Span statusBadge(Attendee a) {
        Span status = new Span(statusText(a));
        statusOf.put(a.enrolmentId(), status);
        return status;
    }

    private String statusText(Attendee a) {
        return getTranslation("training.enrolment." + a.status().name());
    }
}
