package nl.regioportaal.plugins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.TestPlugins;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance of the caseload plugin inside the portal (uploaded, as a municipality would): a team
 * leader enters last month's figures and sees the trend charts, the table and the quarterly report; a
 * municipality administrator sets their municipality's weights; the monthly reminder reaches the team
 * leaders without figures, only where the plugin is switched on.
 */
class CaseloadPluginTest extends KaribuTest {

    @Autowired
    PluginService plugins;

    /** The portal's clock (Europe/Amsterdam): the plugin's "last month" is the region's, not the JVM zone's. */
    @Autowired
    Clock clock;

    @Autowired
    RegionDirectory directory;

    @Autowired
    NotificationService notifications;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    JdbcTemplate jdbc;

    private long soest;
    private long amersfoort;

    @BeforeEach
    void installAndEnableForSoestAndAmersfoort() {
        login("admin");
        if (plugins.find("caseload").isEmpty()) {
            plugins.install("plugin-caseload.jar", TestPlugins.upload("caseload"), null);
        }
        soest = municipality("Soest").id();
        amersfoort = municipality("Amersfoort").id();
        plugins.enable("caseload", soest);
        plugins.enable("caseload", amersfoort);
    }

    @AfterEach
    void uninstallWithItsData() {
        // other tests upload the caseload plugin themselves: leave the portal as it was
        login("admin");
        plugins.uninstall("caseload", true);
    }

    @Test
    void teamLeaderEntersLastMonthAndSeesChartsTableAndTheQuarterlyReport() {
        login("teamleider.soest");
        UI.getCurrent().navigate("plugin/caseload");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Er zijn nog geen cijfers ingevoerd.");

        type(_get(IntegerField.class, s -> s.withLabel("Lichte casussen")), 4);
        type(_get(IntegerField.class, s -> s.withLabel("Middelzware casussen")), 10);
        type(_get(IntegerField.class, s -> s.withLabel("Zware casussen")), 3);
        _click(_get(Button.class, s -> s.withId("caseload-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("caseload-message")).getText())
                .isEqualTo("De cijfers zijn opgeslagen.");

        UI.getCurrent().navigate("plugin/caseload");
        String lastMonth = YearMonth.from(LocalDate.now(clock)).minusMonths(1).toString();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("caseload-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "team")).isEqualTo("Sociaal team Soest");
        assertThat(GridKt._getFormatted(grid, 0, "month")).isEqualTo(lastMonth);
        assertThat(GridKt._getFormatted(grid, 0, "flat")).isEqualTo("17");
        // default weights 0.5, 1 and 2: 2 + 10 + 6
        assertThat(GridKt._getFormatted(grid, 0, "weighted")).isEqualTo("18");

        List<String> charts = _find(Html.class).stream()
                .map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("caseload-chart"))
                .toList();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0)).contains("<svg", "Gewogen caseload per team", "Sociaal team Soest", lastMonth);
        assertThat(charts.get(1)).contains("<svg", "Gewogen caseload per gemeente", "Soest");
        assertThat(_get(Anchor.class, s -> s.withId("caseload-report")).getText())
                .isEqualTo("Kwartaalrapportage (PDF)");
        assertThat(_get(Anchor.class, s -> s.withId("caseload-report")).getHref())
                .as("served by the download handler")
                .isNotBlank();
    }

    @Test
    void municipalityAdministratorSetsTheWeightsOfTheirOwnMunicipalityOnly() {
        login("beheer.amersfoort");
        UI.getCurrent().navigate("plugin/caseload/gewichten");
        BigDecimalField heavy = _get(BigDecimalField.class, s -> s.withLabel("Zware casussen"));
        assertThat(heavy.getValue()).isEqualByComparingTo("2");

        type(heavy, new BigDecimal("12"));
        _click(_get(Button.class, s -> s.withId("caseload-weights-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("caseload-weights-message"))
                        .getText())
                .isEqualTo("Vul bij alle drie een getal van 0 tot en met 10 in, met hoogstens twee decimalen.");

        type(heavy, new BigDecimal("3.5"));
        _click(_get(Button.class, s -> s.withId("caseload-weights-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("caseload-weights-message"))
                        .getText())
                .isEqualTo("De gewichten van Amersfoort zijn opgeslagen.");
        assertThat(jdbc.queryForList(
                        "SELECT municipality_id FROM plg_caseload.plg_caseload_municipality_weight", Long.class))
                .containsOnly(amersfoort)
                .hasSize(3);
        assertThat(jdbc.queryForObject(
                        "SELECT weight FROM plg_caseload.plg_caseload_municipality_weight WHERE complexity = 'heavy'",
                        BigDecimal.class))
                .isEqualByComparingTo("3.5");

        // team leaders may look but not set weights; the screen is not theirs
        login("teamleider.soest");
        assertRefused("plugin/caseload/gewichten");
    }

    @Test
    void monthlyReminderReachesTeamLeadersWithoutLastMonthsFiguresWhereThePluginIsOn() throws Exception {
        PortalUser soestLeader = login("teamleider.soest");
        UI.getCurrent().navigate("plugin/caseload");
        type(_get(IntegerField.class, s -> s.withLabel("Lichte casussen")), 1);
        type(_get(IntegerField.class, s -> s.withLabel("Middelzware casussen")), 2);
        type(_get(IntegerField.class, s -> s.withLabel("Zware casussen")), 3);
        _click(_get(Button.class, s -> s.withId("caseload-save")));

        login("admin");
        long youthLeader = leaderOf("Jeugdteam Soest en Eemnes");
        long baarnLeader = leaderOf("Sociaal team Baarn");
        // the task's own code, run now and to the end (the scheduler's path is PluginServiceTest's)
        runAsSystem("remindMissingFigures");

        String lastMonth = YearMonth.from(LocalDate.now(clock)).minusMonths(1).toString();
        inFlight.awaitRecorded();
        List<Notice> youth = notifications.noticesOf(youthLeader, "plugin.caseload");
        assertThat(youth).extracting(Notice::subject).contains("Caseload " + lastMonth + " nog invoeren");
        assertThat(youth)
                .extracting(Notice::body)
                .contains("De caseload van Jeugdteam Soest en Eemnes over " + lastMonth + " is nog niet ingevoerd.");
        assertThat(youth).extracting(Notice::link).contains("plugin/caseload");
        assertThat(notifications.noticesOf(soestLeader.personId(), "plugin.caseload"))
                .as("figures entered: no reminder")
                .isEmpty();
        assertThat(notifications.noticesOf(baarnLeader, "plugin.caseload"))
                .as("not switched on in Baarn")
                .isEmpty();
    }

    @Test
    void demoDataGivesAmersfoortAYearOfFiguresWithLastMonthOpenForHalfTheTeams() throws Exception {
        login("admin");
        runAsSystem("createDemoData");

        login("beheer.amersfoort");
        UI.getCurrent().navigate("plugin/caseload");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("caseload-grid"));
        // Amersfoort's 13 demo teams (and any team other tests added in this JVM), all with the 11 months
        // before last month; every other team of the region (by name) with last month too
        String lastMonth = YearMonth.from(LocalDate.now(clock)).minusMonths(1).toString();
        int rows = GridKt._size(grid);
        long teams = IntStream.range(0, rows)
                .mapToObj(r -> GridKt._getFormatted(grid, r, "team"))
                .distinct()
                .count();
        long open = teams
                - IntStream.range(0, rows)
                        .filter(r -> GridKt._getFormatted(grid, r, "month").equals(lastMonth))
                        .count();
        assertThat(teams).isGreaterThanOrEqualTo(13);
        assertThat(rows).isEqualTo((int) (teams * 12 - open));
        assertThat(open).as("teams still to enter last month").isBetween(teams / 2 - 2, teams / 2 + 2);
        assertThat(GridKt._getFormatted(grid, 0, "month")).as("newest first").isEqualTo(lastMonth);
        List<String> charts = _find(Html.class).stream()
                .map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("caseload-chart"))
                .toList();
        assertThat(charts.get(0).split("<path ", -1))
                .as("a line per Amersfoort team")
                .hasSize((int) teams + 1);
        assertThat(charts.get(1)).contains("Amersfoort").doesNotContain("Soest");
    }

    /** Runs one of the plugin module's own methods now, to the end, as the scheduler would (system user). */
    private void runAsSystem(String method) throws Exception {
        Object module = plugins.running().stream()
                .filter(p -> p.id().equals("caseload"))
                .findFirst()
                .orElseThrow()
                .module();
        var m = module.getClass().getDeclaredMethod(method);
        m.setAccessible(true);
        SystemAuthentication.run(() -> {
            try {
                m.invoke(module);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long leaderOf(String teamName) {
        TeamRef team = directory.teams().stream()
                .filter(t -> t.name().equals(teamName))
                .findFirst()
                .orElseThrow();
        return directory.activeMembersOf(team.id()).stream()
                .filter(p -> p.roles().contains(Role.TEAM_LEADER))
                .map(PersonSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private MunicipalityRef municipality(String name) {
        return directory.municipalities().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
