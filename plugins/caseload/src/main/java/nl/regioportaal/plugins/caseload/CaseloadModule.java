package nl.regioportaal.plugins.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
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

    static final Weights DEFAULT_WEIGHTS =
            new Weights(new BigDecimal("0.5"), new BigDecimal("1.0"), new BigDecimal("2.0"));

    /**
     * The chart's box: in the portal's column layout a div without a width shrinks to nothing, and an SVG
     * with only a viewBox then draws at 0 × 0 (seen in the browser, not in unit tests).
     */
    static final String CHART_STYLE = "width:100%;max-width:860px";

    private PluginContext context;

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
                new PluginView("", Text.of("Caseload", "Caseload"), VIEW, this::dashboard),
                new PluginView(
                        "gewichten",
                        Text.of("Caseload: gewichten", "Caseload: weights"),
                        WEIGHTS,
                        this::weightsScreen));
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
        return allWeights().getOrDefault(municipalityId, defaults());
    }

    private Weights defaults() {
        var db = context.database();
        Map<String, BigDecimal> w = db
                .query(
                        "SELECT complexity, weight FROM " + db.table("weight"),
                        r -> Map.entry(r.getString(1), r.getBigDecimal(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Weights(
                w.getOrDefault("light", DEFAULT_WEIGHTS.light()),
                w.getOrDefault("medium", DEFAULT_WEIGHTS.medium()),
                w.getOrDefault("heavy", DEFAULT_WEIGHTS.heavy()));
    }

    /** Per municipality with weights of its own. */
    private Map<Long, Weights> allWeights() {
        Weights d = defaults();
        var db = context.database();
        Map<Long, Map<String, BigDecimal>> rows = new HashMap<>();
        db.query("SELECT municipality_id, complexity, weight FROM " + db.table("municipality_weight"), r -> {
            rows.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getBigDecimal(3));
            return null;
        });
        Map<Long, Weights> result = new HashMap<>();
        rows.forEach((m, w) -> result.put(
                m,
                new Weights(
                        w.getOrDefault("light", d.light()),
                        w.getOrDefault("medium", d.medium()),
                        w.getOrDefault("heavy", d.heavy()))));
        return result;
    }

    /** Sets the weights of the user's own municipality (municipality administrators only). */
    void setWeights(Weights weights) {
        context.requirePermission(WEIGHTS);
        PluginUser user = context.currentUser();
        if (user.municipalityId() == null) {
            throw new IllegalArgumentException("weights belong to a municipality");
        }
        var db = context.database();
        db.inTransaction(() -> {
            for (var e : Map.of("light", weights.light(), "medium", weights.medium(), "heavy", weights.heavy())
                    .entrySet()) {
                db.update(
                        "REPLACE INTO " + db.table("municipality_weight")
                                + " (municipality_id, complexity, weight, changed_by) VALUES (?, ?, ?, ?)",
                        user.municipalityId(),
                        e.getKey(),
                        e.getValue(),
                        user.personId());
            }
            return null;
        });
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
        var db = context.database();
        db.update(
                "REPLACE INTO " + db.table("figure")
                        + " (team_id, municipality_id, month, light, medium, heavy, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                teamId,
                team.municipalityId(),
                month.toString(),
                light,
                medium,
                heavy,
                user.personId());
    }

    /** Figures visible to the user: their municipality's teams (all for region-wide staff), weighted with the team's municipality's weights. */
    List<Figure> figures() {
        context.requirePermission(VIEW);
        PluginUser user = context.currentUser();
        Map<Long, Weights> weights = allWeights();
        Weights d = defaults();
        var db = context.database();
        String where = user.municipalityId() == null
                ? ""
                : " WHERE municipality_id = " + user.municipalityId().longValue();
        return db.query(
                "SELECT team_id, municipality_id, month, light, medium, heavy FROM " + db.table("figure") + where
                        + " ORDER BY month, team_id",
                r -> {
                    long municipality = r.getLong("municipality_id");
                    int light = r.getInt("light"), medium = r.getInt("medium"), heavy = r.getInt("heavy");
                    return new Figure(
                            r.getLong("team_id"),
                            municipality,
                            YearMonth.parse(r.getString("month")),
                            light,
                            medium,
                            heavy,
                            weights.getOrDefault(municipality, d).weighted(light, medium, heavy));
                });
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
        var db = context.database();
        if (!db.query("SELECT 1 FROM " + db.table("figure") + " LIMIT 1", r -> 1)
                .isEmpty()) {
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
                db.update(
                        "INSERT INTO " + db.table("figure")
                                + " (team_id, municipality_id, month, light, medium, heavy, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        team.id(),
                        team.municipalityId(),
                        lastMonth.minusMonths(back - 1).toString(),
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
        String month =
                YearMonth.from(LocalDate.now(context.clock())).minusMonths(1).toString();
        var db = context.database();
        Set<Long> done = Set.copyOf(
                db.query("SELECT team_id FROM " + db.table("figure") + " WHERE month = ?", r -> r.getLong(1), month));
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

    // ---- charts ----------------------------------------------------------------------------------

    /** The weighted caseload per month, one line per team. */
    static String teamChart(String title, List<Figure> figures, Map<Long, String> teamNames) {
        List<YearMonth> months = months(figures);
        List<SvgLineChart.Series> series = new ArrayList<>();
        figures.stream()
                .map(Figure::teamId)
                .distinct()
                .sorted(Comparator.comparing(id -> teamNames.getOrDefault(id, "?")))
                .forEach(team -> series.add(new SvgLineChart.Series(
                        teamNames.getOrDefault(team, "?"),
                        values(
                                months,
                                figures.stream().filter(f -> f.teamId() == team).toList()))));
        return SvgLineChart.render(
                title, months.stream().map(YearMonth::toString).toList(), series);
    }

    /**
     * Per month the mean weighted caseload of a municipality's teams that entered figures, one line per
     * municipality. A mean, not a sum: a sum drops whenever some teams have not entered the month yet.
     */
    static String municipalityChart(String title, List<Figure> figures, Map<Long, String> municipalityNames) {
        List<YearMonth> months = months(figures);
        List<SvgLineChart.Series> series = new ArrayList<>();
        figures.stream()
                .map(Figure::municipalityId)
                .distinct()
                .sorted(Comparator.comparing(id -> municipalityNames.getOrDefault(id, "?")))
                .forEach(m -> series.add(new SvgLineChart.Series(
                        municipalityNames.getOrDefault(m, "?"),
                        means(
                                months,
                                figures.stream()
                                        .filter(f -> f.municipalityId() == m)
                                        .toList()))));
        return SvgLineChart.render(
                title, months.stream().map(YearMonth::toString).toList(), series);
    }

    private static List<YearMonth> months(List<Figure> figures) {
        TreeSet<YearMonth> present = figures.stream().map(Figure::month).collect(Collectors.toCollection(TreeSet::new));
        List<YearMonth> months = new ArrayList<>();
        if (!present.isEmpty()) {
            // every month from the first to the last, so that a missing month shows as a gap; at most two years
            YearMonth first = present.first().isBefore(present.last().minusMonths(23))
                    ? present.last().minusMonths(23)
                    : present.first();
            for (YearMonth m = first; !m.isAfter(present.last()); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return months;
    }

    /** Per month the sum of the figures' weighted caseload, or null where there are none. */
    private static List<Double> values(List<YearMonth> months, List<Figure> figures) {
        Map<YearMonth, Double> sums = figures.stream()
                .collect(Collectors.groupingBy(
                        Figure::month,
                        Collectors.summingDouble(f -> f.weighted().doubleValue())));
        return months.stream().map(sums::get).toList();
    }

    /** Per month the mean of the figures' weighted caseload, or null where there are none. */
    private static List<Double> means(List<YearMonth> months, List<Figure> figures) {
        Map<YearMonth, Double> means = figures.stream()
                .collect(Collectors.groupingBy(
                        Figure::month,
                        Collectors.averagingDouble(f -> f.weighted().doubleValue())));
        return months.stream().map(means::get).toList();
    }

    // ---- screens ---------------------------------------------------------------------------------

    private Component dashboard() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        PluginUser user = context.currentUser();
        if (context.hasPermission(ENTER)) {
            layout.add(entryForm(user));
        }
        List<Figure> figures = figures();
        Map<Long, String> names =
                context.region().teams().stream().collect(Collectors.toMap(RegionInfo.Team::id, RegionInfo.Team::name));
        Map<Long, String> municipalityNames = context.region().municipalities().stream()
                .collect(Collectors.toMap(RegionInfo.Municipality::id, RegionInfo.Municipality::name));

        if (figures.isEmpty()) {
            layout.add(new Paragraph(context.translate("caseload.none")));
        } else {
            Html teams = new Html("<div class=\"caseload-chart\" data-chart=\"team\" style=\"" + CHART_STYLE + "\">"
                    + teamChart(context.translate("caseload.chart.team"), figures, names) + "</div>");
            Html municipalities = new Html("<div class=\"caseload-chart\" data-chart=\"municipality\" style=\""
                    + CHART_STYLE + "\">"
                    + municipalityChart(context.translate("caseload.chart.municipality"), figures, municipalityNames)
                    + "</div>");
            layout.add(teams, municipalities);
            layout.add(reportDownload(figures));
        }

        Grid<Figure> grid = new Grid<>();
        grid.addColumn(f -> names.getOrDefault(f.teamId(), "?"))
                .setHeader(context.translate("caseload.team"))
                .setKey("team")
                .setAutoWidth(true);
        grid.addColumn(f -> f.month().toString())
                .setHeader(context.translate("caseload.month"))
                .setKey("month");
        grid.addColumn(Figure::light)
                .setHeader(context.translate("caseload.light.short"))
                .setKey("light");
        grid.addColumn(Figure::medium)
                .setHeader(context.translate("caseload.medium.short"))
                .setKey("medium");
        grid.addColumn(Figure::heavy)
                .setHeader(context.translate("caseload.heavy.short"))
                .setKey("heavy");
        grid.addColumn(Figure::flat)
                .setHeader(context.translate("caseload.flat"))
                .setKey("flat")
                .setAutoWidth(true);
        NumberFormat number = NumberFormat.getNumberInstance(context.locale());
        number.setMaximumFractionDigits(2);
        grid.addColumn(f -> number.format(f.weighted()))
                .setHeader(context.translate("caseload.weighted"))
                .setKey("weighted")
                .setAutoWidth(true);
        // newest first: the table is the accessible alternative to the charts and the latest month matters most
        grid.setItems(figures.reversed());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(context.translate("caseload.table"));
        grid.setId("caseload-grid");
        layout.add(new H3(context.translate("caseload.table")), grid);
        return layout;
    }

    private Component entryForm(PluginUser user) {
        YearMonth lastMonth = YearMonth.from(LocalDate.now(context.clock())).minusMonths(1);
        List<RegionInfo.Team> teams = user.teamIds().stream()
                .map(id -> context.region().team(id))
                .flatMap(Optional::stream)
                .toList();
        ComboBox<RegionInfo.Team> team = new ComboBox<>(context.translate("caseload.team"), teams);
        team.setItemLabelGenerator(RegionInfo.Team::name);
        if (teams.size() == 1) {
            team.setValue(teams.getFirst());
        }
        IntegerField light = count("caseload.light");
        IntegerField medium = count("caseload.medium");
        IntegerField heavy = count("caseload.heavy");
        Paragraph message = new Paragraph();
        message.setId("caseload-message");
        message.getElement().setAttribute("role", "status");
        Button save = new Button(context.translate("caseload.save"), e -> {
            if (team.getValue() == null
                    || light.getValue() == null
                    || medium.getValue() == null
                    || heavy.getValue() == null
                    || light.getValue() < 0
                    || medium.getValue() < 0
                    || heavy.getValue() < 0) {
                message.setText(context.translate("caseload.incomplete"));
                return;
            }
            enter(team.getValue().id(), lastMonth, light.getValue(), medium.getValue(), heavy.getValue());
            message.setText(context.translate("caseload.saved"));
        });
        save.setId("caseload-save");
        VerticalLayout form = new VerticalLayout(
                new Paragraph(context.translate("caseload.enter.intro", lastMonth.toString())),
                team,
                new HorizontalLayout(light, medium, heavy),
                save,
                message);
        form.setPadding(false);
        return form;
    }

    /** Quarter choice and a link that builds the PDF when clicked (with the figures of that moment). */
    private Component reportDownload(List<Figure> figures) {
        List<QuarterReport.Quarter> quarters = figures.stream()
                .map(f -> QuarterReport.Quarter.of(f.month()))
                .distinct()
                .sorted(Comparator.comparing(QuarterReport.Quarter::toString).reversed())
                .toList();
        ComboBox<QuarterReport.Quarter> quarter =
                new ComboBox<>(context.translate("caseload.report.quarter"), quarters);
        quarter.setItemLabelGenerator(QuarterReport.Quarter::toString);
        quarter.setValue(quarters.getFirst());
        quarter.setAllowCustomValue(false);
        quarter.setId("caseload-quarter");
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    QuarterReport.Quarter q =
                            Optional.ofNullable(quarter.getValue()).orElse(quarters.getFirst());
                    byte[] pdf = quarterReport(q);
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), "caseload-" + q + ".pdf", "application/pdf", pdf.length);
                }),
                context.translate("caseload.report.download"));
        download.setId("caseload-report");
        HorizontalLayout row = new HorizontalLayout(quarter, download);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component weightsScreen() {
        context.requirePermission(WEIGHTS);
        PluginUser user = context.currentUser();
        Weights current = weightsOf(user.municipalityId());
        String municipality = context.region().municipalities().stream()
                .filter(m -> m.id() == user.municipalityId())
                .map(RegionInfo.Municipality::name)
                .findFirst()
                .orElse("?");
        BigDecimalField light = weight("caseload.light", current.light());
        BigDecimalField medium = weight("caseload.medium", current.medium());
        BigDecimalField heavy = weight("caseload.heavy", current.heavy());
        Paragraph message = new Paragraph();
        message.setId("caseload-weights-message");
        message.getElement().setAttribute("role", "status");
        Button save = new Button(context.translate("caseload.save"), e -> {
            Weights w;
            try {
                w = new Weights(light.getValue(), medium.getValue(), heavy.getValue());
            } catch (IllegalArgumentException invalid) {
                message.setText(context.translate("caseload.weights.invalid"));
                return;
            }
            setWeights(w);
            message.setText(context.translate("caseload.weights.saved", municipality));
        });
        save.setId("caseload-weights-save");
        VerticalLayout layout = new VerticalLayout(
                new Paragraph(context.translate("caseload.weights.intro", municipality)),
                new HorizontalLayout(light, medium, heavy),
                save,
                message);
        layout.setPadding(false);
        return layout;
    }

    private BigDecimalField weight(String key, BigDecimal value) {
        BigDecimalField field = new BigDecimalField(context.translate(key));
        field.setValue(value.stripTrailingZeros());
        field.setHelperText(context.translate("caseload.weights.help"));
        return field;
    }

    private IntegerField count(String key) {
        IntegerField field = new IntegerField(context.translate(key));
        field.setMin(0);
        return field;
    }

    record Figure(
            long teamId, long municipalityId, YearMonth month, int light, int medium, int heavy, BigDecimal weighted) {
        int flat() {
            return light + medium + heavy;
        }
    }
}
