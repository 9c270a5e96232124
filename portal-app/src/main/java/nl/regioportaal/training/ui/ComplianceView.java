package nl.regioportaal.training.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.ComplianceExport;
import nl.regioportaal.training.ComplianceService;
import nl.regioportaal.training.ComplianceService.Cell;
import nl.regioportaal.training.ComplianceService.CourseColumn;
import nl.regioportaal.training.ComplianceService.Filter;
import nl.regioportaal.training.ComplianceService.Rollup;
import nl.regioportaal.training.ComplianceService.Row;
import nl.regioportaal.training.ComplianceService.Sort;
import nl.regioportaal.training.ComplianceService.SortKey;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.OverviewActions;
import nl.regioportaal.training.PeerSupervisionService;
import nl.regioportaal.training.PeerSupervisionService.HoursRow;
import nl.regioportaal.training.TrainingQueries;
import nl.regioportaal.training.TrainingState;

/**
 * "Scholingsoverzicht": who is behind, person x mandatory course, with roll-ups grouped region →
 * municipality → team. A team leader sees their team, a manager their municipality, the process
 * supervisor the region. Clicking a roll-up narrows the people table to it; clicking a person
 * opens what they still have to do, with enrol and remind for those who may act for them.
 *
 * <p>The people table is lazy (a page from the database per scroll step, sorted there) and each
 * course column is one {@link LitRenderer} fed a short code per cell ("5|15-03-2026"): the state
 * texts and colours are in the column's template, sent once, not in every cell.
 */
@Route("scholing/overzicht")
@Menu(title = "training.menu.overview", order = 102, icon = "vaadin:table")
@RolesAllowed({Role.Names.TEAM_LEADER, Role.Names.MANAGER, Role.Names.PROCESS_SUPERVISOR, Role.Names.ADMIN})
public class ComplianceView extends PortalPage {

    static final int PAGE_SIZE = 50;
    /** A person's card lists every mandatory course, so with the national 23 it fills a phone's screen. */
    static final int PHONE_PAGE_SIZE = 20;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final ComboBox<MunicipalityRef> municipality = new ComboBox<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final ComboBox<CourseColumn> course = new ComboBox<>();
    final MultiSelectComboBox<TrainingState> states = new MultiSelectComboBox<>();
    final Checkbox behind = new Checkbox();
    final TreeGrid<Rollup> rollups = new TreeGrid<>();
    final Grid<Row> matrix = new Grid<>();
    final Grid.Column<Rollup> matchingColumn;
    final PersonPanel person;
    final Grid<HoursRow> peerHours = new Grid<>(HoursRow.class, false);
    /** The three tables as lists on a phone, filled only there ({@link #narrowScreen}). */
    final ComplianceCards cards;

    private final List<HoursRow> hours;
    private boolean narrow;
    private final transient ComplianceService compliance;

    public ComplianceView(
            ComplianceService compliance,
            TrainingQueries training,
            OverviewActions actions,
            EnrolmentService enrolments,
            PeerSupervisionService peerSupervision) {
        super("training.overview.title");
        this.compliance = compliance;
        PersonPanel personPanel = new PersonPanel(training, actions, enrolments);
        this.person = personPanel;
        List<CourseColumn> courses = compliance.mandatoryCourses();

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
        states.setLabel(getTranslation("training.overview.states"));
        states.setItems(
                TrainingState.TO_DO,
                TrainingState.ENROLLED,
                TrainingState.VALID,
                TrainingState.EXPIRING,
                TrainingState.EXPIRED,
                TrainingState.OVERDUE);
        states.setItemLabelGenerator(s -> getTranslation(s.i18nKey()));
        states.setClearButtonVisible(true);
        behind.setLabel(getTranslation("training.overview.behind-only"));
        municipality.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        course.addValueChangeListener(e -> refresh());
        states.addValueChangeListener(e -> refresh());
        behind.addValueChangeListener(e -> refresh());

        Anchor csv = new Anchor(
                download("scholingsoverzicht.csv", "text/csv", ComplianceExport::csv),
                getTranslation("training.overview.export-csv"));
        Anchor xlsx = new Anchor(
                download("scholingsoverzicht.xlsx", XLSX, ComplianceExport::xlsx),
                getTranslation("training.overview.export-xlsx"));
        HorizontalLayout filters = new HorizontalLayout(municipality, team, course, states, behind, csv, xlsx);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        rollups.addHierarchyColumn(Rollup::name)
                .setHeader(getTranslation("training.overview.name"))
                .setFlexGrow(2);
        rollups.addColumn(r ->
                        getTranslation("training.overview.level." + r.level().name()))
                .setHeader(getTranslation("training.overview.level"));
        rollups.addColumn(r -> PortalFormats.number(r.required(), getLocale()))
                .setHeader(getTranslation("training.overview.required"));
        rollups.addColumn(r -> PortalFormats.number(r.compliant(), getLocale()))
                .setHeader(getTranslation("training.overview.compliant"));
        rollups.addColumn(r -> PortalFormats.percent(r.percent(), getLocale()))
                .setHeader(getTranslation("training.overview.percent"));
        rollups.addColumn(r -> PortalFormats.number(r.late(), getLocale()))
                .setHeader(getTranslation("training.overview.behind"));
        matchingColumn = rollups.addColumn(r -> PortalFormats.number(r.matching(), getLocale()))
                .setHeader(getTranslation("training.overview.matching"));
        // the tree keeps its own order (region, municipalities, teams by name); columns as wide as their
        // content, so no number is cut off (a phone gets the folded list instead)
        rollups.getColumns().forEach(c -> c.setSortable(false).setAutoWidth(true));
        rollups.setAriaLabel(getTranslation("training.overview.rollups"));
        rollups.setAllRowsVisible(true);
        rollups.addItemClickListener(e -> drillDown(e.getItem()));

        // a real button per person (Tab onto the table, Enter into the cell, Enter); the grid leaves a
        // click on it to the button, a click elsewhere in the row opens the person as well
        matrix.addColumn(LitRenderer.<Row>of("<vaadin-button theme=\"tertiary-inline\" class=\"rp-open-person\""
                                + " @click=${open}>${item.name}</vaadin-button>")
                        .withProperty("name", Row::name)
                        .withFunction("open", personPanel::open))
                .setHeader(getTranslation("training.overview.person"))
                .setKey(SortKey.NAME.name())
                .setSortable(true)
                .setFrozen(true)
                .setAutoWidth(true);
        // the other columns hold values known in advance, and are as wide as the longest of them: auto width
        // measures only the rows the browser holds when the table is first drawn, so a longer municipality,
        // team or state further down the list was cut off
        String teamHeader = getTranslation("training.overview.team");
        matrix.addColumn(Row::teamName)
                .setHeader(teamHeader)
                .setKey(SortKey.TEAM.name())
                .setSortable(true)
                .setWidth(fitting(
                        teamHeader, compliance.selectableTeams().stream().map(TeamRef::name)))
                .setFlexGrow(0);
        String municipalityHeader = getTranslation("training.overview.municipality");
        matrix.addColumn(Row::municipalityName)
                .setHeader(municipalityHeader)
                .setKey(SortKey.MUNICIPALITY.name())
                .setSortable(true)
                .setWidth(fitting(
                        municipalityHeader,
                        compliance.selectableMunicipalities().stream().map(MunicipalityRef::name)))
                .setFlexGrow(0);
        String template = cellTemplate();
        for (CourseColumn c : courses) {
            matrix.addColumn(LitRenderer.<Row>of(template)
                            .withProperty("c", r -> cellCode(r.cells().get(c.id()))))
                    .setHeader(c.title())
                    .setWidth(fitting(
                            c.title(),
                            Arrays.stream(TrainingState.values())
                                    .map(state -> getTranslation(state.i18nKey()) + " (00-00-0000)")))
                    .setFlexGrow(0);
        }
        matrix.setAriaLabel(getTranslation("training.overview.matrix"));
        matrix.setId("overview-people");
        matrix.addItemClickListener(e -> personPanel.open(e.getItem()));
        matrix.setPageSize(PAGE_SIZE);
        matrix.setMultiSort(false);

        peerHours
                .addColumn(HoursRow::name)
                .setHeader(getTranslation("training.peer-hours.name"))
                .setFlexGrow(2);
        peerHours.addColumn(r -> TrainingUi.hours(r.hours())).setHeader(getTranslation("training.peer-hours.hours"));
        peerHours
                .addColumn(r -> r.required() == null ? "" : String.valueOf(r.required()))
                .setHeader(getTranslation("training.peer-hours.required"));
        peerHours
                .addColumn(r -> r.isShort() ? getTranslation("training.peer-hours.short") : "")
                .setHeader(getTranslation("training.peer-hours.state"));
        // like the roll-ups: columns as wide as their content, so no name is cut off
        peerHours.getColumns().forEach(c -> c.setAutoWidth(true));
        peerHours.setAriaLabel(getTranslation("training.peer-hours.overview"));
        peerHours.setAllRowsVisible(true);
        hours = peerSupervision.hoursThisYear();
        peerHours.setItems(hours);

        cards = new ComplianceCards(this, getLocale(), courses, PHONE_PAGE_SIZE, personPanel);
        add(
                filters,
                new H3(getTranslation("training.overview.rollups")),
                TrainingUi.wideTable(rollups),
                cards.rollups,
                new H3(getTranslation("training.overview.matrix")),
                TrainingUi.wideTable(matrix),
                cards.people,
                new H3(getTranslation("training.peer-hours.overview")),
                TrainingUi.wideTable(peerHours),
                cards.peerHours);
        TrainingUi.whenNarrow(this, this::narrowScreen);
        refresh();
    }

    /**
     * The page is shown on a phone: the lists get their first page. Until then they stay empty, so a
     * wide screen is sent the tables only.
     */
    void narrowScreen() {
        if (narrow) {
            return;
        }
        narrow = true;
        refresh();
        cards.peerHours.show(
                hours.size(), (offset, limit) -> hours.subList(offset, Math.min(hours.size(), offset + limit)));
    }

    Filter filter() {
        return new Filter(
                municipality.getValue() == null ? null : municipality.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(),
                course.getValue() == null ? null : course.getValue().id(),
                states.getValue(),
                behind.getValue());
    }

    Sort sort() {
        List<GridSortOrder<Row>> order = matrix.getSortOrder();
        if (order.isEmpty()) {
            return Sort.BY_NAME;
        }
        GridSortOrder<Row> first = order.getFirst();
        return new Sort(SortKey.valueOf(first.getSorted().getKey()), first.getDirection() == SortDirection.DESCENDING);
    }

    void refresh() {
        Filter f = filter();
        List<Rollup> all = compliance.rollups(f);
        TreeData<Rollup> tree = new TreeData<>();
        for (Rollup r : ComplianceExport.treeOrder(all)) {
            tree.addItem(ComplianceExport.parent(r, all), r);
        }
        rollups.setDataProvider(new TreeDataProvider<>(tree));
        // the region opens onto its municipalities; teams stay folded until asked for
        rollups.expand(tree.getRootItems());
        matchingColumn.setVisible(f.states().size() + (f.behind() ? 1 : 0) > 0);
        matrix.setItems(
                q -> compliance.rows(f, sort(), q.getOffset(), q.getLimit()).stream(), q -> (int) compliance.count(f));
        if (narrow) {
            cards.showRollups(tree.getRootItems(), tree::getChildren, matchingColumn.isVisible());
            cards.people.show(compliance.count(f), (offset, limit) -> compliance.rows(f, sort(), offset, limit));
        }
    }

    /**
     * The cell as its template reads it: the state's position in {@link TrainingState} and the date
     * that matters, e.g. "5|15-03-2026".
     */
    private String cellCode(Cell cell) {
        TrainingState state = cell == null ? TrainingState.NOT_REQUIRED : cell.state();
        return state.ordinal() + "|" + PortalFormats.date(ComplianceExport.date(cell), getLocale());
    }

    /** State texts, colours and weights by ordinal, in the user's language: part of the column template. */
    private String cellTemplate() {
        String texts = byState(s -> "'" + getTranslation(s.i18nKey()).replace("'", "\\'") + "'");
        String colours = byState(s -> "'" + TrainingUi.stateColour(s) + "'");
        String weights = byState(s -> s == TrainingState.OVERDUE || s == TrainingState.EXPIRED ? "700" : "500");
        String state = "item.c.split('|')[0]";
        String date = "item.c.split('|')[1]";
        return "<span class=\"rp-training-state\" data-state=\"${" + state + "}\" style=\"color:${[" + colours + "]["
                + state + "]};font-weight:${[" + weights + "][" + state + "]}\">${[" + texts + "][" + state + "]}${"
                + date + " === '" + PortalFormats.NONE + "' ? '' : ' (' + " + date + " + ')'}</span>";
    }

    /**
     * A column width that fits its header (with the sort arrows) and the longest of its values. In rem, the
     * same for header and body cells (their fonts differ, so "ch" would give them different widths), at
     * 0.6 rem a character: a little more than the body font's widest digits.
     */
    private static String fitting(String header, Stream<String> values) {
        int longest = Math.max(
                header.length() + 3, values.mapToInt(String::length).max().orElse(0));
        return String.format(Locale.ROOT, "%.1frem", (longest + 4) * 0.6);
    }

    private static String byState(Function<TrainingState, String> value) {
        return Arrays.stream(TrainingState.values()).map(value).collect(Collectors.joining(","));
    }

    /** Streams the export as it is written, a chunk of rows at a time, with the filter and order on screen. */
    private DownloadHandler download(String fileName, String contentType, Writer writer) {
        Locale locale = getLocale();
        return event -> {
            Filter f = filter();
            ComplianceExport.Content content = new ComplianceExport.Content(
                    compliance.mandatoryCourses(),
                    compliance.rollups(f),
                    compliance.allRows(f, sort()),
                    f.behind() || !f.states().isEmpty());
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(content, locale, out);
            }
        };
    }

    @FunctionalInterface
    private interface Writer {
        void write(ComplianceExport.Content content, Locale locale, OutputStream out);
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
