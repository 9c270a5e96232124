package nl.regioportaal.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.TestPlugins;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class PeopleViewTest extends KaribuTest {

    @Autowired
    RegionService regionService;

    @Autowired
    PluginService plugins;

    @Test
    void administratorAddsAStaffMemberThroughTheForm() {
        login("admin");
        PeopleView view = navigate(PeopleView.class);
        String email = unique("nieuw");
        fillNewPerson(view, "Jan", "de Nieuwe", email, "Baarn", "Sociaal team Baarn");
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isFalse();
        PersonForm saved = findByEmail(email);
        assertThat(saved.getDisplayName()).isEqualTo("Jan de Nieuwe");
        assertThat(saved.getTeamNames()).isEqualTo("Sociaal team Baarn");
        assertThat(saved.getRoles()).containsExactly(Role.PROFESSIONAL);
    }

    @Test
    void duplicateEmailIsRefusedNextToTheFieldAndNothingIsSaved() {
        login("admin");
        PeopleView view = navigate(PeopleView.class);
        String taken = GridKt._get(view.grid, 0).getEmail();
        long before = count();

        fillNewPerson(view, "Piet", "Dubbel", taken, "Baarn", "Sociaal team Baarn");
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.fieldError("email"))
                .isEqualTo("Dit e-mailadres is al in gebruik bij een andere medewerker.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void professionalWithoutTeamAndEndBeforeStartAreRefusedWithDutchMessages() {
        login("admin");
        PeopleView view = navigate(PeopleView.class);
        String email = unique("zonderteam");
        fillNewPerson(view, "Kees", "Zonder Team", email, "Baarn", null);
        type(
                _get(view.dialog, DatePicker.class, s -> s.withLabel("Uit dienst per")),
                LocalDate.now().minusYears(1));
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(view.dialog.fieldError("teams")).startsWith("Kies minstens één team");
        assertThat(view.dialog.fieldError("endDate")).isEqualTo("De einddatum ligt vóór de startdatum.");
        assertThat(regionService
                        .findPeople(email, null, null, Pageable.ofSize(5))
                        .getTotalElements())
                .isZero();
    }

    @Test
    void missingRequiredFieldsAreShownByTheFormBeforeAnythingIsSent() {
        login("admin");
        PeopleView view = navigate(PeopleView.class);
        long before = count();
        _click(_get(Button.class, s -> s.withText("Nieuwe medewerker")));
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(_get(view.dialog, TextField.class, s -> s.withLabel("Voornaam"))
                        .getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void concurrentEditIsExplainedAndTheOtherChangeIsKept() {
        login("admin");
        PeopleView view = navigate(PeopleView.class);
        PersonForm someone = GridKt._get(view.grid, 3);
        GridKt._clickItem(view.grid, 3);
        assertThat(view.dialog.isOpened()).isTrue();

        // meanwhile someone else renames the same person
        PersonForm other = regionService.getPerson(someone.getId());
        other.setFirstName("Gewijzigd");
        regionService.savePerson(other);

        type(_get(view.dialog, TextField.class, s -> s.withLabel("Voornaam")), "Mijnwijziging");
        _click(_get(Button.class, s -> s.withId("form-save")));

        assertThat(notificationTexts())
                .contains(
                        "Iemand anders heeft dit intussen gewijzigd. Je wijziging is niet opgeslagen; de nieuwste gegevens zijn opnieuw geladen.");
        assertThat(regionService.getPerson(someone.getId()).getFirstName()).isEqualTo("Gewijzigd");
    }

    @Test
    void municipalityAdministratorSeesOnlyOwnMunicipality() {
        login("beheer.amersfoort");
        PeopleView view = navigate(PeopleView.class);
        List<PersonForm> rows = GridKt._fetch(view.grid, 0, 1000);
        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .allSatisfy(p -> assertThat(p.getMunicipality())
                        .extracting(MunicipalityRef::name)
                        .isEqualTo("Amersfoort"));
        _click(_get(Button.class, s -> s.withText("Nieuwe medewerker")));
        assertThat(_get(view.dialog, CheckboxGroup.class, s -> s.withLabel("Rollen"))
                        .getListDataView()
                        .getItems()
                        .toList())
                .doesNotContain(Role.ADMIN, Role.PROCESS_SUPERVISOR);
    }

    @Test
    void administratorErasesAStaffMemberAfterConfirming() {
        login("admin");
        PeopleView view = navigate(PeopleView.class);
        String email = unique("wissen");
        long id = newPersonSelected(view, email);
        assertThat(new String(view.privacy.exportJson(id), StandardCharsets.UTF_8))
                .contains(email, "\"account\"");
        _click(view.privacy.erase);
        _click(_get(Button.class, s -> s.withId("confirm-erase")));

        assertThat(regionService.getPerson(id).getEmail()).isEqualTo("verwijderd-" + id + "@verwijderd.invalid");
        assertThat(notificationTexts()).contains("De gegevens zijn gewist.");
    }

    @Test
    void aPluginThatCannotEraseIsNamedAndNothingIsErased() {
        login("admin");
        plugins.install("plugin-weigert.jar", TestPlugins.failingToErase("weigert"), null);
        try {
            String email = unique("weigert");
            long id = newPersonErasedThroughTheScreen(email);

            assertThat(notificationTexts())
                    .contains("Er is niets gewist: plugin weigert kon zijn gegevens over deze medewerker niet wissen."
                            + " Probeer het later opnieuw of vraag de beheerder van de plugin.");
            assertThat(regionService.getPerson(id).getEmail()).isEqualTo(email);
        } finally {
            plugins.uninstall("weigert", true);
        }
    }

    @Test
    void aPluginThatIsNotRunningIsNamedAndErasesOnceItRuns() {
        login("admin");
        plugins.install("plugin-traag.jar", TestPlugins.moduleWith("traag", """
                @Override
                public void start(PluginContext context) {
                    throw new IllegalStateException("start mislukt");
                }
                """), null);
        try {
            String email = unique("traag");
            long id = newPersonErasedThroughTheScreen(email);

            assertThat(regionService.getPerson(id).getEmail()).isEqualTo("verwijderd-" + id + "@verwijderd.invalid");
            assertThat(notificationTexts())
                    .anySatisfy(text -> assertThat(text)
                            .startsWith("De gegevens zijn gewist. Deze plugins draaien nu niet en wissen hun deel"
                                    + " zodra ze weer draaien: ")
                            .contains("traag"));
        } finally {
            plugins.uninstall("traag", true);
        }
    }

    @Test
    void aMunicipalityAdministratorIsOfferedErasureOnlyForStaffTheyMayChange() {
        login("admin");
        String regional = unique("regionaal");
        String professional = unique("wijkcoach");
        fillNewPerson(navigate(PeopleView.class), "Regio", "Breed", regional, "Amersfoort", "Wijkteam Noord");
        _click(_get(Button.class, s -> s.withId("form-save")));
        PersonForm supervisor = regionService.getPerson(findByEmail(regional).getId());
        supervisor.setRoles(EnumSet.of(Role.PROFESSIONAL, Role.PROCESS_SUPERVISOR));
        regionService.savePerson(supervisor);
        fillNewPerson(navigate(PeopleView.class), "Gewoon", "Team", professional, "Amersfoort", "Wijkteam Noord");
        _click(_get(Button.class, s -> s.withId("form-save")));

        login("beheer.amersfoort");
        PeopleView view = navigate(PeopleView.class);
        type(view.search.field(), regional);
        GridKt._clickItem(view.grid, 0);
        assertThat(view.privacy.erase.isVisible())
                .as("a holder of a region-wide role")
                .isFalse();
        view.dialog.close();
        type(view.search.field(), professional);
        GridKt._clickItem(view.grid, 0);
        assertThat(view.privacy.erase.isVisible())
                .as("a professional of their municipality")
                .isTrue();
    }

    @Test
    void professionalIsRefused() {
        login("wijkcoach.baarn");
        assertRefused(PeopleView.class);
    }

    /** A new person, selected on the screen and erased with the erase button and its confirmation. */
    private long newPersonErasedThroughTheScreen(String email) {
        PeopleView view = navigate(PeopleView.class);
        long id = newPersonSelected(view, email);
        _click(view.privacy.erase);
        _click(_get(Button.class, s -> s.withId("confirm-erase")));
        return id;
    }

    /** A new professional of Baarn, saved through the dialog, found and selected in the grid. */
    private long newPersonSelected(PeopleView view, String email) {
        fillNewPerson(view, "Weg", "Ermee", email, "Baarn", "Sociaal team Baarn");
        _click(_get(Button.class, s -> s.withId("form-save")));
        long id = findByEmail(email).getId();
        type(view.search.field(), email);
        GridKt._clickItem(view.grid, 0);
        return id;
    }

    @SuppressWarnings("unchecked")
    private void fillNewPerson(
            PeopleView view, String first, String last, String email, String municipality, String team) {
        _click(_get(Button.class, s -> s.withText("Nieuwe medewerker")));
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Voornaam")), first);
        type(_get(view.dialog, TextField.class, s -> s.withLabel("Achternaam")), last);
        type(_get(view.dialog, EmailField.class, s -> s.withLabel("E-mailadres")), email);
        ComboBox<MunicipalityRef> m = _get(view.dialog, ComboBox.class, s -> s.withLabel("Gemeente"));
        m.setValue(m.getListDataView()
                .getItems()
                .filter(r -> r.name().equals(municipality))
                .findFirst()
                .orElseThrow());
        if (team != null) {
            MultiSelectComboBox<TeamRef> teams =
                    _get(view.dialog, MultiSelectComboBox.class, s -> s.withLabel("Teams"));
            teams.setValue(Set.of(teams.getListDataView()
                    .getItems()
                    .filter(t -> t.name().equals(team))
                    .findFirst()
                    .orElseThrow()));
        }
    }

    private PersonForm findByEmail(String email) {
        return regionService
                .findPeople(email, null, null, Pageable.ofSize(5))
                .getContent()
                .getFirst();
    }

    private long count() {
        return regionService.findPeople("", null, null, Pageable.ofSize(1)).getTotalElements();
    }

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }
}
