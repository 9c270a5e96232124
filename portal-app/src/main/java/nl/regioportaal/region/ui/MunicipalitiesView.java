package nl.regioportaal.region.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.base.ui.component.SearchBar;
import nl.regioportaal.region.MunicipalityForm;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.security.Role;

/** "Gemeenten": the region's municipalities (administrators only). */
@Route("beheer/gemeenten")
@Menu(title = "menu.admin.municipalities", order = 900, icon = "vaadin:building")
@RolesAllowed(Role.Names.ADMIN)
public class MunicipalitiesView extends PortalPage {

    final Grid<MunicipalityForm> grid = new Grid<>(MunicipalityForm.class, false);
    final SearchBar search;
    final FormDialog<MunicipalityForm> dialog;

    public MunicipalitiesView(RegionService regionService) {
        super("municipalities.title");
        search = new SearchBar(getTranslation("municipalities.search"));
        grid.addColumn(MunicipalityForm::getName)
                .setHeader(getTranslation("municipality.name"))
                .setKey("name")
                .setSortable(true);
        grid.addColumn(MunicipalityForm::getCode)
                .setHeader(getTranslation("municipality.code"))
                .setKey("code")
                .setSortable(true);
        grid.addColumn(MunicipalityForm::getTeamCount).setHeader(getTranslation("municipality.team-count"));
        grid.setItems(q -> regionService.findMunicipalities(search.text(), toSpringPageRequest(q)).stream());
        grid.setAriaLabel(getTranslation("municipalities.title"));

        var binder = new BeanValidationBinder<>(MunicipalityForm.class);
        dialog = new FormDialog<>(
                getTranslation("municipality.form.title"),
                binder,
                regionService::saveMunicipality,
                grid.getDataProvider()::refreshAll);
        binder.bind(dialog.add("name", new TextField(getTranslation("municipality.name"))), "name");
        TextField code = dialog.add("code", new TextField(getTranslation("municipality.code")));
        code.setHelperText(getTranslation("municipality.code.help"));
        binder.bind(code, "code");

        Button create = new Button(getTranslation("municipalities.new"), e -> dialog.edit(new MunicipalityForm()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.onChange(grid.getDataProvider()::refreshAll);
        search.add(create);
        grid.addItemClickListener(e -> dialog.edit(e.getItem()));
        add(search, grid);
        setSizeFull();
    }
}
