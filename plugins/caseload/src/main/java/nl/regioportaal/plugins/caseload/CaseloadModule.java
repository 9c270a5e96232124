package nl.regioportaal.plugins.caseload;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.plugins.api.MenuEntry;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.plugins.api.PluginUser;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.plugins.api.RegionInfo;
import nl.regioportaal.plugins.api.ScheduledTask;
import nl.regioportaal.plugins.api.Text;
import org.pf4j.Extension;

/**
 * Caseload dashboard: team leaders enter, per month, their team's cases per complexity class; the flat
 * caseload (count) and the weighted caseload (weights per class, set per municipality by its municipality
 * administrator) follow, with the trend per team and per municipality and a quarterly PDF report. A
 * monthly task reminds team leaders who have not entered last month's figures.
 *
 * <p>This class wires the plugin into the portal (permissions, views, menu, task, demo data) and checks
 * who may do what; the SQL is in {@link CaseloadStore}, the screens in {@link CaseloadScreens}, the
 * charts in {@link CaseloadCharts}.
 */
@Extension
public class CaseloadModule implements PortalModule {

    static final String ENTER = "caseload.enter";
    static final String VIEW = "caseload.view";
    /**
     * Weights are a municipality's own choice (how heavy its cases count), so its municipality
     * administrator sets them, for that municipality only. Region-wide staff would have to change every
     * municipality's numbers at once, and only see the plugin where it is enabled region-wide.
     */
    static final String WEIGHTS = "caseload.weights";

    private PluginContext context;
    private CaseloadStore store;
    private CaseloadScreens screens;

    @Override
    public Text name() {
        return Text.of("Caseload", "Caseload");
    }

    @Override
    public String icon() {
        return "vaadin:line-chart";
    }

    @Override
    public void start(PluginContext context) {
        this.context = context;
        this.store = new CaseloadStore(context.database());
        this.screens = new CaseloadScreens(context, this);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(
                        ENTER,
                        Text.of("Caseload invoeren voor het eigen team", "Enter the caseload of one's own team"),
                        Set.of("TEAM_LEADER")),
                new Permission(
                        VIEW,
                        Text.of("Caseload bekijken", "See the caseload"),
                        Set.of("TEAM_LEADER", "MANAGER", "MUNICIPALITY_ADMIN", "PROCESS_SUPERVISOR", "ADMIN")),
                new Permission(
                        WEIGHTS,
                        Text.of(
                                "Gewichten van de zwaarteklassen instellen voor de eigen gemeente",
                                "Set the complexity weights of one's own municipality"),
                        Set.of("MUNICIPALITY_ADMIN")));
    }

    @Override
    public List<PluginView> views() {
        return List.of(
                new PluginView("", Text.of("Caseload", "Caseload"), VIEW, () -> screens.dashboard()),
                new PluginView(
                        "gewichten",
                        Text.of("Caseload: gewichten", "Caseload: weights"),
                        WEIGHTS,
                        () -> screens.weightsScreen()));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("", Text.of("Caseload", "Caseload"), icon(), 520),
                new MenuEntry("gewichten", Text.of("Caseload-gewichten", "Caseload weights"), "vaadin:scale", 521));
    }

    @Override
    public List<ScheduledTask> tasks() {
        // 09:00 on the 5th of every month
        return List.of(new ScheduledTask("reminder", "0 0 9 5 * ?", this::remindMissingFigures));
    }

    // ---- weights ---------------------------------------------------------------------------------

    /** The weights of a municipality: its own where set, the plugin's defaults otherwise. */
    Weights weightsOf(long municipalityId) {
        return store.weightsOf(municipalityId);
    }

    /** Sets the weights of the user's own municipality (municipality administrators only). */
    void setWeights(Weights weights) {
        context.requirePermission(WEIGHTS);
        PluginUser user = context.currentUser();
        if (user.municipalityId() == null) {
            throw new IllegalArgumentException("weights belong to a municipality");
        }
        store.setWeights(user.municipalityId(), weights, user.personId());
    }

    // ---- figures ---------------------------------------------------------------------------------

    /** Stores (or replaces) a month's figures of one of the user's teams. */
    void enter(long teamId, YearMonth month, int light, int medium, int heavy) {
        context.requirePermission(ENTER);
        PluginUser user = context.currentUser();
        if (!user.teamIds().contains(teamId) || light < 0 || medium < 0 || heavy < 0) {
            throw new IllegalArgumentException("not allowed");
        }
        RegionInfo.Team team = context.region().team(teamId).orElseThrow();
        store.saveFigures(teamId, team.municipalityId(), month, light, medium, heavy, user.personId());
    }

    /** Figures visible to the user: their municipality's teams (all for region-wide staff), weighted with the team's municipality's weights. */
    List<Figure> figures() {
        context.requirePermission(VIEW);
        return store.figures(context.currentUser().municipalityId());
    }

    /** The quarterly report of the figures the user may see, as PDF. */
    byte[] quarterReport(QuarterReport.Quarter quarter) {
        List<Figure> figures =
                figures().stream().filter(f -> quarter.contains(f.month())).toList();
        Map<Long, RegionInfo.Team> teams =
                context.region().teams().stream().collect(Collectors.toMap(RegionInfo.Team::id, t -> t));
        Map<Long, String> municipalities = context.region().municipalities().stream()
                .collect(Collectors.toMap(RegionInfo.Municipality::id, RegionInfo.Municipality::name));
        List<QuarterReport.Row> rows = figures.stream()
                .map(f -> new QuarterReport.Row(
                        municipalities.getOrDefault(f.municipalityId(), "?"),
                        Optional.ofNullable(teams.get(f.teamId()))
                                .map(RegionInfo.Team::name)
                                .orElse("?"),
                        f.month(),
                        f.light(),
                        f.medium(),
                        f.heavy(),
                        f.weighted()))
                .toList();
        Map<String, Weights> weights = new HashMap<>();
        figures.stream()
                .map(Figure::municipalityId)
                .distinct()
                .forEach(m -> weights.put(municipalities.getOrDefault(m, "?"), weightsOf(m)));
        return QuarterReport.pdf(
                quarter, rows, weights, context.locale(), (key, params) -> context.translate(key, params));
    }

    // ---- personal data (API 1.4.0) ----------------------------------------------------------------

    /**
     * Who entered a team's figures and who set a municipality's weights, for the person's AVG export. There is
     * nothing to erase: the figures are the team's, and the bare person id that stays with them names nobody
     * once the portal has turned the person into an anonymous placeholder.
     */
    @Override
    public Map<String, Object> exportPersonalData(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> figures = store.figuresEnteredBy(personId);
        List<Map<String, Object>> weights = store.weightsSetBy(personId);
        if (!figures.isEmpty()) {
            data.put("figuresEntered", figures);
        }
        if (!weights.isEmpty()) {
            data.put("weightsSet", weights);
        }
        return data;
    }

    // ---- demo ------------------------------------------------------------------------------------

    /**
     * Demo: a year of figures for every team of the municipalities where the plugin is on, entered by the
     * team's leader; last month is left open for every other team, so that the reminder has work to do and
     * the demo team leader can enter it. Random around a team's own level (fixed seed).
     */
    @Override
    public void createDemoData() {
        Random random = new Random(2016);
        YearMonth lastMonth = YearMonth.from(LocalDate.now(context.clock())).minusMonths(1);
        Set<Long> enabled = context.enabledMunicipalityIds();
        if (store.hasFigures()) {
            return;
        }
        List<RegionInfo.Team> teams = context.region().teams().stream()
                .filter(t -> enabled.contains(t.municipalityId()))
                .sorted(Comparator.comparing(RegionInfo.Team::name))
                .toList();
        for (int t = 0; t < teams.size(); t++) {
            RegionInfo.Team team = teams.get(t);
            long leader = context.region().activeMembersOf(team.id()).stream()
                    .filter(p -> p.roles().contains("TEAM_LEADER"))
                    .map(RegionInfo.Person::id)
                    .findFirst()
                    .orElse(0L);
            int light = 10 + random.nextInt(20), medium = 15 + random.nextInt(20), heavy = 3 + random.nextInt(10);
            for (int back = 12; back >= (t % 2 == 0 ? 2 : 1); back--) {
                light = Math.max(0, light + random.nextInt(7) - 3);
                medium = Math.max(0, medium + random.nextInt(7) - 3);
                heavy = Math.max(0, heavy + random.nextInt(5) - 2);
                store.saveFigures(
                        team.id(),
                        team.municipalityId(),
                        lastMonth.minusMonths(back - 1),
                        light,
                        medium,
                        heavy,
                        leader);
            }
        }
    }

    // ---- reminder --------------------------------------------------------------------------------

    /**
     * Tells every team leader whose team has no figures for last month, in the municipalities where the
     * plugin is switched on (elsewhere they could not enter them: the link would be refused). Runs as the
     * system user.
     */
    void remindMissingFigures() {
        YearMonth month = YearMonth.from(LocalDate.now(context.clock())).minusMonths(1);
        Set<Long> done = store.teamsWithFigures(month);
        Set<Long> enabled = context.enabledMunicipalityIds();
        for (RegionInfo.Team team : context.region().teams()) {
            if (done.contains(team.id()) || !enabled.contains(team.municipalityId())) {
                continue;
            }
            context.region().activeMembersOf(team.id()).stream()
                    .filter(p -> p.roles().contains("TEAM_LEADER"))
                    .forEach(p -> context.notifier()
                            .notify(p.id(), "caseload.reminder", "plugin/caseload", team.name(), month));
        }
    }
}
