package nl.regioportaal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.Role;
import nl.regioportaal.training.ComplianceExport;
import nl.regioportaal.training.ComplianceService;
import nl.regioportaal.training.ComplianceService.CourseColumn;
import nl.regioportaal.training.ComplianceService.Filter;
import nl.regioportaal.training.ComplianceService.Rollup;
import nl.regioportaal.training.ComplianceService.Row;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.MyTraining;
import nl.regioportaal.training.TrainingQueries;
import nl.regioportaal.training.TrainingState;

/**
 * "Scholingsoverzicht": who is behind, person x mandatory course, with roll-ups per team,
 * municipality and region. A team leader sees their team, a manager their municipality, the
 * process supervisor the region. Clicking a roll-up drills down to it.
 */
@Route("scholing/overzicht")
@Menu(title = "training.menu.overview", order = 102, icon = "vaadin:table")
@RolesAllowed({Role.Names.TEAM_LEADER, Role.Names.MANAGER, Role.Names.PROCESS_SUPERVISOR, Role.Names.ADMIN})
public class ComplianceView extends PortalPage {

    final ComboBox<MunicipalityRef> municipality = new ComboBox<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final ComboBox<CourseColumn> course = new ComboBox<>();
    final ComboBox<TrainingState> state = new ComboBox<>();
    final Grid<Rollup> rollups = new Grid<>(Rollup.class, false);
    final Grid<Row> matrix = new Grid<>(Row.class, false);
    private final transient ComplianceService compliance;
    private List<CourseColumn> courses;

    final Dialog person = new Dialog();
    private final transient TrainingQueries training;

    public ComplianceView(ComplianceService compliance, TrainingQueries training) {
        super("training.overview.title");
        this.compliance = compliance;
        this.training = training;
        courses = compliance.mandatoryCourses();

        municipality.setLabel(getTranslation("training.overview.municipality"));
        municipality.setItems(compliance.selectableMunicipalities());
        municipality.setItemLabelGenerator(MunicipalityRef::name);
        municipality.setClearButtonVisible(true);
        team.setLabel(getTranslation("training.overview.team"));
        team.setItems(compliance.selectableTeams());
        team.setItemLabelGenerator(TeamRef::name);
        team.setClearButtonVisible(true);
        course.setLabel(getTranslation("training.overview.course"));
        course.setItems(courses);
        course.setItemLabelGenerator(CourseColumn::title);
        course.setClearButtonVisible(true);
        state.setLabel(getTranslation("training.overview.state"));
        state.setItems(
                TrainingState.TO_DO,
                TrainingState.ENROLLED,
                TrainingState.VALID,
                TrainingState.EXPIRING,
                TrainingState.EXPIRED,
                TrainingState.OVERDUE);
        state.setItemLabelGenerator(s -> getTranslation(s.i18nKey()));
        state.setClearButtonVisible(true);
        municipality.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        course.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());

        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] b = ComplianceExport.csv(compliance.all(filter()), Locale.of("nl"));
                    return new DownloadResponse(
                            new ByteArrayInputStream(b), "scholingsoverzicht.csv", "text/csv", b.length);
                }),
                getTranslation("training.overview.export-csv"));
        Anchor xlsx = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] b = ComplianceExport.xlsx(compliance.all(filter()), Locale.of("nl"));
                    return new DownloadResponse(
                            new ByteArrayInputStream(b),
                            "scholingsoverzicht.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            b.length);
                }),
                getTranslation("training.overview.export-xlsx"));
        HorizontalLayout filters = new HorizontalLayout(municipality, team, course, state, csv, xlsx);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        rollups.addColumn(r ->
                        getTranslation("training.overview.level." + r.level().name()))
                .setHeader(getTranslation("training.overview.level"));
        rollups.addColumn(Rollup::name)
                .setHeader(getTranslation("training.overview.name"))
                .setFlexGrow(2);
        rollups.addColumn(Rollup::required).setHeader(getTranslation("training.overview.required"));
        rollups.addColumn(Rollup::compliant).setHeader(getTranslation("training.overview.compliant"));
        rollups.addColumn(r -> r.percent().toPlainString() + " %")
                .setHeader(getTranslation("training.overview.percent"));
        rollups.addColumn(r -> r.counts().getOrDefault(TrainingState.OVERDUE, 0L)
                        + r.counts().getOrDefault(TrainingState.EXPIRED, 0L))
                .setHeader(getTranslation("training.overview.behind"));
        rollups.setAriaLabel(getTranslation("training.overview.rollups"));
        rollups.setAllRowsVisible(true);
        rollups.addItemClickListener(e -> drillDown(e.getItem()));

        matrix.addColumn(Row::name)
                .setHeader(getTranslation("training.overview.person"))
                .setFrozen(true)
                .setAutoWidth(true);
        matrix.addColumn(Row::teamName)
                .setHeader(getTranslation("training.overview.team"))
                .setAutoWidth(true);
        for (CourseColumn c : courses) {
            matrix.addComponentColumn(r -> {
                        ComplianceService.Cell cell = r.cells().get(c.id());
                        return TrainingUi.stateBadge(
                                cell == null ? TrainingState.NOT_REQUIRED : cell.state(),
                                ComplianceExport.cellText(cell, getLocale()));
                    })
                    .setHeader(c.title())
                    .setAutoWidth(true);
        }
        matrix.setAriaLabel(getTranslation("training.overview.matrix"));
        matrix.addItemClickListener(e -> openPerson(e.getItem()));
        matrix.setPageSize(50);

        add(
                filters,
                new H3(getTranslation("training.overview.rollups")),
                rollups,
                new H3(getTranslation("training.overview.matrix")),
                matrix);
        refresh();
    }

    Filter filter() {
        return new Filter(
                municipality.getValue() == null ? null : municipality.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(),
                course.getValue() == null ? null : course.getValue().id(),
                state.getValue());
    }

    void refresh() {
        Filter f = filter();
        rollups.setItems(compliance.rollups(f));
        matrix.setItems(q -> compliance.rows(f, q.getOffset(), q.getLimit()).stream(), q -> (int) compliance.count(f));
    }

    /** Drill-down to one person: their mandatory courses and enrolments. */
    void openPerson(Row row) {
        MyTraining t = training.trainingOf(row.personId());
        person.removeAll();
        person.setHeaderTitle(row.name() + " · " + row.teamName());
        Grid<MyCourse> courses = new Grid<>(MyCourse.class, false);
        courses.addColumn(MyCourse::title)
                .setHeader(getTranslation("training.course.name"))
                .setAutoWidth(true);
        courses.addComponentColumn(c -> TrainingUi.stateBadge(
                        c.status().state(), MyTrainingView.statusText(this, c.status(), c.openEnrolment())))
                .setHeader(getTranslation("training.mine.state"))
                .setAutoWidth(true);
        courses.setItems(t.mandatory());
        courses.setAllRowsVisible(true);
        courses.setAriaLabel(getTranslation("training.mine.mandatory"));
        person.add(courses);
        t.enrolments().stream()
                .filter(e -> e.status().isOpen())
                .forEach(e -> person.add(new Paragraph(e.courseTitle() + ": " + TrainingUi.dateTime(e.startsAt())
                        + " · "
                        + getTranslation("training.enrolment." + e.status().name()))));
        person.getFooter().removeAll();
        person.getFooter().add(new Button(getTranslation("training.overview.close"), e -> person.close()));
        person.setWidth("min(48rem, 95vw)");
        person.open();
    }

    private void drillDown(Rollup r) {
        switch (r.level()) {
            case MUNICIPALITY ->
                municipality
                        .getListDataView()
                        .getItems()
                        .filter(m -> m.id() == r.id())
                        .findFirst()
                        .ifPresent(municipality::setValue);
            case TEAM ->
                team.getListDataView()
                        .getItems()
                        .filter(t -> t.id() == r.id())
                        .findFirst()
                        .ifPresent(team::setValue);
            case REGION -> {
                municipality.clear();
                team.clear();
            }
        }
    }
}
