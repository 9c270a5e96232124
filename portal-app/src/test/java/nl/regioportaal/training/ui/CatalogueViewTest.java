package nl.regioportaal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.CourseForm;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingModel.CourseCard;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingPlanService.PlanRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    RegionDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void professionalSeesThePublishedCoursesAndFiltersMandatoryAndOpenSeats() {
        // two optional courses of this test's own: one with free seats, one full
        String withSeats = course("Vrije plaatsen", 3, false);
        String full = course("Volle sessie", 1, true);

        login("wijkcoach.baarn");
        CatalogueView view = navigate(CatalogueView.class);
        List<CourseCard> all = GridKt._fetch(view.grid, 0, 500);
        assertThat(all)
                .extracting(CourseCard::title)
                .contains("Motiverende gespreksvoering", "Omgaan met niet-aangeboren hersenletsel", withSeats, full);
        assertThat(all)
                .filteredOn(c -> c.title().equals("Motiverende gespreksvoering"))
                .singleElement()
                .satisfies(c -> assertThat(c.requiredForMe()).isTrue());

        type(view.kind, "mandatory");
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .contains(all.stream()
                        .filter(c -> c.title().equals("Motiverende gespreksvoering"))
                        .findFirst()
                        .orElseThrow())
                .containsExactlyElementsOf(
                        all.stream().filter(CourseCard::mandatory).toList());
        type(view.kind, "optional");
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(CourseCard::title)
                .contains(withSeats, full)
                .containsExactlyElementsOf(all.stream()
                        .filter(c -> !c.mandatory())
                        .map(CourseCard::title)
                        .toList());
        type(view.openSeatsOnly, true);
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(CourseCard::title)
                .contains(withSeats)
                .doesNotContain(full)
                .containsExactlyElementsOf(all.stream()
                        .filter(c -> !c.mandatory() && c.openSeats() > 0)
                        .map(CourseCard::title)
                        .toList());
    }

    @Test
    void everyLoggedInRoleMayBrowseTheCatalogue() {
        login("aanbieder");
        assertThat(GridKt._size(navigate(CatalogueView.class).grid)).isPositive();
    }

    /** An optional course with one session of these seats, full if asked (taken by someone else). */
    private String course(String prefix, int seats, boolean fill) {
        login("procesbegeleider");
        CourseForm c = new CourseForm();
        c.setPlanId(plans.plans().stream()
                .filter(PlanRef::published)
                .findFirst()
                .orElseThrow()
                .id());
        c.setTitle(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
        c.setHours(new BigDecimal("2"));
        c.setMandatory(false);
        long course = plans.saveCourse(c);
        SessionForm s = new SessionForm();
        s.setCourseId(course);
        s.setPlace("Zaal 5");
        s.setSeats(seats);
        LocalDate day = LocalDate.now(clock).plusDays(35);
        s.setDates(List.of(new SessionForm.DayPart(day.atTime(9, 0), day.atTime(12, 0))));
        long session = plans.saveSession(s);
        if (fill) {
            long someone = directory
                    .activeMembersOf(directory.teams().getFirst().id())
                    .stream()
                    .filter(p -> !p.displayName().isEmpty())
                    .findFirst()
                    .orElseThrow()
                    .id();
            enrolments.enrol(session, someone);
        }
        return c.getTitle();
    }
}
