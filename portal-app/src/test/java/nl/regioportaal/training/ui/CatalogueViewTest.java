package nl.regioportaal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.training.TrainingModel.CourseCard;
import org.junit.jupiter.api.Test;

class CatalogueViewTest extends KaribuTest {

    @Test
    void professionalSeesThePublishedCoursesAndFiltersMandatory() {
        login("wijkcoach.baarn");
        CatalogueView view = navigate(CatalogueView.class);
        List<CourseCard> all = GridKt._fetch(view.grid, 0, 500);
        assertThat(all)
                .extracting(CourseCard::title)
                .contains("Motiverende gespreksvoering", "Omgaan met niet-aangeboren hersenletsel");
        assertThat(all)
                .filteredOn(c -> c.title().equals("Motiverende gespreksvoering"))
                .singleElement()
                .satisfies(c -> assertThat(c.requiredForMe()).isTrue());

        type(view.kind, "mandatory");
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.mandatory()).isTrue());
        type(view.kind, "optional");
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.mandatory()).isFalse());
        type(view.openSeatsOnly, true);
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .allSatisfy(c -> assertThat(c.openSeats()).isPositive());
    }

    @Test
    void everyLoggedInRoleMayBrowseTheCatalogue() {
        login("aanbieder");
        assertThat(GridKt._size(navigate(CatalogueView.class).grid)).isPositive();
    }
}
