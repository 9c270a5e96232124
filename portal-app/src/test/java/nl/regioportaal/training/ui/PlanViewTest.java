package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.security.Role;
import nl.regioportaal.training.CourseForm;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingPlanService.CourseRef;
import nl.regioportaal.training.TrainingPlanService.PlanRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewTest extends KaribuTest {

    @Autowired
    TrainingPlanService plans;

    @Test
    void processSupervisorAddsAMandatoryCourseAndMustNameItsAudience() {
        login("procesbegeleider");
        PlanView view = navigate(PlanView.class);
        String title =
                "Nieuwe verplichte cursus " + UUID.randomUUID().toString().substring(0, 6);
        _click(_get(Button.class, s -> s.withId("new-course")));
        @SuppressWarnings("unchecked")
        ComboBox<PlanRef> plan = _get(view.dialog, ComboBox.class, s -> s.withLabel("Scholingsplan"));
        type(
                plan,
                plan.getListDataView()
                        .getItems()
                        .filter(PlanRef::published)
                        .findFirst()
                        .orElseThrow());
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Cursus")), title);
        type(_get(view.dialog, BigDecimalField.class, s -> s.withLabel("Uren")), new BigDecimal("3"));
        type(_get(view.dialog, Checkbox.class, s -> s.withLabel("Verplicht")), true);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(view.dialog, CheckboxGroup.class, s -> s.withLabel("Verplicht voor rollen"));
        type(roles, Set.of());
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.fieldError("audienceRoles"))
                .isEqualTo("Kies voor een verplichte cursus minstens één rol.");
        assertThat(plans.allCourses()).extracting(CourseRef::title).doesNotContain(title);

        // managers work outside teams, so this course binds nobody and leaves the other tests' data alone
        type(roles, Set.of(Role.MANAGER));
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(GridKt._fetch(view.courseGrid, 0, 500))
                .extracting(CourseRef::title)
                .contains(title);
    }

    @Test
    void onlyThePlannerMayOpenThePlan() {
        login("wijkcoach.baarn");
        assertRefused(PlanView.class);
        login("trainer");
        assertRefused(PlanView.class);
    }

    @Test
    void processSupervisorRenamesAPlan() {
        login("procesbegeleider");
        long id = plans.createPlan(ThreadLocalRandom.current().nextInt(2200, 9000), "Plan voor de naamswijziging");
        PlanView view = navigate(PlanView.class);
        List<PlanRef> rows = GridKt._fetch(view.planGrid, 0, 100);
        int row =
                rows.indexOf(rows.stream().filter(p -> p.id() == id).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(view.planGrid, row, "rename"));
        type(_get(view.renameDialog, TextField.class, s -> s.withLabel("Scholingsplan")), "Hernoemd plan");
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.renameDialog.isOpened()).isFalse();
        assertThat(plans.plans()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.title()).isEqualTo("Hernoemd plan");
        });
    }

    @Test
    void processSupervisorEditsACourse() {
        login("procesbegeleider");
        CourseForm c = new CourseForm();
        c.setPlanId(plans.plans().stream()
                .filter(PlanRef::published)
                .findFirst()
                .orElseThrow()
                .id());
        c.setTitle("Te wijzigen " + UUID.randomUUID().toString().substring(0, 8));
        c.setHours(new BigDecimal("2"));
        c.setMandatory(false);
        long course = plans.saveCourse(c);
        PlanView view = navigate(PlanView.class);
        List<TrainingPlanService.CourseRef> rows = GridKt._fetch(view.courseGrid, 0, 500);
        GridKt._clickItem(
                view.courseGrid,
                rows.indexOf(
                        rows.stream().filter(r -> r.id() == course).findFirst().orElseThrow()));
        String title = "Gewijzigd " + UUID.randomUUID().toString().substring(0, 8);
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Cursus")), title);
        type(_get(view.dialog, Checkbox.class, s -> s.withLabel("Goedkeuring van de teamleider nodig")), true);
        IntegerField holdDays = _get(view.dialog, IntegerField.class, s -> s.withLabel("Plaats vasthouden (dagen)"));
        assertThat(holdDays.getValue()).as("the default").isEqualTo(5);
        type(holdDays, 0);
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(holdDays.getErrorMessage()).isEqualTo("Een aanvraag houdt de plaats minstens 1 dag vast.");
        type(holdDays, 3);
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(plans.getCourse(course).getTitle()).isEqualTo(title);
        assertThat(plans.getCourse(course).isRequiresApproval()).isTrue();
        assertThat(plans.getCourse(course).getApprovalHoldDays()).isEqualTo(3);
    }

    @Test
    void aPlanMadeOnThePageIsAtOnceAChoiceInTheCourseFormAndTheYearMovesOnToTheNextFreeOne() {
        login("procesbegeleider");
        PlanView view = navigate(PlanView.class);
        int offered = view.year.getValue();
        assertThat(plans.plans()).extracting(PlanRef::year).doesNotContain(offered);

        // a refused try leaves its error under the field ...
        _click(_get(Button.class, s -> s.withId("new-plan")));
        assertThat(view.title.isInvalid()).isTrue();
        String title = "Plan " + offered + " " + UUID.randomUUID().toString().substring(0, 8);
        type(view.title, title);
        _click(_get(Button.class, s -> s.withId("new-plan")));
        // ... until a save succeeds
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(view.year.isInvalid()).isFalse();
        assertThat(view.year.getValue()).isGreaterThan(offered);
        assertThat(plans.plans()).extracting(PlanRef::year).doesNotContain(view.year.getValue());

        _click(_get(Button.class, s -> s.withId("new-course")));
        @SuppressWarnings("unchecked")
        ComboBox<PlanRef> plan = _get(view.dialog, ComboBox.class, s -> s.withLabel("Scholingsplan"));
        assertThat(plan.getListDataView().getItems()).extracting(PlanRef::title).contains(title);
    }

    @Test
    void publishingSaysWhoWillSeeWhatAndWaitsForConfirmation() {
        login("procesbegeleider");
        int year = plans.plans().stream().mapToInt(PlanRef::year).max().orElse(2030) + 1;
        long plan = plans.createPlan(year, "Te publiceren " + year);
        PlanView view = navigate(PlanView.class);
        List<PlanRef> rows = GridKt._fetch(view.planGrid, 0, 100);
        int row = rows.indexOf(
                rows.stream().filter(p -> p.id() == plan).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(view.planGrid, row, "publish"));
        ConfirmDialog ask = _get(ConfirmDialog.class, s -> s.withId("publish-confirm"));
        assertThat(ConfirmDialogKt._getHeader(ask)).isEqualTo("Te publiceren " + year + " publiceren?");
        assertThat(ConfirmDialogKt._getText(ask))
                .contains("de 0 cursussen", "in de catalogus", "Mijn scholing", "niet ongedaan");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(plans.plans())
                .filteredOn(p -> p.id() == plan)
                .singleElement()
                .extracting(PlanRef::published)
                .isEqualTo(false);
    }

    @Test
    void escapeClosesAnUntouchedFormButAsksBeforeDroppingTypedInput() {
        login("procesbegeleider");
        PlanView view = navigate(PlanView.class);
        _click(_get(Button.class, s -> s.withId("new-course")));
        pressEscape(view.dialog);
        assertThat(view.dialog.isOpened()).as("nothing typed: closes at once").isFalse();

        _click(_get(Button.class, s -> s.withId("new-course")));
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Cursus")), "Half ingevuld");
        pressEscape(view.dialog);
        assertThat(view.dialog.isOpened()).isTrue();
        ConfirmDialogKt._fireCancel(
                _find(ConfirmDialog.class, s -> s.withId("form-discard")).getLast());
        assertThat(view.dialog.isOpened()).as("kept on 'keep editing'").isTrue();
        assertThat(_get(view.dialog, TextField.class, s -> s.withLabel("Cursus"))
                        .getValue())
                .isEqualTo("Half ingevuld");

        _click(_get(view.dialog, Button.class, s -> s.withId("form-cancel")));
        ConfirmDialogKt._fireConfirm(
                _find(ConfirmDialog.class, s -> s.withId("form-discard")).getLast());
        assertThat(view.dialog.isOpened()).as("dropped when the user says so").isFalse();
    }

    private static void pressEscape(Dialog dialog) {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }
}
