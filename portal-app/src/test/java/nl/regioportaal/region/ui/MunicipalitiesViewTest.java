package nl.regioportaal.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.MunicipalityForm;
import nl.regioportaal.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class MunicipalitiesViewTest extends KaribuTest {

    @Autowired
    RegionService regionService;

    @Test
    void administratorSeesTheSevenMunicipalitiesWithTheirTeams() {
        login("admin");
        MunicipalitiesView view = navigate(MunicipalitiesView.class);
        List<MunicipalityForm> rows = GridKt._fetch(view.grid, 0, 100);
        assertThat(rows)
                .extracting(MunicipalityForm::getName)
                .contains("Amersfoort", "Baarn", "Bunschoten", "Eemnes", "Leusden", "Soest", "Woudenberg");
        assertThat(rows)
                .filteredOn(m -> m.getName().equals("Amersfoort"))
                .extracting(MunicipalityForm::getTeamCount)
                .containsExactly(13);
    }

    @Test
    void searchFiltersTheGrid() {
        login("admin");
        MunicipalitiesView view = navigate(MunicipalitiesView.class);
        type(view.search.field(), "soe");
        assertThat(GridKt._fetch(view.grid, 0, 100))
                .extracting(MunicipalityForm::getName)
                .containsExactly("Soest");
    }

    @Test
    void badInputIsRefusedWithDutchMessagesAndNothingIsSaved() {
        login("admin");
        MunicipalitiesView view = navigate(MunicipalitiesView.class);
        long before = regionService.findMunicipalities("", Pageable.ofSize(1)).getTotalElements();

        _click(_get(Button.class, s -> s.withText("Nieuwe gemeente")));
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Naam")), "Baarn");
        type(_get(view.dialog, TextField.class, s -> s.withLabel("CBS-code")), "0308");
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(_get(view.dialog, TextField.class, s -> s.withLabel("CBS-code"))
                        .getErrorMessage())
                .isEqualTo("Een CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM0307.");

        type(_get(view.dialog, TextField.class, s -> s.withLabel("CBS-code")), "GM0308");
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(view.dialog.fieldError("name")).isEqualTo("Er is al een gemeente met deze naam.");
        assertThat(regionService.findMunicipalities("", Pageable.ofSize(1)).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void municipalityAdministratorAndOthersAreRefused() {
        for (String user :
                List.of("beheer.amersfoort", "procesbegeleider", "wijkcoach.baarn", "manager.leusden", "aanbieder")) {
            login(user);
            assertRefused(MunicipalitiesView.class);
        }
    }
}
