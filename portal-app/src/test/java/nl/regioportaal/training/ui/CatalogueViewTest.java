package nl.regioportaal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import java.util.Map;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.CourseCard;
import nl.regioportaal.training.TrainingPlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    TrainingPlanService plans;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    RegionDirectory directory;

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
    void aCourseIsFoundByPartOfItsNameInTheTableAndInThePhoneList() {
        String wanted = course("Zoekbaar", 3, false);
        String other = course("Anders", 3, false);

        login("wijkcoach.baarn");
        CatalogueView view = navigate(CatalogueView.class);
        type(view.search, "  " + wanted.substring(2).toUpperCase() + " ");

        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(CourseCard::title)
                .containsExactly(wanted);
        assertThat(view.list.getChildren().toList()).hasSize(1);
        assertThat(view.list.getElement().getTextRecursively()).contains(wanted).doesNotContain(other);
        type(view.search, "");
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(CourseCard::title)
                .contains(wanted, other);
    }

    @Test
    void everyLoggedInRoleMayBrowseTheCatalogue() {
        login("aanbieder");
        assertThat(GridKt._size(navigate(CatalogueView.class).grid)).isPositive();
    }

    /** An optional course with one session of these seats, full if asked (taken by someone else). */
    private String course(String prefix, int seats, boolean fill) {
        login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, prefix);
        long session = TrainingFixtures.session(plans, course, seats, Map.of());
        if (fill) {
            long someone = directory
                    .activeMembersOf(directory.teams().getFirst().id())
                    .getFirst()
                    .id();
            enrolments.enrol(session, someone);
        }
        return TrainingFixtures.title(plans, course);
    }
}
