package nl.regioportaal.region.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.base.ui.component.SearchBar;
import nl.regioportaal.region.CaseloadScope;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamForm;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;

/** "Teams": administrators see all teams, a municipality administrator those of their municipality. */
@Route("beheer/teams")
@Menu(title = "menu.admin.teams", order = 910, icon = "vaadin:group")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MUNICIPALITY_ADMIN})
public class TeamsView extends PortalPage {

    final Grid<TeamForm> grid = new Grid<>(TeamForm.class, false);
    final ComboBox<MunicipalityRef> municipalityFilter = new ComboBox<>();
    final SearchBar search;
    final FormDialog<TeamForm> dialog;

    public TeamsView(RegionService regionService) {
        super("teams.title");
        search = new SearchBar(getTranslation("teams.search"));
        List<MunicipalityRef> municipalities = regionService.selectableMunicipalities();

        grid.addColumn(TeamForm::getName)
                .setHeader(getTranslation("team.name"))
                .setKey("name")
                .setSortable(true);
        grid.addColumn(t -> t.getMunicipality().name())
                .setHeader(getTranslation("team.municipality"))
                .setKey("municipality.name")
                .setSortable(true);
        grid.addColumn(t -> getTranslation("team.kind." + t.getKind())).setHeader(getTranslation("team.kind"));
        grid.addColumn(t -> getTranslation("team.scope." + t.getCaseloadScope()))
                .setHeader(getTranslation("team.scope"));
        grid.addColumn(t -> getTranslation(t.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("team.active"));
        grid.setAriaLabel(getTranslation("teams.title"));

        municipalityFilter.setLabel(getTranslation("team.municipality"));
        municipalityFilter.setItems(municipalities);
        municipalityFilter.setItemLabelGenerator(MunicipalityRef::name);
        municipalityFilter.setClearButtonVisible(true);
        municipalityFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> regionService
                .findTeams(
                        search.text(),
                        municipalityFilter.getValue() == null
                                ? null
                                : municipalityFilter.getValue().id(),
                        toSpringPageRequest(q))
                .stream());

        var binder = new BeanValidationBinder<>(TeamForm.class);
        dialog = new FormDialog<>(
                getTranslation("team.form.title"), binder, regionService::saveTeam, grid.getDataProvider()::refreshAll);
        ComboBox<MunicipalityRef> municipality =
                dialog.add("municipality", new ComboBox<>(getTranslation("team.municipality")));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(MunicipalityRef::name);
        binder.bind(municipality, "municipality");
        binder.bind(dialog.add("name", new TextField(getTranslation("team.name"))), "name");
        Select<TeamKind> kind = dialog.add("kind", new Select<>());
        kind.setLabel(getTranslation("team.kind"));
        kind.setItems(TeamKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("team.kind." + k));
        binder.bind(kind, "kind");
        Select<CaseloadScope> scope = dialog.add("caseloadScope", new Select<>());
        scope.setLabel(getTranslation("team.scope"));
        scope.setItems(CaseloadScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("team.scope." + s));
        binder.bind(scope, "caseloadScope");
        binder.bind(dialog.add("active", new Checkbox(getTranslation("team.active"))), "active");

        Button create = new Button(getTranslation("teams.new"), e -> {
            TeamForm form = new TeamForm();
            if (municipalities.size() == 1) {
                form.setMunicipality(municipalities.getFirst());
            }
            dialog.edit(form);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.onChange(grid.getDataProvider()::refreshAll);
        search.add(create);
        search.addFilters(municipalityFilter);
        grid.addItemClickListener(e -> dialog.edit(e.getItem()));
        add(search, grid);
        setSizeFull();
    }
}
