package nl.regioportaal.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.TeamForm;
import nl.regioportaal.region.TeamKind;
import org.junit.jupiter.api.Test;

class TeamsViewTest extends KaribuTest {

    @Test
    void administratorSeesAllTwentyTeamsIncludingTheYouthTeam() {
        login("admin");
        TeamsView view = navigate(TeamsView.class);
        List<TeamForm> rows = GridKt._fetch(view.grid, 0, 500);
        assertThat(rows.stream()
                        .filter(t -> t.getName().startsWith("Wijkteam ")
                                || t.getName().startsWith("Sociaal team ")
                                || t.getName().startsWith("Jeugdteam "))
                        .count())
                .isEqualTo(20);
        assertThat(rows)
                .filteredOn(t -> t.getKind() == TeamKind.YOUTH)
                .extracting(TeamForm::getName)
                .contains("Jeugdteam Soest en Eemnes");
    }

    @Test
    void municipalityAdministratorAddsATeamToOwnMunicipalityOnly() {
        login("beheer.amersfoort");
        TeamsView view = navigate(TeamsView.class);
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .allSatisfy(t -> assertThat(t.getMunicipality().name()).isEqualTo("Amersfoort"));

        _click(_get(Button.class, s -> s.withText("Nieuw team")));
        @SuppressWarnings("unchecked")
        ComboBox<MunicipalityRef> municipality = _get(view.dialog, ComboBox.class, s -> s.withLabel("Gemeente"));
        assertThat(municipality
                        .getListDataView()
                        .getItems()
                        .map(MunicipalityRef::name)
                        .toList())
                .containsExactly("Amersfoort");
        String name = "Proefteam " + UUID.randomUUID().toString().substring(0, 4);
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Naam")), name);
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isFalse();
        type(view.search.field(), name);
        assertThat(GridKt._fetch(view.grid, 0, 10))
                .extracting(TeamForm::getName)
                .containsExactly(name);
    }

    @Test
    void emptyNameIsRefusedNextToTheField() {
        login("admin");
        TeamsView view = navigate(TeamsView.class);
        _click(_get(Button.class, s -> s.withText("Nieuw team")));
        _click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(_get(view.dialog, TextField.class, s -> s.withLabel("Naam")).getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(view.dialog.isOpened()).isTrue();
    }

    @Test
    void otherRolesAreRefused() {
        for (String user : List.of(
                "procesbegeleider", "teamleider.soest", "wijkcoach.baarn", "manager.leusden", "aanbieder", "trainer")) {
            login(user);
            assertRefused(TeamsView.class);
        }
    }
}
