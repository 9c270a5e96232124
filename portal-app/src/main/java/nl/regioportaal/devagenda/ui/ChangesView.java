package nl.regioportaal.devagenda.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.DateField;
import nl.regioportaal.devagenda.AgendaDocuments;
import nl.regioportaal.devagenda.AgendaModel.Change;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * "What changed since the last meeting": every change on the timelines of the initiatives the user
 * may see since a date (four weeks back by default: the forums meet every four weeks), on screen and as PDF.
 */
@Route("ontwikkelagenda/wijzigingen")
@RolesAllowed({
    Role.Names.TEAM_LEADER,
    Role.Names.MANAGER,
    Role.Names.PROCESS_SUPERVISOR,
    Role.Names.ADMIN,
    Role.Names.PROVIDER
})
public class ChangesView extends PortalPage {

    final DateField since = new DateField("");
    final Grid<Change> changes = new Grid<>(Change.class, false);
    private final transient AgendaQueries queries;

    public ChangesView(AgendaQueries queries, AgendaDocuments documents, Clock clock) {
        super("devagenda.changes.title");
        this.queries = queries;
        since.setLabel(getTranslation("devagenda.changes.since"));
        since.setId("since");
        since.setValue(LocalDate.now(clock).minusWeeks(4));
        since.addValueChangeListener(e -> refresh());
        changes.addColumn(c -> PortalFormats.dateTime(c.entry().at(), getLocale()))
                .setHeader(getTranslation("devagenda.when"))
                .setAutoWidth(true);
        changes.addComponentColumn(c -> AgendaUi.initiativeLink(c.initiativeId(), c.initiative()))
                .setHeader(getTranslation("devagenda.initiative"))
                .setFlexGrow(2);
        changes.addColumn(Change::theme)
                .setHeader(getTranslation("devagenda.theme"))
                .setFlexGrow(2);
        changes.addColumn(c -> AgendaDocuments.describe(c.entry(), getLocale()))
                .setHeader(getTranslation("devagenda.what"))
                .setFlexGrow(4);
        changes.setAriaLabel(getTranslation("devagenda.changes"));
        changes.setAllRowsVisible(true);
        Anchor pdf = AgendaUi.download(
                "changes-pdf",
                getTranslation("devagenda.changes.pdf"),
                "ontwikkelagenda-wijzigingen.pdf",
                "application/pdf",
                () -> documents.changesPdf(
                        since.getValue() == null ? LocalDate.now(clock).minusWeeks(4) : since.getValue(), getLocale()));
        HorizontalLayout bar = new HorizontalLayout(since, pdf);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Anchor("ontwikkelagenda", getTranslation("devagenda.back")), bar, changes);
        refresh();
    }

    void refresh() {
        LocalDate from = since.getValue();
        changes.setItems(from == null ? List.of() : queries.changesSince(from));
    }
}
