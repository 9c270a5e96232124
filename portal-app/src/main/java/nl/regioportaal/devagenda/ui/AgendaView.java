package nl.regioportaal.devagenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.FormDialog;
import nl.regioportaal.base.ui.component.UploadTexts;
import nl.regioportaal.devagenda.AgendaDocuments;
import nl.regioportaal.devagenda.AgendaModel.ImportReport;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.ThemeDraft;
import nl.regioportaal.devagenda.AgendaModel.ThemeRollup;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.devagenda.AgendaTransfer;
import nl.regioportaal.devagenda.InitiativeService;
import nl.regioportaal.devagenda.InitiativeStatus;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * "Ontwikkelagenda": the roll-up per theme and for the region, and the initiatives the user may see
 * (a provider representative: those shared with their organisation), with export and import.
 */
@Route("ontwikkelagenda")
@Menu(title = "devagenda.menu", order = 250, icon = "vaadin:road-branches")
@RolesAllowed({
    Role.Names.TEAM_LEADER,
    Role.Names.MANAGER,
    Role.Names.PROCESS_SUPERVISOR,
    Role.Names.ADMIN,
    Role.Names.PROVIDER
})
public class AgendaView extends PortalPage {

    final Grid<ThemeRollup> rollup = new Grid<>(ThemeRollup.class, false);
    final Grid<InitiativeRow> initiatives = new Grid<>(InitiativeRow.class, false);
    final Button newTheme = new Button();
    final Button newInitiative = new Button();
    final UnorderedList importReport = new UnorderedList();
    final FormDialog<ThemeForm> themeDialog;
    final InitiativeForms initiativeForms;
    private final transient AgendaQueries queries;
    private final transient AgendaTransfer transfer;

    public AgendaView(
            AgendaQueries queries, InitiativeService agenda, AgendaTransfer transfer, RegionDirectory directory) {
        super("devagenda.title");
        this.queries = queries;
        this.transfer = transfer;

        rollup.addColumn(r -> r.themeId() == null ? getTranslation("devagenda.region") : r.title())
                .setHeader(getTranslation("devagenda.theme"))
                .setFlexGrow(3);
        rollup.addColumn(ThemeRollup::initiatives).setHeader(getTranslation("devagenda.initiatives"));
        for (InitiativeStatus s : InitiativeStatus.values()) {
            rollup.addColumn(r -> r.perStatus().get(s)).setHeader(getTranslation("devagenda.status." + s));
        }
        rollup.addColumn(r -> AgendaDocuments.progress(r.weightedProgress(), getLocale()))
                .setHeader(getTranslation("devagenda.weighted-progress"));
        rollup.addColumn(ThemeRollup::lateMilestones).setHeader(getTranslation("devagenda.late-milestones"));
        rollup.setAriaLabel(getTranslation("devagenda.rollup"));
        rollup.setAllRowsVisible(true);

        initiatives
                .addComponentColumn(r -> AgendaUi.initiativeLink(r.id(), r.title()))
                .setHeader(getTranslation("devagenda.initiative"))
                .setFlexGrow(3);
        initiatives
                .addColumn(InitiativeRow::theme)
                .setHeader(getTranslation("devagenda.theme"))
                .setFlexGrow(2);
        initiatives.addColumn(InitiativeRow::owner).setHeader(getTranslation("devagenda.owner"));
        initiatives
                .addColumn(r -> r.coOwner() == null ? PortalFormats.NONE : r.coOwner())
                .setHeader(getTranslation("devagenda.co-owner"));
        initiatives
                .addComponentColumn(
                        r -> AgendaUi.statusBadge(r.status(), getTranslation("devagenda.status." + r.status())))
                .setHeader(getTranslation("devagenda.status"));
        initiatives
                .addColumn(r -> PortalFormats.percent(r.percentage(), getLocale()))
                .setHeader(getTranslation("devagenda.percentage"));
        initiatives.addColumn(InitiativeRow::lateMilestones).setHeader(getTranslation("devagenda.late-milestones"));
        initiatives.setAriaLabel(getTranslation("devagenda.initiatives"));
        initiatives.setAllRowsVisible(true);

        List<MunicipalityRef> municipalities = directory.municipalities();
        themeDialog = themeDialog(agenda, municipalities);
        newTheme.setText(getTranslation("devagenda.theme.new"));
        newTheme.setId("new-theme");
        newTheme.addClickListener(e -> themeDialog.edit(new ThemeForm()));
        newTheme.setVisible(agenda.mayManageThemes());

        initiativeForms = new InitiativeForms(agenda, queries, directory, this::refresh);
        newInitiative.setText(getTranslation("devagenda.initiative.new"));
        newInitiative.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newInitiative.setId("new-initiative");
        newInitiative.addClickListener(e -> initiativeForms.create());
        newInitiative.setVisible(agenda.mayCreateInitiatives());

        Anchor changes = new Anchor("ontwikkelagenda/wijzigingen", getTranslation("devagenda.changes.link"));
        changes.setId("changes-link");
        HorizontalLayout downloads = new HorizontalLayout(
                changes,
                AgendaUi.download(
                        "export-csv",
                        getTranslation("devagenda.export.csv"),
                        "ontwikkelagenda.csv",
                        "text/csv",
                        () -> transfer.exportCsv(getLocale())),
                AgendaUi.download(
                        "export-xlsx",
                        getTranslation("devagenda.export.xlsx"),
                        "ontwikkelagenda.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> transfer.exportXlsx(getLocale())));

        add(new HorizontalLayout(newInitiative, newTheme), downloads);
        add(new H3(getTranslation("devagenda.rollup")), rollup);
        add(new H3(getTranslation("devagenda.initiatives")), initiatives);
        if (agenda.mayCreateInitiatives()) {
            // streamed: the service stops reading at its size limit instead of holding any upload whole
            Upload upload = new Upload((UploadHandler) event -> {
                ImportReport report = transfer.importFile(event.getFileName(), event.getInputStream());
                event.getUI().access(() -> showImport(report));
            });
            upload.setId("import-upload");
            UploadTexts.apply(upload);
            upload.setAcceptedFileTypes(".csv", ".xlsx");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(AgendaTransfer.MAX_BYTES);
            upload.addFileRejectedListener(e -> showRejectedFile());
            upload.setDropLabel(new Span(getTranslation("devagenda.import.drop")));
            upload.getElement().setAttribute("aria-label", getTranslation("devagenda.import.label"));
            importReport.setId("import-report");
            importReport.getElement().setAttribute("role", "status");
            add(
                    new H3(getTranslation("devagenda.import")),
                    new Paragraph(getTranslation("devagenda.import.help")),
                    upload,
                    importReport);
        }
        refresh();
    }

    void refresh() {
        rollup.setItems(queries.rollup());
        List<InitiativeRow> rows = queries.initiatives();
        initiatives.setItems(rows);
        if (rows.isEmpty()
                && getChildren().noneMatch(c -> "none".equals(c.getId().orElse("")))) {
            Paragraph none = new Paragraph(getTranslation("devagenda.none"));
            none.setId("none");
            add(none);
        }
    }

    /** Shows what the import came to: the count, or every refused row with its reason (nothing was imported). */
    void showImport(ImportReport report) {
        importReport.removeAll();
        if (report.succeeded()) {
            importReport.add(new ListItem(getTranslation("devagenda.import.done", report.imported())));
            refresh();
        } else {
            importReport.add(new ListItem(getTranslation("devagenda.import.nothing")));
            report.rejected()
                    .forEach(r -> importReport.add(
                            new ListItem(getTranslation("devagenda.import.row", r.row(), r.reason()))));
        }
    }

    /** The browser refused the file before sending it (too large or not CSV/XLSX). */
    void showRejectedFile() {
        importReport.removeAll();
        importReport.add(
                new ListItem(getTranslation("devagenda.import.rejected", AgendaTransfer.MAX_BYTES / (1024 * 1024))));
    }

    private FormDialog<ThemeForm> themeDialog(InitiativeService agenda, List<MunicipalityRef> municipalities) {
        Binder<ThemeForm> binder = new Binder<>(ThemeForm.class);
        FormDialog<ThemeForm> d = new FormDialog<>(
                getTranslation("devagenda.theme.new"),
                binder,
                f -> agenda.createTheme(new ThemeDraft(f.title, f.goal, f.lead == null ? null : f.lead.id())),
                this::refresh);
        TextField title = d.add("title", new TextField(getTranslation("devagenda.title-field")));
        title.setRequired(true);
        TextArea goal = d.add("goal", new TextArea(getTranslation("devagenda.goal")));
        ComboBox<MunicipalityRef> lead = d.add("lead", new ComboBox<>(getTranslation("devagenda.lead")));
        lead.setItems(municipalities);
        lead.setItemLabelGenerator(MunicipalityRef::name);
        lead.setRequired(true);
        binder.bind(title, f -> f.title, (f, v) -> f.title = v);
        binder.bind(goal, f -> f.goal, (f, v) -> f.goal = v);
        binder.bind(lead, f -> f.lead, (f, v) -> f.lead = v);
        return d;
    }

    /** The theme form's bean. */
    static final class ThemeForm {
        String title = "";
        String goal = "";
        MunicipalityRef lead;
    }
}
