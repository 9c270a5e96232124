package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.training.CourseForm;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingModel;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingPlanService.PlanRef;
import nl.regioportaal.training.TrainingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The process supervisor edits a planned session (seats never below the people seated, stale edits
 * refused) and renames a plan; trainers and professionals may not.
 */
class SessionEditViewTest extends KaribuTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    TrainingService training;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void processSupervisorEditsASessionButNotBelowTheSeatedCount() {
        long session = oneSeatSessionWithWijkcoachSeated();
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        view.open(session);
        _click(_get(Button.class, s -> s.withId("edit-session")));

        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 0);
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.fieldError("seats"))
                .isEqualTo(
                        "Er zijn al meer deelnemers geplaatst dan dit aantal plaatsen. Kies minstens zoveel plaatsen als er deelnemers zijn.");
        assertThat(jdbc.queryForObject("select seats from course_session where id = ?", Integer.class, session))
                .isOne();

        type(_get(view.dialog, IntegerField.class, s -> s.withLabel("Aantal plaatsen")), 3);
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Plaats")), "Zaal 9");
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Trainer")), "J. de Vries");
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.isOpened()).isFalse();
        SessionForm saved = plans.getSession(session);
        assertThat(saved.getSeats()).isEqualTo(3);
        assertThat(saved.getPlace()).isEqualTo("Zaal 9");
        assertThat(saved.getTrainerName()).isEqualTo("J. de Vries");
        assertThat(saved.getDates()).hasSize(1);
    }

    @Test
    void aStaleEditIsRefusedWithTheDutchConcurrentEditMessage() {
        long session = oneSeatSessionWithWijkcoachSeated();
        login("procesbegeleider");
        SessionsView view = navigate(SessionsView.class);
        view.open(session);
        _click(_get(Button.class, s -> s.withId("edit-session")));
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Plaats")), "Mijn wijziging");

        // meanwhile someone else saves the session
        SessionForm other = plans.getSession(session);
        other.setPlace("Andermans wijziging");
        plans.saveSession(other);

        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(notificationTexts())
                .contains(
                        "Iemand anders heeft dit intussen gewijzigd. Je wijziging is niet opgeslagen; de nieuwste gegevens zijn opnieuw geladen.");
        assertThat(plans.getSession(session).getPlace()).isEqualTo("Andermans wijziging");
    }

    @Test
    void trainerAndProfessionalMayNotEditSessions() {
        long session = oneSeatSessionWithWijkcoachSeated();
        login("procesbegeleider");
        SessionForm form = plans.getSession(session);

        login("trainer");
        SessionsView view = navigate(SessionsView.class);
        List<TrainingModel.SessionRow> own = GridKt._fetch(view.sessions, 0, 100);
        view.open(own.getFirst().id());
        assertThat(_find(Button.class, s -> s.withId("edit-session"))).isEmpty();
        assertThatThrownBy(() -> plans.saveSession(form)).isInstanceOf(AccessDeniedException.class);

        login("wijkcoach.baarn");
        assertRefused(SessionsView.class);
        assertThatThrownBy(() -> plans.saveSession(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.renamePlan(1, 0, "Niet van mij")).isInstanceOf(AccessDeniedException.class);
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
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(plans.getCourse(course).getTitle()).isEqualTo(title);
    }

    /** A new optional course with a one-seat session, the seat taken by wijkcoach.baarn. */
    private long oneSeatSessionWithWijkcoachSeated() {
        login("procesbegeleider");
        CourseForm c = new CourseForm();
        c.setPlanId(plans.plans().stream()
                .filter(PlanRef::published)
                .findFirst()
                .orElseThrow()
                .id());
        c.setTitle("Bewerken " + UUID.randomUUID().toString().substring(0, 8));
        c.setHours(new BigDecimal("2"));
        c.setMandatory(false);
        long course = plans.saveCourse(c);
        SessionForm s = new SessionForm();
        s.setCourseId(course);
        s.setPlace("Zaal 1");
        s.setSeats(1);
        LocalDate day = LocalDate.now().plusDays(20);
        s.setDates(List.of(new SessionForm.DayPart(day.atTime(9, 0), day.atTime(12, 0))));
        long session = plans.saveSession(s);
        login("wijkcoach.baarn");
        training.enrol(session);
        return session;
    }
}
