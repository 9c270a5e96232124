package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.LibreOffice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.training.ComplianceExport;
import nl.regioportaal.training.ComplianceService;
import nl.regioportaal.training.ComplianceService.Rollup;
import nl.regioportaal.training.EnrolmentStatus;
import nl.regioportaal.training.OverviewDataSet;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingQueries;
import nl.regioportaal.training.TrainingState;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Team leader, manager and process supervisor each see their scope, grouped and sortable; the
 * exports have the screen's columns and numbers; a person can be enrolled or reminded from the
 * overview; and what the overview sends to the browser stays within its byte budgets.
 */
class ComplianceViewTest extends KaribuTest {

    /** What opening the overview and one scroll step may send (issue 10: 0.8 MB and 1.2–1.65 MB before). */
    static final int OPEN_BUDGET = 150 * 1024;

    static final int SCROLL_BUDGET = 100 * 1024;

    @Autowired
    ComplianceService compliance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    RegionDirectory directory;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    TrainingQueries queries;

    @Autowired
    Clock clock;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"teamleider.soest, TEAM, 1", "manager.leusden, MUNICIPALITY, 1", "procesbegeleider, MUNICIPALITY, 7"})
    void overviewShowsTheScopeAndTheExportHasTheSameNumbers(String username, ComplianceService.Level level, int count)
            throws Exception {
        login(username);
        ComplianceView view = navigate(ComplianceView.class);
        List<Rollup> screen = GridKt._fetch(view.rollups, 0, 100);
        assertThat(screen).filteredOn(r -> r.level() == level).hasSize(count);
        assertThat(GridKt._size(view.matrix)).isPositive();

        List<Rollup> all = ComplianceExport.treeOrder(compliance.rollups(view.filter()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(view)))) {
            Sheet summary = wb.getSheet("Samenvatting");
            assertThat(header(summary))
                    .containsExactly(
                            "Naam", "Niveau", "Verplicht", "Voldaan", "Percentage voldaan", "Te laat of verlopen");
            assertThat(summary.getLastRowNum()).isEqualTo(all.size());
            for (int i = 0; i < all.size(); i++) {
                Row row = summary.getRow(i + 1);
                Rollup r = all.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(r.name());
                assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(r.required());
                assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(r.compliant());
                assertThat(row.getCell(4).getNumericCellValue())
                        .isCloseTo(r.percent().doubleValue() / 100, offset(1e-9));
                assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(r.late());
            }
            assertThat(wb.getSheet("Medewerkers").getLastRowNum()).isEqualTo(GridKt._size(view.matrix));
        }
        String csv = new String(csvBytes(view), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(";" + all.getFirst().required() + ";" + all.getFirst().compliant() + ";");
    }

    @Test
    void rollupsAreGroupedRegionMunicipalityTeamAndAddUp() {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        List<Rollup> all = compliance.rollups(view.filter());
        Rollup region = view.rollups.getTreeData().getRootItems().getFirst();
        assertThat(region.level()).isEqualTo(ComplianceService.Level.REGION);
        List<Rollup> municipalities = view.rollups.getTreeData().getChildren(region);
        assertThat(municipalities).hasSize(7);
        assertThat(municipalities.stream().mapToLong(Rollup::required).sum()).isEqualTo(region.required());
        assertThat(municipalities.stream().mapToLong(Rollup::late).sum()).isEqualTo(region.late());
        for (Rollup m : municipalities) {
            List<Rollup> teams = view.rollups.getTreeData().getChildren(m);
            assertThat(teams)
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.parentId()).isEqualTo(m.id()));
            assertThat(teams.stream().mapToLong(Rollup::compliant).sum()).isEqualTo(m.compliant());
        }
        assertThat(all.stream().filter(r -> r.level() == ComplianceService.Level.TEAM))
                .allSatisfy(
                        t -> assertThat(view.rollups.getTreeData().contains(t)).isTrue());
        // teams are folded until asked for; the region is open onto its municipalities
        assertThat(view.rollups.isExpanded(region)).isTrue();
        assertThat(view.rollups.isExpanded(municipalities.getFirst())).isFalse();
        // Dutch numbers: "46,2 %"
        String percent = GridKt._getFormatted(view.rollups.getColumns().get(4), region);
        assertThat(percent)
                .isEqualTo(PortalFormats.percent(region.percent(), Locale.of("nl")))
                .matches("\\d+(,\\d)? %");
    }

    @Test
    void theBehindFilterAndSeveralStatesNarrowThePeopleNotTheTotals() {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        long everybody = GridKt._size(view.matrix);
        // the kept total follows each change once its recount (after the commit, on another thread) ran
        inFlight.awaitRecorded();
        Rollup before = compliance.scopeTotal();

        view.behind.setValue(true);

        long behind = GridKt._size(view.matrix);
        assertThat(behind).isPositive().isLessThan(everybody);
        assertThat(behind).isEqualTo(compliance.count(ComplianceService.Filter.behindOnly()));
        Rollup region = view.rollups.getTreeData().getRootItems().getFirst();
        assertThat(region.required()).isEqualTo(before.required());
        assertThat(region.matching()).isPositive();
        assertThat(view.matchingColumn.isVisible()).isTrue();

        view.behind.setValue(false);
        view.states.setValue(Set.of(TrainingState.EXPIRED, TrainingState.OVERDUE));
        assertThat(GridKt._fetch(view.matrix, 0, 1000))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.cells().values())
                        .anyMatch(c -> c.state() == TrainingState.EXPIRED || c.state() == TrainingState.OVERDUE));
        assertThat(view.rollups.getTreeData().getRootItems().getFirst().matching())
                .isEqualTo(before.late());
    }

    @Test
    void peopleSortByTeamInBothDirections() {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        view.matrix.sort(GridSortOrder.asc(view.matrix.getColumnByKey("TEAM")).build());
        List<String> up = GridKt._fetch(view.matrix, 0, 1000).stream()
                .map(ComplianceService.Row::teamName)
                .toList();
        // MariaDB's collation ignores case, and so does the order of team names handed to it
        assertThat(up).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        view.matrix.sort(List.of(new GridSortOrder<>(view.matrix.getColumnByKey("NAME"), SortDirection.DESCENDING)));
        List<String> down = GridKt._fetch(view.matrix, 0, 1000).stream()
                .map(ComplianceService.Row::name)
                .toList();
        assertThat(down).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void aTeamLeaderEnrolsAMemberFromTheOverview() {
        login("teamleider.soest");
        ComplianceView view = navigate(ComplianceView.class);
        // still in time: a session after the deadline would ask first (the next test)
        view.states.setValue(Set.of(TrainingState.TO_DO));
        ComplianceService.Row member = GridKt._get(view.matrix, 0);
        long courseId = member.cells().entrySet().stream()
                .filter(e -> e.getValue().state() == TrainingState.TO_DO)
                .findFirst()
                .orElseThrow()
                .getKey();
        long session = SystemAuthentication.call(() -> TrainingFixtures.session(plans, courseId, 5, Map.of()));

        GridKt._clickItem(view.matrix, 0);
        assertThat(view.person.isOpened()).isTrue();
        _get(view.person, Button.class, spec -> spec.withId("enrol-" + courseId))
                .click();
        @SuppressWarnings("unchecked")
        ComboBox<SessionInfo> choice = _get(view.person, ComboBox.class, spec -> spec.withLabel("Sessie"));
        assertThat(choice.getValue()).isNotNull();
        // an emptied choice is asked for again, and nothing is enrolled
        choice.clear();
        _get(view.person, Button.class, spec -> spec.withId("confirm-enrol-" + courseId))
                .click();
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).isEqualTo("Kies een sessie.");
        assertThat(queries.trainingOf(member.personId()).enrolments()).noneMatch(e -> e.sessionId() == session);
        choice.setValue(choice.getListDataView()
                .getItems()
                .filter(s -> s.id() == session)
                .findFirst()
                .orElseThrow());
        _get(view.person, Button.class, spec -> spec.withId("confirm-enrol-" + courseId))
                .click();

        assertThat(_get(
                                view.person,
                                Span.class,
                                spec -> spec.withPredicate(t -> t.getText().startsWith("Ingeschreven voor")))
                        .getText())
                .startsWith("Ingeschreven voor");
        assertThat(queries.trainingOf(member.personId()).enrolments())
                .anyMatch(e -> e.sessionId() == session && e.status() == EnrolmentStatus.ENROLLED);
    }

    @Test
    void aTeamLeaderIsWarnedBeforeEnrollingALateMemberFromTheOverview() {
        login("teamleider.soest");
        ComplianceView view = navigate(ComplianceView.class);
        view.states.setValue(Set.of(TrainingState.OVERDUE));
        ComplianceService.Row member = GridKt._get(view.matrix, 0);
        long courseId = member.cells().entrySet().stream()
                .filter(e -> e.getValue().state() == TrainingState.OVERDUE)
                .findFirst()
                .orElseThrow()
                .getKey();
        long session = SystemAuthentication.call(() -> TrainingFixtures.session(plans, courseId, 5, Map.of()));

        GridKt._clickItem(view.matrix, 0);
        _get(view.person, Button.class, spec -> spec.withId("enrol-" + courseId))
                .click();
        @SuppressWarnings("unchecked")
        ComboBox<SessionInfo> choice = _get(view.person, ComboBox.class, spec -> spec.withLabel("Sessie"));
        choice.setValue(choice.getListDataView()
                .getItems()
                .filter(s -> s.id() == session)
                .findFirst()
                .orElseThrow());
        assertThat(choice.getHelperText())
                .as("warned before pressing anything")
                .startsWith("Let op: deze sessie begint na de uiterste datum van " + member.name());
        _get(view.person, Button.class, spec -> spec.withId("confirm-enrol-" + courseId))
                .click();
        ConfirmDialog warning = _get(ConfirmDialog.class, spec -> spec.withId("deadline-confirm"));
        assertThat(ConfirmDialogKt._getText(warning)).contains(member.name(), "Toch inschrijven?");
        ConfirmDialogKt._fireConfirm(warning);
        assertThat(queries.trainingOf(member.personId()).enrolments())
                .anyMatch(e -> e.sessionId() == session && e.status() == EnrolmentStatus.ENROLLED);
    }

    @Test
    void aManagerSeesThePersonButDoesNotActForThem() {
        login("manager.leusden");
        ComplianceView view = navigate(ComplianceView.class);
        ComplianceService.Row first = GridKt._get(view.matrix, 0);
        GridKt._clickItem(view.matrix, 0);
        assertThat(view.person.isOpened()).isTrue();
        assertThat(view.person.getHeaderTitle()).startsWith(first.name());
        assertThat(_find(view.person, Button.class))
                .extracting(Button::getText)
                .doesNotContain("Inschrijven", "Herinnering sturen");
    }

    /**
     * The UIDL the server would send: Vaadin's own {@link UidlWriter} serialises the UI's pending
     * changes, exactly as in the response to the browser (so the count is deterministic: no
     * browser, no timing). Opening = the whole first response after navigation, with the first page
     * of people the grid asks for; a scroll step = the response to the grid asking for a page
     * further down. The generated data set has the benchmark's width (23 mandatory courses).
     */
    @Test
    void openingAndScrollingStayWithinTheirByteBudgets() {
        login("procesbegeleider");
        TeamRef team = directory.teams().getFirst();
        try (OverviewDataSet ignored = new OverviewDataSet(jdbc, team, 23, 1000, LocalDate.now(clock))) {
            ComplianceView view = navigate(ComplianceView.class);
            assertThat(compliance.mandatoryCourses()).hasSize(23);
            view.matrix.getDataCommunicator().setViewportRange(0, ComplianceView.PAGE_SIZE * 2);
            int open = uidlBytes();
            view.matrix.getDataCommunicator().setViewportRange(500, ComplianceView.PAGE_SIZE);
            int scroll = uidlBytes();
            System.out.printf("overview bytes: open %d, scroll step %d%n", open, scroll);
            assertThat(open).isLessThanOrEqualTo(OPEN_BUDGET);
            assertThat(scroll).isLessThanOrEqualTo(SCROLL_BUDGET).isGreaterThan(ComplianceView.PAGE_SIZE * 23);
        }
    }

    /**
     * On a phone the people are cards, a page at a time: what the lists send stays within the same
     * budgets (a wide screen is sent none of it: the lists stay empty until the browser says it is narrow).
     */
    @Test
    void onAPhoneThePeopleComeAsCardsAPageAtATimeWithinTheBudgets() {
        login("procesbegeleider");
        TeamRef team = directory.teams().getFirst();
        try (OverviewDataSet ignored = new OverviewDataSet(jdbc, team, 23, 1000, LocalDate.now(clock))) {
            ComplianceView view = navigate(ComplianceView.class);
            int open = uidlBytes();
            assertThat(view.cards.people.cards()).isEmpty();
            assertThat(view.cards.rollups.getChildren()).isEmpty();
            assertThat(view.cards.peerHours.cards()).isEmpty();

            BasicUtilsKt._fireDomEvent(view, TrainingUi.NARROW_EVENT);
            int phone = uidlBytes();
            List<ListItem> first = view.cards.people.cards();
            assertThat(first).hasSize(ComplianceView.PHONE_PAGE_SIZE);
            assertThat(view.cards.people.hasMore()).isTrue();
            view.cards.people.showMore();
            int more = uidlBytes();
            System.out.printf("overview bytes on a phone: open %d, lists %d, more %d%n", open, phone, more);
            assertThat(view.cards.people.cards()).hasSize(ComplianceView.PHONE_PAGE_SIZE * 2);
            assertThat(phone).isLessThanOrEqualTo(OPEN_BUDGET);
            assertThat(more).isLessThanOrEqualTo(SCROLL_BUDGET);
        }
    }

    @Test
    void aPersonsCardShowsTheirTeamAndEachCourseAndOpensThePerson() {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        BasicUtilsKt._fireDomEvent(view, TrainingUi.NARROW_EVENT);

        ComplianceService.Row row = GridKt._get(view.matrix, 0);
        ListItem card = view.cards.people.cards().getFirst();
        Button name = _get(card, Button.class, spec -> spec.withClasses("rp-open-person"));
        assertThat(name.getText()).isEqualTo(row.name());
        assertThat(_get(card, Paragraph.class).getText()).isEqualTo(row.teamName() + " · " + row.municipalityName());
        String states = _get(card, Html.class).getInnerHtml();
        row.cells().forEach((course, cell) -> {
            String title = compliance.mandatoryCourses().stream()
                    .filter(c -> c.id() == course)
                    .findFirst()
                    .orElseThrow()
                    .title();
            if (cell.state() != TrainingState.NOT_REQUIRED) {
                assertThat(states)
                        .contains(title + ": ", view.getTranslation(cell.state().i18nKey()));
            }
        });
        assertThat(view.cards.people.cards())
                .hasSize((int) Math.min(compliance.count(view.filter()), ComplianceView.PHONE_PAGE_SIZE));

        _click(name);
        assertThat(view.person.isOpened()).isTrue();
        assertThat(view.person.getHeaderTitle()).startsWith(row.name());

        // a filter starts the cards again, as it does the table
        view.behind.setValue(true);
        assertThat(view.cards.people.cards())
                .hasSize((int) Math.min(compliance.count(view.filter()), ComplianceView.PHONE_PAGE_SIZE));
    }

    @Test
    void onAPhoneTheRollupsAreAFoldedListWithDutchNumbers() {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        BasicUtilsKt._fireDomEvent(view, TrainingUi.NARROW_EVENT);

        Rollup region = view.rollups.getTreeData().getRootItems().getFirst();
        List<Rollup> municipalities = view.rollups.getTreeData().getChildren(region);
        NativeDetails regionItem =
                _find(view.cards.rollups, NativeDetails.class).getFirst();
        assertThat(_get(regionItem.getSummary(), Span.class, spec -> spec.withClasses("rp-rollup-name"))
                        .getText())
                .isEqualTo(region.name());
        assertThat(regionItem.isOpen()).isTrue();
        assertThat(_get(regionItem.getSummary(), Span.class, spec -> spec.withClasses("rp-rollup-numbers"))
                        .getText()
                        .replace('\u00a0', ' '))
                .contains("Verplicht: " + PortalFormats.number(region.required(), Locale.of("nl")))
                .contains("Percentage voldaan: " + PortalFormats.percent(region.percent(), Locale.of("nl")))
                .containsPattern("\\d+(,\\d)? %");
        List<NativeDetails> folded = _find(regionItem.getContent(), NativeDetails.class);
        assertThat(folded).hasSize(municipalities.size()).noneMatch(NativeDetails::isOpen);

        // a municipality's teams are built when it is opened
        NativeDetails first = folded.getFirst();
        assertThat(_find(first.getContent(), ListItem.class)).isEmpty();
        // as the browser does: the open property first, then the toggle event
        first.setOpen(true);
        BasicUtilsKt._fireEvent(first, new NativeDetails.ToggleEvent(first, true));
        assertThat(_find(first.getContent(), ListItem.class))
                .hasSize(view.rollups
                        .getTreeData()
                        .getChildren(municipalities.getFirst())
                        .size());
    }

    private static int uidlBytes() {
        return new UidlWriter().createUidl(UI.getCurrent(), false).toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** A team named like a formula stays text in both exports. */
    @Test
    void formulaLikeNamesStayTextInCsvAndXlsx() throws Exception {
        login("procesbegeleider");
        List<Rollup> rollups = List.of(
                new Rollup(ComplianceService.Level.TEAM, 1L, null, "=1+1", 2, 1, 0, Map.of()),
                new Rollup(
                        ComplianceService.Level.TEAM, 2L, null, "=HYPERLINK(\"http://x\",\"y\")", 2, 1, 0, Map.of()));
        ComplianceExport.Content content = new ComplianceExport.Content(List.of(), rollups, List.of(), false);
        String csv = new String(ComplianceExport.csv(content, Locale.of("nl")), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=1+1;").contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(ComplianceExport.xlsx(content, Locale.of("nl"))))) {
            Sheet summary = wb.getSheet("Samenvatting");
            for (int i = 1; i <= 2; i++) {
                assertThat(summary.getRow(i).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(summary.getRow(i).getCell(0).getStringCellValue())
                        .isEqualTo(rollups.get(i - 1).name());
            }
        }
    }

    /** The XLSX read back with POI: the screen's columns, state and date apart, frozen header, autofilter. */
    @Test
    void theXlsxLooksFinished() throws Exception {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        List<String> titles = compliance.mandatoryCourses().stream()
                .map(ComplianceService.CourseColumn::title)
                .toList();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(view)))) {
            XSSFSheet people = wb.getSheet("Medewerkers");
            List<String> header = header(people);
            assertThat(header.subList(0, 3)).containsExactly("Naam", "Team", "Gemeente");
            assertThat(header).hasSize(3 + 2 * titles.size());
            assertThat(header.get(3)).isEqualTo(titles.getFirst());
            assertThat(header.get(4)).isEqualTo(titles.getFirst() + ": datum");
            for (XSSFSheet sheet : List.of(people, wb.getSheet("Samenvatting"))) {
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                assertThat(wb.getFontAt(sheet.getRow(0)
                                        .getCell(0)
                                        .getCellStyle()
                                        .getFontIndex())
                                .getBold())
                        .isTrue();
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(8 * 256);
            }
            ComplianceService.Row first = GridKt._get(view.matrix, 0);
            Row row = people.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first.name());
            long course = compliance.mandatoryCourses().getFirst().id();
            ComplianceService.Cell cell = first.cells().get(course);
            assertThat(row.getCell(3).getStringCellValue())
                    .isEqualTo(ComplianceExport.stateText(cell, Locale.of("nl")));
            LocalDate date = ComplianceExport.date(cell);
            if (date != null) {
                assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
                assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(date);
            }
        }
    }

    /** The XLSX opens in LibreOffice (headless, converted to CSV) with the screen's numbers. */
    @Test
    void theXlsxOpensInLibreOfficeWithTheScreensNumbers() throws Exception {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        List<Rollup> all = ComplianceExport.treeOrder(compliance.rollups(view.filter()));
        // LibreOffice converts the first sheet: the summary
        List<String> lines = LibreOffice.firstSheetAsCsv("scholingsoverzicht", xlsx(view));
        assertThat(lines).hasSize(all.size() + 1);
        assertThat(lines.getFirst()).isEqualTo("Naam,Niveau,Verplicht,Voldaan,Percentage voldaan,Te laat of verlopen");
        for (int i = 0; i < all.size(); i++) {
            String[] cells = lines.get(i + 1).split(",");
            Rollup r = all.get(i);
            assertThat(cells[0].replace("\"", "")).isEqualTo(r.name());
            assertThat(Long.parseLong(cells[2])).isEqualTo(r.required());
            assertThat(Long.parseLong(cells[3])).isEqualTo(r.compliant());
            // LibreOffice writes the percentage as shown ("46.2%", "50%")
            assertThat(Double.parseDouble(cells[4].replace("%", "")))
                    .isEqualTo(r.percent().doubleValue());
            assertThat(Long.parseLong(cells[5])).isEqualTo(r.late());
        }
    }

    @Test
    void drillDownFromTheRegionToAMunicipality() {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        List<Rollup> rollups = GridKt._fetch(view.rollups, 0, 100);
        Rollup baarn = rollups.stream()
                .filter(r -> r.name().equals("Baarn"))
                .findFirst()
                .orElseThrow();
        GridKt._clickItem(view.rollups, rollups.indexOf(baarn));
        assertThat(view.municipality.getValue().name()).isEqualTo("Baarn");
        assertThat(GridKt._fetch(view.matrix, 0, 500))
                .allSatisfy(r -> assertThat(r.municipalityName()).isEqualTo("Baarn"));
        assertThat(view.rollups.getTreeData().getRootItems().getFirst().required())
                .isEqualTo(baarn.required());
    }

    @Test
    void professionalsTrainersAndProvidersAreRefused() {
        login("wijkcoach.baarn");
        assertRefused(ComplianceView.class);
        login("trainer");
        assertRefused(ComplianceView.class);
        login("aanbieder");
        assertRefused(ComplianceView.class);
    }

    private byte[] xlsx(ComplianceView view) {
        return ComplianceExport.xlsx(content(view), Locale.of("nl"));
    }

    private byte[] csvBytes(ComplianceView view) {
        return ComplianceExport.csv(content(view), Locale.of("nl"));
    }

    private ComplianceExport.Content content(ComplianceView view) {
        ComplianceService.Filter f = view.filter();
        return new ComplianceExport.Content(
                compliance.mandatoryCourses(),
                compliance.rollups(f),
                compliance.allRows(f, view.sort()),
                f.behind() || !f.states().isEmpty());
    }

    private static List<String> header(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
        return titles;
    }

    @Test
    void theOverviewShowsPeerSupervisionHoursAndWhoIsShort() {
        long course = jdbc.queryForObject(
                "select min(id) from course where mandatory = true and plan_id in (select id from training_plan where published = true)",
                Long.class);
        jdbc.update("update course set peer_supervision_hours_per_year = 60 where id = ?", course);
        try {
            login("procesbegeleider");
            ComplianceView view = navigate(ComplianceView.class);

            List<String> first = GridKt._getFormattedRow(view.peerHours, 0);
            assertThat(first).last().isEqualTo("Komt tekort");
            assertThat(first.get(2)).isEqualTo("60");

            // on a phone the same as cards
            BasicUtilsKt._fireDomEvent(view, TrainingUi.NARROW_EVENT);
            ListItem card = view.cards.peerHours.cards().getFirst();
            assertThat(_get(card, Paragraph.class).getText())
                    .contains("Vereist per jaar: 60")
                    .endsWith("Komt tekort");
        } finally {
            jdbc.update("update course set peer_supervision_hours_per_year = null where id = ?", course);
        }
    }
}
