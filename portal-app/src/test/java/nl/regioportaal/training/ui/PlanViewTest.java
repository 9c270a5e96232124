package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
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
}
