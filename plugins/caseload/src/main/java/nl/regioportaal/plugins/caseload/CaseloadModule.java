package nl.regioportaal.plugins.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Caseload dashboard: team leaders enter, per month, their team's cases per complexity class; the flat
 * caseload (count) and the weighted caseload (weights per class, configurable in the plugin's weight
 * table) follow, with the trend per team. A monthly task reminds team leaders who have not entered last
 * month's figures.
 */
@Extension
public class CaseloadModule implements PortalModule {

    static final String ENTER = "caseload.enter";
    static final String VIEW = "caseload.view";

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
                new Permission(ENTER, Text.of("Caseload invoeren voor het eigen team", "Enter the caseload of one's own team"), Set.of("TEAM_LEADER")),
                new Permission(VIEW, Text.of("Caseload bekijken", "See the caseload"),
                        Set.of("TEAM_LEADER", "MANAGER", "MUNICIPALITY_ADMIN", "PROCESS_SUPERVISOR", "ADMIN")));
    }

    @Override
    public List<PluginView> views() {
        return List.of(new PluginView("", Text.of("Caseload", "Caseload"), VIEW, this::dashboard));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("", Text.of("Caseload", "Caseload"), icon(), 520));
    }

    @Override
    public List<ScheduledTask> tasks() {
        // 09:00 on the 5th of every month
        return List.of(new ScheduledTask("reminder", "0 0 9 5 * ?", this::remindMissingFigures));
    }

    Map<String, BigDecimal> weights() {
        var db = context.database();
        return db.query("SELECT complexity, weight FROM " + db.table("weight"), r -> Map.entry(r.getString(1), r.getBigDecimal(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Stores (or replaces) a month's figures of one of the user's teams. */
    void enter(long teamId, YearMonth month, int light, int medium, int heavy) {
        context.requirePermission(ENTER);
        PluginUser user = context.currentUser();
        if (!user.teamIds().contains(teamId) || light < 0 || medium < 0 || heavy < 0) {
            throw new IllegalArgumentException("not allowed");
        }
        RegionInfo.Team team = context.region().team(teamId).orElseThrow();
        var db = context.database();
        db.update("REPLACE INTO " + db.table("figure") + " (team_id, municipality_id, month, light, medium, heavy, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                teamId, team.municipalityId(), month.toString(), light, medium, heavy, user.personId());
    }

    /** Figures visible to the user: their municipality's teams (all for region-wide staff). */
    List<Figure> figures() {
        context.requirePermission(VIEW);
        PluginUser user = context.currentUser();
        Map<String, BigDecimal> w = weights();
        var db = context.database();
        String where = user.municipalityId() == null ? "" : " WHERE municipality_id = " + user.municipalityId().longValue();
        return db.query("SELECT team_id, month, light, medium, heavy FROM " + db.table("figure") + where + " ORDER BY month, team_id",
                r -> {
                    int light = r.getInt("light"), medium = r.getInt("medium"), heavy = r.getInt("heavy");
                    BigDecimal weighted = w.get("light").multiply(BigDecimal.valueOf(light))
                            .add(w.get("medium").multiply(BigDecimal.valueOf(medium)))
                            .add(w.get("heavy").multiply(BigDecimal.valueOf(heavy)));
                    return new Figure(r.getLong("team_id"), r.getString("month"), light + medium + heavy, weighted);
                });
    }

    /** Tells every team leader whose team has no figures for last month. Runs as the system user. */
    void remindMissingFigures() {
        String month = YearMonth.from(LocalDate.now(context.clock())).minusMonths(1).toString();
        var db = context.database();
        Set<Long> done = Set.copyOf(db.query("SELECT team_id FROM " + db.table("figure") + " WHERE month = ?", r -> r.getLong(1), month));
        for (RegionInfo.Team team : context.region().teams()) {
            if (done.contains(team.id())) {
                continue;
            }
            context.region().activeMembersOf(team.id()).stream().filter(p -> p.roles().contains("TEAM_LEADER")).forEach(p ->
                    context.notifier().send(p.id(), "Caseload " + month + " nog invoeren",
                            "De caseload van " + team.name() + " over " + month + " is nog niet ingevoerd.", "plugin/caseload"));
        }
    }

    private Component dashboard() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        PluginUser user = context.currentUser();
        if (context.hasPermission(ENTER)) {
            List<RegionInfo.Team> teams = user.teamIds().stream().map(id -> context.region().team(id)).flatMap(Optional::stream).toList();
            ComboBox<RegionInfo.Team> team = new ComboBox<>(context.translate("caseload.team"), teams);
            team.setItemLabelGenerator(RegionInfo.Team::name);
            if (teams.size() == 1) {
                team.setValue(teams.getFirst());
            }
            IntegerField light = count("caseload.light");
            IntegerField medium = count("caseload.medium");
            IntegerField heavy = count("caseload.heavy");
            Paragraph message = new Paragraph();
            Button save = new Button(context.translate("caseload.save"), e -> {
                if (team.getValue() == null || light.getValue() == null || medium.getValue() == null || heavy.getValue() == null) {
                    message.setText(context.translate("caseload.incomplete"));
                    return;
                }
                enter(team.getValue().id(), YearMonth.from(LocalDate.now(context.clock())).minusMonths(1),
                        light.getValue(), medium.getValue(), heavy.getValue());
                message.setText(context.translate("caseload.saved"));
            });
            save.setId("caseload-save");
            layout.add(new Paragraph(context.translate("caseload.enter.intro",
                    YearMonth.from(LocalDate.now(context.clock())).minusMonths(1).toString())), team, light, medium, heavy, save, message);
        }
        List<Figure> figures = figures();
        Map<Long, String> names = context.region().teams().stream().collect(Collectors.toMap(RegionInfo.Team::id, RegionInfo.Team::name));
        Grid<Figure> grid = new Grid<>();
        grid.addColumn(f -> names.getOrDefault(f.teamId(), "?")).setHeader(context.translate("caseload.team"));
        grid.addColumn(Figure::month).setHeader(context.translate("caseload.month"));
        grid.addColumn(Figure::flat).setHeader(context.translate("caseload.flat"));
        grid.addColumn(f -> f.weighted().stripTrailingZeros().toPlainString()).setHeader(context.translate("caseload.weighted"));
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(context.translate("caseload.table"));
        grid.setId("caseload-grid");
        layout.add(grid);
        return layout;
    }

    private IntegerField count(String key) {
        IntegerField field = new IntegerField(context.translate(key));
        field.setMin(0);
        return field;
    }

    record Figure(long teamId, String month, int flat, BigDecimal weighted) {
    }
}
