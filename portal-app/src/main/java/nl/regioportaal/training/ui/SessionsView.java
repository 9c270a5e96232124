package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.AttendanceState;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.InterestService;
import nl.regioportaal.training.InterestService.Demand;
import nl.regioportaal.training.SessionForm;
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
    private final transient AttendanceService training;
    private final transient EnrolmentService enrolments;
    private final boolean planner;
    Long selected;
    Grid<Attendee> attendanceList;

    FormDialog<SessionDraft> dialog;
    private ComboBox<TrainingPlanService.CourseRef> courseField;
    private transient TrainingPlanService plans;
    private transient RegionDirectory directory;

    public SessionsView(
            AttendanceService training,
            EnrolmentService enrolments,
            TrainingPlanService plans,
            RegionDirectory directory,
            InterestService interest,
            CurrentUser currentUser) {
        super("training.sessions.title");
        this.training = training;
        this.enrolments = enrolments;
        this.planner = currentUser.require().hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN);
        if (planner) {
            this.plans = plans;
            this.directory = directory;
            dialog = sessionDialog(plans, directory);
            Button create = new Button(getTranslation("training.sessions.new"), e -> {
                dialog.setHeaderTitle(getTranslation("training.sessions.new"));
                courseField.setReadOnly(false);
                dialog.edit(new SessionDraft());
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-session");
            add(create, demandOf(interest));
        }
        sessions.addColumn(SessionRow::courseTitle)
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        sessions.addColumn(s -> TrainingUi.dateTime(s.startsAt())).setHeader(getTranslation("training.mine.when"));
        sessions.addColumn(SessionRow::place).setHeader(getTranslation("training.mine.where"));
        sessions.addColumn(s -> s.cancelled()
                        ? getTranslation("training.session.cancelled")
                        : getTranslation("training.sessions.occupancy", s.enrolled(), s.seats(), s.waiting()))
                .setHeader(getTranslation("training.sessions.occupancy-header"));
        sessions.setAriaLabel(getTranslation("training.sessions.title"));
        sessions.setItems(training.manageableSessions());
        sessions.addItemClickListener(e -> open(e.getItem().id()));
        sessions.setHeight("20rem");
        add(sessions, sheet);
    }

    void open(long sessionId) {
        selected = sessionId;
        sheet.removeAll();
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
                .setFlexGrow(2);
        for (DayPart d : s.dates()) {
            list.addComponentColumn(a -> attendanceField(a, d))
                    .setHeader(TrainingUi.dateTime(d.start()))
                    .setKey("date-" + d.id())
                    .setFlexGrow(2);
        }
        list.addColumn(a -> getTranslation("training.enrolment." + a.status().name()))
                .setHeader(getTranslation("training.mine.enrolment-state"));
        list.setItems(s.attendees());
        list.setAllRowsVisible(true);
        list.setAriaLabel(getTranslation("training.sessions.list", s.courseTitle()));
        Button print = new Button(
                getTranslation("training.sessions.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        HorizontalLayout actions = new HorizontalLayout(print);
        if (planner) {
            Button cancel = new Button(getTranslation("training.sessions.cancel-session"), e -> {
                enrolments.cancelSession(sessionId);
                Notification.show(getTranslation("training.sessions.session-cancelled"));
                sessions.setItems(training.manageableSessions());
                open(sessionId);
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("cancel-session");
            Button edit = new Button(getTranslation("training.sessions.edit"), e -> edit(sessionId));
            edit.setId("edit-session");
            actions.add(edit, cancel);
        }
        sheet.add(actions, list);
        if (!s.waiting().isEmpty()) {
            sheet.add(new Paragraph(
                    getTranslation("training.sessions.waiting", s.waiting().size())));
        }
    }

    /** The process supervisor changes a planned session in the same form (the course stays). */
    void edit(long sessionId) {
        SessionForm f = plans.getSession(sessionId);
        TrainingPlanService.CourseRef course = plans.allCourses().stream()
                .filter(c -> c.id() == f.getCourseId())
                .findFirst()
                .orElse(null);
        MunicipalityRef quota = f.getQuotas().keySet().stream()
                .findFirst()
                .flatMap(id -> directory.municipalities().stream()
                        .filter(m -> m.id() == id)
                        .findFirst())
                .orElse(null);
        dialog.setHeaderTitle(getTranslation("training.sessions.edit"));
        courseField.setReadOnly(true);
        dialog.edit(SessionDraft.of(f, course, quota));
    }

    /** The process supervisor plans a session; the service refuses bad input field by field. */
    private FormDialog<SessionDraft> sessionDialog(TrainingPlanService plans, RegionDirectory directory) {
        Binder<SessionDraft> binder = new Binder<>(SessionDraft.class);
        FormDialog<SessionDraft> form = new FormDialog<>(
                getTranslation("training.sessions.new"), binder, d -> plans.saveSession(d.toForm()), () -> {
                    sessions.setItems(training.manageableSessions());
                    if (selected != null) {
                        open(selected);
                    }
                });
        ComboBox<TrainingPlanService.CourseRef> course =
                form.add("courseId", new ComboBox<>(getTranslation("training.course.name")));
        courseField = course;
        course.setItems(plans.allCourses());
        course.setItemLabelGenerator(c -> c.title() + " (" + c.planTitle() + ")");
        binder.forField(course)
                .asRequired(getTranslation("training.sessions.required"))
                .bind("course");
        binder.bind(form.add("place", new TextField(getTranslation("training.sessions.place"))), "place");
        binder.bind(
                form.add("onlineLink", new TextField(getTranslation("training.sessions.online-link"))), "onlineLink");
        binder.bind(form.add("trainerName", new TextField(getTranslation("training.sessions.trainer"))), "trainerName");
        IntegerField seats = form.add("seats", new IntegerField(getTranslation("training.sessions.seats")));
        binder.forField(seats)
                .asRequired(getTranslation("training.sessions.required"))
                .bind("seats");
        DateField day = form.add("dates", new DateField(getTranslation("training.sessions.day")));
        binder.forField(day)
                .asRequired(getTranslation("training.sessions.required"))
                .bind("day");
        TimePicker from = form.add("from", new TimePicker(getTranslation("training.sessions.from")));
        binder.forField(from)
                .asRequired(getTranslation("training.sessions.required"))
                .bind("from");
        TimePicker to = form.add("to", new TimePicker(getTranslation("training.sessions.to")));
        binder.forField(to)
                .asRequired(getTranslation("training.sessions.required"))
                .bind("to");
        ComboBox<MunicipalityRef> quotaMunicipality =
                form.add("quotaMunicipality", new ComboBox<>(getTranslation("training.sessions.quota-municipality")));
        quotaMunicipality.setItems(directory.municipalities());
        quotaMunicipality.setItemLabelGenerator(MunicipalityRef::name);
        quotaMunicipality.setClearButtonVisible(true);
        binder.bind(quotaMunicipality, "quotaMunicipality");
        binder.bind(
                form.add("quotas", new IntegerField(getTranslation("training.sessions.quota-seats"))), "quotaSeats");
        return form;
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

    private Component attendanceField(Attendee a, DayPart d) {
        ComboBox<AttendanceState> field = new ComboBox<>();
        field.setItems(AttendanceState.values());
        field.setItemLabelGenerator(st -> getTranslation("training.attendance." + st.name()));
        field.setAriaLabel(getTranslation("training.sessions.attendance-of", a.name(), TrainingUi.dateTime(d.start())));
        field.setValue(a.attendance().get(d.id()));
        field.setId("attendance-" + a.enrolmentId() + "-" + d.id());
        field.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getValue() == null || e.getValue() == null) {
                return;
            }
            try {
                training.recordAttendance(a.enrolmentId(), d.id(), e.getValue());
            } catch (ValidationFailedException ex) {
                FieldErrors.show(ex, Map.of());
            }
            open(selected);
        });
        return field;
    }
}
