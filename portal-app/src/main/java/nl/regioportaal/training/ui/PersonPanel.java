package nl.regioportaal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import nl.regioportaal.training.ComplianceService.Row;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.OverviewActions;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.MyTraining;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import nl.regioportaal.training.TrainingQueries;
import nl.regioportaal.training.TrainingState;

/**
 * One person of the overview: their mandatory courses and open enrolments; for a course not met,
 * "Inschrijven" (choose a session) and "Herinnering sturen" when the user may act for them. The
 * outcome is announced next to the course it is about.
 */
class PersonPanel extends Dialog {

    private final transient TrainingQueries training;
    private final transient OverviewActions actions;
    private final transient EnrolmentService enrolments;
    private final VerticalLayout courses = new VerticalLayout();

    PersonPanel(TrainingQueries training, OverviewActions actions, EnrolmentService enrolments) {
        this.training = training;
        this.actions = actions;
        this.enrolments = enrolments;
        courses.setPadding(false);
        courses.setSpacing(true);
        setWidth("min(52rem, 95vw)");
    }

    void open(Row row) {
        MyTraining t = training.trainingOf(row.personId());
        boolean mayAct = actions.mayActFor(row.personId());
        removeAll();
        courses.removeAll();
        setHeaderTitle(row.name() + " · " + row.teamName());
        courses.getElement().setAttribute("aria-label", getTranslation("training.mine.mandatory"));
        for (MyCourse c : t.mandatory()) {
            courses.add(courseLine(row, c, mayAct));
        }
        add(courses);
        t.enrolments().stream()
                .filter(e -> e.status().isOpen())
                .forEach(e -> add(new Paragraph(e.courseTitle() + ": " + TrainingUi.dateTime(e.startsAt())
                        + " · "
                        + getTranslation("training.enrolment." + e.status().name()))));
        getFooter().removeAll();
        getFooter().add(new Button(getTranslation("training.overview.close"), e -> close()));
        open();
    }

    private HorizontalLayout courseLine(Row row, MyCourse c, boolean mayAct) {
        Span title = new Span(c.title());
        title.getStyle().set("flex", "1 1 14rem");
        HorizontalLayout line = new HorizontalLayout(
                title,
                TrainingUi.stateBadge(
                        c.status().state(), MyTrainingView.statusText(this, c.status(), c.openEnrolment())));
        line.setWidthFull();
        line.setWrap(true);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (!mayAct || c.status().state().compliant()) {
            return line;
        }
        // announced to screen readers, next to the course it is about
        Span outcome = new Span();
        outcome.getElement().setAttribute("role", "status");
        Button remind = new Button(getTranslation("training.overview.remind"), e -> {
            actions.remind(row.personId(), c.courseId(), c.status().deadline());
            outcome.setText(getTranslation("training.overview.reminded", row.name()));
        });
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
        remind.setId("remind-" + c.courseId());
        Button enrol = new Button(getTranslation("training.overview.enrol"), e -> chooseSession(row, c, line, outcome));
        enrol.addThemeVariants(ButtonVariant.LUMO_SMALL);
        enrol.setId("enrol-" + c.courseId());
        enrol.setVisible(c.status().state() != TrainingState.ENROLLED);
        line.add(enrol, remind, outcome);
        return line;
    }

    private void chooseSession(Row row, MyCourse c, HorizontalLayout line, Span outcome) {
        List<SessionInfo> open = actions.openSessions(c.courseId());
        if (open.isEmpty()) {
            outcome.setText(getTranslation("training.overview.no-session"));
            return;
        }
        ComboBox<SessionInfo> session = new ComboBox<>(getTranslation("training.overview.session"));
        session.setItems(open);
        session.setItemLabelGenerator(PersonPanel::sessionLabel);
        session.setRequiredIndicatorVisible(true);
        session.setErrorMessage(getTranslation("training.overview.session-required"));
        LocalDate deadline = c.status().deadline();
        // warned before enrolling a member after their deadline, as the member would be
        session.addValueChangeListener(e -> session.setHelperText(
                e.getValue() == null
                        ? ""
                        : TrainingUi.memberDeadlineNote(this, deadline, firstDay(e.getValue()), row.name())));
        session.setValue(open.getFirst());
        Button confirm = new Button(getTranslation("training.overview.enrol"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        confirm.setId("confirm-enrol-" + c.courseId());
        confirm.addClickListener(e -> {
            SessionInfo chosen = session.getValue();
            if (chosen == null) {
                session.setInvalid(true);
                session.focus();
                return;
            }
            TrainingUi.enrolMember(this, deadline, firstDay(chosen), row.name(), c.title(), () -> {
                EnrolResult result = enrolments.enrol(chosen.id(), row.personId());
                String when = sessionLabel(chosen);
                outcome.setText(
                        result.status() == EnrolmentStatus.ENROLLED
                                ? getTranslation("training.overview.enrolled", when)
                                : getTranslation("training.overview.waiting", when, result.waitingPosition()));
                line.remove(session, confirm);
            });
        });
        line.addComponentAtIndex(line.indexOf(outcome), session);
        line.addComponentAtIndex(line.indexOf(outcome), confirm);
        session.focus();
    }

    private static LocalDate firstDay(SessionInfo s) {
        return s == null ? null : s.dates().getFirst().start().toLocalDate();
    }

    private static String sessionLabel(SessionInfo s) {
        return TrainingUi.dateTime(s.dates().getFirst().start()) + (s.place() == null ? "" : " · " + s.place());
    }
}
