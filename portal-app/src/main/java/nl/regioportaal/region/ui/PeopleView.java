package nl.regioportaal.region.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.base.ui.component.SearchBar;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.PersonalDataService;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.Role;
import tools.jackson.databind.ObjectMapper;

/** "Medewerkers": staff of the region, or of one's own municipality for a municipality administrator. */
@Route("beheer/medewerkers")
@Menu(title = "menu.admin.people", order = 920, icon = "vaadin:users")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MUNICIPALITY_ADMIN})
public class PeopleView extends PortalPage {

    final Grid<PersonForm> grid = new Grid<>(PersonForm.class, false);
    final ComboBox<MunicipalityRef> municipalityFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final SearchBar search;
    final FormDialog<PersonForm> dialog;
    private final transient RegionService regionService;

    final PrivacyActions privacy;

    public PeopleView(RegionService regionService, PersonalDataService personalData, ObjectMapper json, Clock clock) {
        super("people.title");
        search = new SearchBar(getTranslation("people.search"));
        this.regionService = regionService;
        List<MunicipalityRef> municipalities = regionService.selectableMunicipalities();

        grid.addColumn(PersonForm::getDisplayName)
                .setHeader(getTranslation("person.name"))
                .setKey("lastName")
                .setSortable(true);
        grid.addColumn(PersonForm::getEmail)
                .setHeader(getTranslation("person.email"))
                .setKey("email")
                .setSortable(true);
        grid.addColumn(p ->
                        p.getMunicipality() == null ? "" : p.getMunicipality().name())
                .setHeader(getTranslation("person.municipality"));
        grid.addColumn(PersonForm::getTeamNames).setHeader(getTranslation("person.teams"));
        grid.addColumn(p -> p.getRoles().stream()
                        .map(r -> getTranslation(r.i18nKey()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("person.roles"));
        grid.addColumn(p -> getTranslation(p.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("person.active"));
        grid.setAriaLabel(getTranslation("people.title"));

        municipalityFilter.setLabel(getTranslation("person.municipality"));
        municipalityFilter.setItems(municipalities);
        municipalityFilter.setItemLabelGenerator(MunicipalityRef::name);
        municipalityFilter.setClearButtonVisible(true);
        teamFilter.setLabel(getTranslation("person.team"));
        teamFilter.setItemLabelGenerator(TeamRef::name);
        teamFilter.setClearButtonVisible(true);
        teamFilter.setItems(regionService.selectableTeams(null));
        municipalityFilter.addValueChangeListener(e -> {
            teamFilter.clear();
            teamFilter.setItems(regionService.selectableTeams(
                    e.getValue() == null ? null : e.getValue().id()));
            grid.getDataProvider().refreshAll();
        });
        teamFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> regionService
                .findPeople(
                        search.text(),
                        municipalityFilter.getValue() == null
                                ? null
                                : municipalityFilter.getValue().id(),
                        teamFilter.getValue() == null
                                ? null
                                : teamFilter.getValue().id(),
                        toSpringPageRequest(q))
                .stream());

        dialog = buildDialog(municipalities);
        privacy = new PrivacyActions(personalData, json, () -> {
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        privacy.getStyle().set("margin-right", "auto");
        dialog.getFooter().addComponentAsFirst(privacy);
        Button create = new Button(getTranslation("people.new"), e -> {
            PersonForm form = new PersonForm();
            form.setStartDate(LocalDate.now(clock));
            if (municipalities.size() == 1) {
                form.setMunicipality(municipalities.getFirst());
            }
            privacy.setPerson(null);
            dialog.edit(form);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.onChange(grid.getDataProvider()::refreshAll);
        search.add(create);
        search.addFilters(municipalityFilter, teamFilter);
        grid.addItemClickListener(e -> {
            privacy.setPerson(e.getItem().getId());
            dialog.edit(regionService.getPerson(e.getItem().getId()));
        });
        add(search, grid);
        setSizeFull();
    }

    private FormDialog<PersonForm> buildDialog(List<MunicipalityRef> municipalities) {
        var binder = new BeanValidationBinder<>(PersonForm.class);
        var form = new FormDialog<>(
                getTranslation("person.form.title"),
                binder,
                regionService::savePerson,
                grid.getDataProvider()::refreshAll);
        binder.bind(form.add("firstName", new TextField(getTranslation("person.first-name"))), "firstName");
        binder.bind(form.add("lastName", new TextField(getTranslation("person.last-name"))), "lastName");
        binder.bind(form.add("email", new EmailField(getTranslation("person.email"))), "email");

        ComboBox<MunicipalityRef> municipality =
                form.add("municipality", new ComboBox<>(getTranslation("person.municipality")));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(MunicipalityRef::name);
        municipality.setClearButtonVisible(true);
        binder.bind(municipality, "municipality");

        MultiSelectComboBox<TeamRef> teams =
                form.add("teams", new MultiSelectComboBox<>(getTranslation("person.teams")));
        teams.setItemLabelGenerator(TeamRef::name);
        teams.setItems(regionService.selectableTeams(null));
        municipality.addValueChangeListener(e -> teams.setItems(
                e.getValue() == null
                        ? List.of()
                        : regionService.selectableTeams(e.getValue().id())));
        binder.bind(teams, "teams");

        CheckboxGroup<Role> roles = form.add("roles", new CheckboxGroup<>(getTranslation("person.roles")));
        roles.setItems(regionService.assignableRoles());
        roles.setItemLabelGenerator(r -> getTranslation(r.i18nKey()));
        binder.bind(roles, "roles");

        ComboBox<ProviderRef> provider = form.add("provider", new ComboBox<>(getTranslation("person.provider")));
        provider.setItems(regionService.providers());
        provider.setItemLabelGenerator(ProviderRef::name);
        provider.setClearButtonVisible(true);
        binder.bind(provider, "provider");

        binder.bind(form.add("startDate", new DateField(getTranslation("person.start-date"))), "startDate");
        binder.bind(form.add("endDate", new DateField(getTranslation("person.end-date"))), "endDate");
        binder.bind(form.add("active", new Checkbox(getTranslation("person.active"))), "active");
        return form;
    }
}
