package nl.regioportaal.training.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingPlanService.CourseRef;
import nl.regioportaal.training.ui.SessionDraft.Quota;

/**
 * The process supervisor plans or changes a session: the first day part and quota in fields of
 * their own, further ones in rows. The binder checks each row (complete, end after start, no
 * municipality twice) next to it; the service refuses the rest field by field.
 */
class SessionFormDialog extends FormDialog<SessionDraft> {

    private final transient TrainingPlanService plans;
    private final transient RegionDirectory directory;
    private final List<MunicipalityRef> municipalities;
    private ComboBox<CourseRef> course;
    private ComboBox<PersonSummary> trainer;

    SessionFormDialog(TrainingPlanService plans, RegionDirectory directory, Runnable afterSave) {
        this(new Binder<>(SessionDraft.class), plans, directory, afterSave);
    }

    private SessionFormDialog(
            Binder<SessionDraft> binder, TrainingPlanService plans, RegionDirectory directory, Runnable afterSave) {
        super("", binder, d -> plans.saveSession(d.toForm()), afterSave);
        this.plans = plans;
        this.directory = directory;
        this.municipalities = directory.municipalities();
        build(binder);
    }

    void create() {
        setHeaderTitle(getTranslation("training.sessions.new"));
        course.setReadOnly(false);
        trainer.setItems(directory.activeWithRole(Role.TRAINER));
        edit(new SessionDraft());
    }

    /** The course stays: enrolments carry it. */
    void change(long sessionId) {
        SessionForm f = plans.getSession(sessionId);
        CourseRef of = plans.allCourses().stream()
                .filter(c -> c.id() == f.getCourseId())
                .findFirst()
                .orElse(null);
        List<PersonSummary> trainers = new ArrayList<>(directory.activeWithRole(Role.TRAINER));
        // a trainer who left stays in view, so that saving says to choose another instead of dropping them
        PersonSummary current = f.getTrainerPersonId() == null
                ? null
                : directory.person(f.getTrainerPersonId()).orElse(null);
        if (current != null && !trainers.contains(current)) {
            trainers.add(current);
        }
        trainer.setItems(trainers);
        setHeaderTitle(getTranslation("training.sessions.edit"));
        course.setReadOnly(true);
        edit(SessionDraft.of(f, of, municipalities, current));
    }

    private void build(Binder<SessionDraft> binder) {
        course = add("courseId", new ComboBox<>(getTranslation("training.course.name")));
        course.setItems(plans.allCourses());
        course.setItemLabelGenerator(c -> c.title() + " (" + c.planTitle() + ")");
        binder.forField(course).asRequired(required()).bind("course");
        // as long as the columns: typing stops there instead of the save failing
        binder.bind(add("place", textField("training.sessions.place", 300)), "place");
        binder.bind(add("onlineLink", textField("training.sessions.online-link", 500)), "onlineLink");
        trainer = add("trainerPersonId", new ComboBox<>(getTranslation("training.sessions.trainer")));
        trainer.setItemLabelGenerator(PersonSummary::displayName);
        trainer.setHelperText(getTranslation("training.sessions.trainer.help"));
        trainer.setClearButtonVisible(true);
        binder.bind(trainer, "trainer");
        TextField outside = add("trainerName", textField("training.sessions.external-trainer", 200));
        outside.setHelperText(getTranslation("training.sessions.external-trainer.help"));
        binder.bind(outside, "trainerName");
        // with an account the name is the directory's; the free name is for someone without one
        trainer.addValueChangeListener(e -> outside.setVisible(e.getValue() == null));
        IntegerField seats = add("seats", new IntegerField(getTranslation("training.sessions.seats")));
        binder.forField(seats).asRequired(required()).bind("seats");
        DateField day = add("dates", new DateField(getTranslation("training.sessions.day")));
        binder.forField(day).asRequired(required()).bind("day");
        TimePicker from = add("from", new TimePicker(getTranslation("training.sessions.from")));
        binder.forField(from).asRequired(required()).bind("from");
        TimePicker to = add("to", new TimePicker(getTranslation("training.sessions.to")));
        binder.forField(to)
                .asRequired(required())
                // under the times, where it is about (the service would report it on the whole date)
                .withValidator(
                        end -> from.getValue() == null || end.isAfter(from.getValue()),
                        getTranslation("training.error.end-before-start"))
                .bind("to");
        binder.forField(add("moreDayParts", new DayPartsField()))
                .withValidator(
                        parts -> parts.stream().allMatch(p -> p.start() != null && p.end() != null),
                        getTranslation("training.sessions.day-part-incomplete"))
                .withValidator(
                        parts -> parts.stream().allMatch(p -> p.end().isAfter(p.start())),
                        getTranslation("training.error.end-before-start"))
                .bind(SessionDraft::getMoreDayParts, SessionDraft::setMoreDayParts);
        ComboBox<MunicipalityRef> quotaMunicipality =
                add("quotaMunicipality", new ComboBox<>(getTranslation("training.sessions.quota-municipality")));
        quotaMunicipality.setItems(municipalities);
        quotaMunicipality.setItemLabelGenerator(MunicipalityRef::name);
        quotaMunicipality.setClearButtonVisible(true);
        binder.bind(quotaMunicipality, "quotaMunicipality");
        binder.bind(add("quotas", new IntegerField(getTranslation("training.sessions.quota-seats"))), "quotaSeats");
        binder.forField(add("moreQuotas", new QuotasField(municipalities)))
                .withValidator(
                        rows -> rows.stream().allMatch(q -> q.municipality() != null && q.seats() != null),
                        getTranslation("training.sessions.quota-incomplete"))
                .withValidator(
                        rows -> eachOnce(quotaMunicipality.getValue(), rows),
                        getTranslation("training.sessions.quota-twice"))
                .bind(SessionDraft::getMoreQuotas, SessionDraft::setMoreQuotas);
    }

    private TextField textField(String label, int maxLength) {
        TextField field = new TextField(getTranslation(label));
        field.setMaxLength(maxLength);
        // the field's own check (a value longer than allowed that did not come from typing) says why
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(getTranslation("training.sessions.too-long", maxLength)));
        return field;
    }

    private static boolean eachOnce(MunicipalityRef first, List<Quota> rows) {
        Set<Long> seen = new HashSet<>();
        if (first != null) {
            seen.add(first.id());
        }
        return rows.stream().map(Quota::municipality).filter(Objects::nonNull).allMatch(m -> seen.add(m.id()));
    }

    private String required() {
        return getTranslation("training.sessions.required");
    }
}
