package nl.regioportaal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.CourseForm;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingPlanService.CourseRef;
import nl.regioportaal.training.TrainingPlanService.PlanRef;

/** "Scholingsplan": the process supervisor's yearly plans (create, publish) and their courses. */
@Route("scholing/plan")
@Menu(title = "training.menu.plan", order = 104, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.Names.PROCESS_SUPERVISOR, Role.Names.ADMIN})
public class PlanView extends PortalPage {

    final Grid<PlanRef> planGrid = new Grid<>(PlanRef.class, false);
    final Grid<CourseRef> courseGrid = new Grid<>(CourseRef.class, false);
    private final UnorderedList planList = new UnorderedList();
    private final UnorderedList courseList = new UnorderedList();
    final IntegerField year = new IntegerField();
    final TextField title = new TextField();
    final FormDialog<CourseForm> dialog;
    final FormDialog<PlanName> renameDialog;
    private final transient TrainingPlanService plans;
    private final transient Clock clock;
    private ComboBox<PlanRef> coursePlan;
    private List<PlanRef> knownPlans = List.of();

    public PlanView(TrainingPlanService plans, RegionDirectory directory, Clock clock) {
        super("training.plan.title");
        this.plans = plans;
        renameDialog = renameDialog();

        planGrid.addColumn(PlanRef::year).setHeader(getTranslation("training.plan.year"));
        planGrid.addColumn(PlanRef::title)
                .setHeader(getTranslation("training.plan.name"))
                .setFlexGrow(3);
        planGrid.addColumn(p -> getTranslation(p.published() ? "training.plan.published" : "training.plan.draft"))
                .setHeader(getTranslation("training.plan.state"));
        planGrid.addComponentColumn(p -> {
                    Button publish = new Button(getTranslation("training.plan.publish"), e -> confirmPublish(p));
                    publish.setEnabled(!p.published());
                    publish.setId("publish-" + p.id());
                    publish.setAriaLabel(getTranslation("training.plan.publish") + " " + p.title());
                    return publish;
                })
                .setHeader("")
                .setKey("publish");
        planGrid.addComponentColumn(p -> {
                    Button rename =
                            new Button(getTranslation("training.plan.rename"), e -> renameDialog.edit(new PlanName(p)));
                    rename.setAriaLabel(getTranslation("training.plan.rename") + " " + p.title());
                    return rename;
                })
                .setHeader("")
                .setKey("rename");
        planGrid.setAllRowsVisible(true);
        planGrid.setAriaLabel(getTranslation("training.plan.plans"));

        year.setLabel(getTranslation("training.plan.year"));
        this.clock = clock;
        title.setLabel(getTranslation("training.plan.name"));
        Button create = new Button(getTranslation("training.plan.new"), e -> {
            try {
                plans.createPlan(year.getValue() == null ? 0 : year.getValue(), title.getValue());
                title.clear();
                // the refusal of an earlier try no longer applies
                year.setInvalid(false);
                title.setInvalid(false);
                refresh();
            } catch (ValidationFailedException ex) {
                FieldErrors.show(ex, Map.of("year", year, "title", title));
            }
        });
        create.setId("new-plan");
        HorizontalLayout newPlan = new HorizontalLayout(year, title, create);
        newPlan.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        newPlan.setWrap(true);

        courseGrid
                .addColumn(CourseRef::title)
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        courseGrid
                .addColumn(CourseRef::planTitle)
                .setHeader(getTranslation("training.plan.name"))
                .setFlexGrow(2);
        courseGrid
                .addColumn(
                        c -> getTranslation(c.mandatory() ? "training.course.mandatory" : "training.course.optional"))
                .setHeader(getTranslation("training.catalogue.kind"));
        courseGrid.setAriaLabel(getTranslation("training.plan.courses"));
        courseGrid.setAllRowsVisible(true);

        dialog = courseDialog(directory);
        courseGrid.addItemClickListener(
                e -> dialog.edit(plans.getCourse(e.getItem().id())));
        Button newCourse = new Button(getTranslation("training.plan.new-course"), e -> {
            CourseForm f = new CourseForm();
            f.setAudienceRoles(EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEADER));
            dialog.edit(f);
        });
        newCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCourse.setId("new-course");

        add(
                new H3(getTranslation("training.plan.plans")),
                newPlan,
                TrainingUi.wideTable(planGrid),
                planList,
                new H3(getTranslation("training.plan.courses")),
                newCourse,
                TrainingUi.wideTable(courseGrid),
                courseList);
        refresh();
    }

    void refresh() {
        knownPlans = plans.plans();
        planGrid.setItems(knownPlans);
        // a plan made on this page is at once a choice in the course form
        coursePlan.setItems(knownPlans);
        List<CourseRef> courses = plans.allCourses();
        courseGrid.setItems(courses);
        year.setValue(firstYearWithoutPlan());
        phoneLists(courses);
    }

    /** On a phone the two tables become these lists: the same facts, a button for what a row opens. */
    private void phoneLists(List<CourseRef> courses) {
        TrainingUi.fill(planList, getTranslation("training.plan.plans"));
        knownPlans.forEach(p -> {
            Button publish = new Button(getTranslation("training.plan.publish"), e -> confirmPublish(p));
            publish.setEnabled(!p.published());
            publish.setAriaLabel(getTranslation("training.plan.publish") + " " + p.title());
            Button rename = new Button(getTranslation("training.plan.rename"), e -> renameDialog.edit(new PlanName(p)));
            rename.setAriaLabel(getTranslation("training.plan.rename") + " " + p.title());
            rename.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            planList.add(TrainingUi.card(
                    new H4(p.year() + " · " + p.title()),
                    new Paragraph(getTranslation(p.published() ? "training.plan.published" : "training.plan.draft")),
                    publish,
                    rename));
        });
        TrainingUi.fill(courseList, getTranslation("training.plan.courses"));
        courses.forEach(c -> {
            Button open = new Button(c.title(), e -> dialog.edit(plans.getCourse(c.id())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            courseList.add(TrainingUi.card(
                    new H4(open),
                    new Paragraph(c.planTitle() + " · "
                            + getTranslation(
                                    c.mandatory() ? "training.course.mandatory" : "training.course.optional"))));
        });
    }

    /** Next year, or the first one after it that has no plan yet (a year has at most one plan). */
    private int firstYearWithoutPlan() {
        int candidate = LocalDate.now(clock).getYear() + 1;
        while (true) {
            int y = candidate;
            if (knownPlans.stream().noneMatch(p -> p.year() == y)) {
                return candidate;
            }
            candidate++;
        }
    }

    /** Publishing cannot be taken back, and reaches many people: say who will see what, then ask. */
    private void confirmPublish(PlanRef plan) {
        List<CourseRef> courses = plans.allCourses().stream()
                .filter(c -> c.planTitle().equals(plan.title()))
                .toList();
        long mandatory = courses.stream().filter(CourseRef::mandatory).count();
        ConfirmDialog ask = new ConfirmDialog(
                getTranslation("training.plan.publish-confirm.title", plan.title()),
                getTranslation("training.plan.publish-confirm.text", courses.size(), mandatory),
                getTranslation("training.plan.publish"),
                e -> {
                    plans.publishPlan(plan.id());
                    Notification.show(getTranslation("training.plan.published-now", plan.title()));
                    refresh();
                });
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("form.cancel"));
        ask.setId("publish-confirm");
        ask.open();
    }

    /** What the rename dialog edits: the plan's title, with the version it was read at. */
    public static class PlanName {
        private final long id;
        private final long version;
        private String title;

        PlanName(PlanRef plan) {
            this.id = plan.id();
            this.version = plan.version();
            this.title = plan.title();
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    private FormDialog<PlanName> renameDialog() {
        var binder = new Binder<>(PlanName.class);
        var form = new FormDialog<>(
                getTranslation("training.plan.rename-title"),
                binder,
                n -> plans.renamePlan(n.id, n.version, n.getTitle()),
                this::refresh);
        binder.bind(form.add("title", new TextField(getTranslation("training.plan.name"))), "title");
        return form;
    }

    private FormDialog<CourseForm> courseDialog(RegionDirectory directory) {
        var binder = new BeanValidationBinder<>(CourseForm.class);
        var form = new FormDialog<>(
                getTranslation("training.plan.course-form"), binder, f -> plans.saveCourse(f), this::refresh);
        ComboBox<PlanRef> plan = form.add("planId", new ComboBox<>(getTranslation("training.plan.name")));
        coursePlan = plan;
        plan.setItemLabelGenerator(PlanRef::title);
        binder.forField(plan)
                .asRequired(getTranslation("training.sessions.required"))
                .bind(
                        f -> knownPlans.stream()
                                .filter(p -> f.getPlanId() != null && p.id() == f.getPlanId())
                                .findFirst()
                                .orElse(null),
                        (f, p) -> f.setPlanId(p == null ? null : p.id()));
        binder.bind(form.add("title", new TextField(getTranslation("training.course.name"))), "title");
        binder.bind(form.add("description", new TextArea(getTranslation("training.plan.description"))), "description");
        binder.bind(form.add("hours", new BigDecimalField(getTranslation("training.course.hours"))), "hours");
        List<ProviderRef> providers = directory.providers();
        ComboBox<ProviderRef> organisation =
                form.add("providerId", new ComboBox<>(getTranslation("training.plan.provider-organisation")));
        organisation.setItems(providers);
        organisation.setItemLabelGenerator(ProviderRef::name);
        organisation.setClearButtonVisible(true);
        organisation.setHelperText(getTranslation("training.plan.provider-organisation.help"));
        binder.forField(organisation)
                .bind(
                        f -> providers.stream()
                                .filter(p -> f.getProviderId() != null && p.id() == f.getProviderId())
                                .findFirst()
                                .orElse(null),
                        (f, p) -> f.setProviderId(p == null ? null : p.id()));
        binder.bind(form.add("provider", new TextField(getTranslation("training.plan.provider"))), "provider");
        binder.bind(form.add("mandatory", new Checkbox(getTranslation("training.course.mandatory"))), "mandatory");
        binder.bind(
                form.add("validityMonths", new IntegerField(getTranslation("training.plan.validity"))),
                "validityMonths");
        binder.bind(
                form.add("deadlineDate", new DateField(getTranslation("training.plan.deadline-date"))), "deadlineDate");
        binder.bind(
                form.add("deadlineMonthsAfterStart", new IntegerField(getTranslation("training.plan.deadline-months"))),
                "deadlineMonthsAfterStart");
        IntegerField peerHours =
                form.add("peerSupervisionHoursPerYear", new IntegerField(getTranslation("training.plan.peer-hours")));
        peerHours.setHelperText(getTranslation("training.plan.peer-hours.help"));
        binder.bind(peerHours, "peerSupervisionHoursPerYear");
        binder.bind(
                form.add("requiresApproval", new Checkbox(getTranslation("training.plan.requires-approval"))),
                "requiresApproval");
        IntegerField holdDays =
                form.add("approvalHoldDays", new IntegerField(getTranslation("training.plan.hold-days")));
        holdDays.setHelperText(getTranslation("training.plan.hold-days.help"));
        binder.bind(holdDays, "approvalHoldDays");
        CheckboxGroup<Role> roles =
                form.add("audienceRoles", new CheckboxGroup<>(getTranslation("training.plan.roles")));
        roles.setItems(Role.PROFESSIONAL, Role.TEAM_LEADER, Role.MANAGER);
        roles.setItemLabelGenerator(r -> getTranslation(r.i18nKey()));
        binder.bind(roles, "audienceRoles");
        CheckboxGroup<TeamKind> kinds =
                form.add("audienceTeamKinds", new CheckboxGroup<>(getTranslation("training.plan.team-kinds")));
        kinds.setItems(TeamKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation("team.kind." + k.name()));
        kinds.setHelperText(getTranslation("training.plan.all-when-empty"));
        binder.bind(kinds, "audienceTeamKinds");
        MultiSelectComboBox<MunicipalityRef> municipalities = form.add(
                "audienceMunicipalityIds", new MultiSelectComboBox<>(getTranslation("training.plan.municipalities")));
        List<MunicipalityRef> known = directory.municipalities();
        municipalities.setItems(known);
        municipalities.setItemLabelGenerator(MunicipalityRef::name);
        municipalities.setHelperText(getTranslation("training.plan.all-when-empty"));
        binder.forField(municipalities)
                .bind(
                        f -> known.stream()
                                .filter(m -> f.getAudienceMunicipalityIds().contains(m.id()))
                                .collect(Collectors.toSet()),
                        (f, v) -> f.setAudienceMunicipalityIds(
                                v == null
                                        ? Set.of()
                                        : v.stream().map(MunicipalityRef::id).collect(Collectors.toSet())));
        return form;
    }
}
