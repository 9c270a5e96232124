package nl.regioportaal.plugins.quickscan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.regioportaal.plugins.api.MenuEntry;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.plugins.api.PluginUser;
import nl.regioportaal.plugins.api.PluginView;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.plugins.api.RegionInfo;
import nl.regioportaal.plugins.api.StartWidget;
import nl.regioportaal.plugins.api.SvgChart;
import nl.regioportaal.plugins.api.Text;
import org.pf4j.Extension;

/**
 * The "bollen-model" team quickscan: staff score their team on five dimensions (help, money, client,
 * neighbourhood, team), anonymously, once per quarter. A team's report marks are shown only when at least
 * five people answered, against the municipality and the average of all teams.
 */
@Extension
public class QuickscanModule implements PortalModule {

    static final String FILL = "quickscan.fill";
    static final String REPORT = "quickscan.report";

    private PluginContext context;
    private QuickscanStore store;

    @Override
    public Text name() {
        return Text.of("Quickscan", "Quickscan");
    }

    @Override
    public String icon() {
        return "vaadin:pie-chart";
    }

    @Override
    public void start(PluginContext context) {
        this.context = context;
        this.store = new QuickscanStore(context.database());
    }

    /**
     * The rounds the person took part in, for their AVG export (API 1.4.0). Their marks are not in it: answers
     * are stored without a person, so nobody, the portal included, can tell which marks are theirs.
     */
    @Override
    public Map<String, Object> exportPersonalData(long personId) {
        List<Map<String, Object>> rounds = store.participationOf(personId);
        return rounds.isEmpty() ? Map.of() : Map.of("roundsTakenPart", rounds);
    }

    /** Erasure forgets that the person took part; the anonymous marks stay in their team's figures. */
    @Override
    public void erasePersonalData(long personId) {
        store.forgetParticipation(personId);
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(
                        FILL,
                        Text.of("Quickscan invullen voor het eigen team", "Fill in the quickscan for one's own team"),
                        Set.of("PROFESSIONAL", "TEAM_LEADER")),
                new Permission(
                        REPORT,
                        Text.of("Rapportcijfers bekijken", "See the report marks"),
                        Set.of("TEAM_LEADER", "MANAGER", "MUNICIPALITY_ADMIN", "PROCESS_SUPERVISOR", "ADMIN")));
    }

    @Override
    public List<PluginView> views() {
        return List.of(
                new PluginView("", Text.of("Quickscan invullen", "Fill in the quickscan"), FILL, this::fillView),
                new PluginView(
                        "rapport",
                        Text.of("Quickscan: rapportcijfers", "Quickscan: report marks"),
                        REPORT,
                        this::reportView));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("", Text.of("Quickscan", "Quickscan"), icon(), 500),
                new MenuEntry("rapport", Text.of("Quickscan-rapport", "Quickscan report"), "vaadin:bar-chart", 501));
    }

    @Override
    public List<StartWidget> widgets() {
        return List.of(new StartWidget(Text.of("Quickscan", "Quickscan"), 40, REPORT, this::widget));
    }

    String currentRound() {
        return QuickscanStore.round(LocalDate.now(context.clock()));
    }

    /** Records one anonymous answer of the current user for one of their teams. */
    void answer(long teamId, Map<Dimension, Integer> marks) {
        context.requirePermission(FILL);
        PluginUser user = context.currentUser();
        if (!user.teamIds().contains(teamId)) {
            throw new IllegalArgumentException("not a member of team " + teamId);
        }
        RegionInfo.Team team = context.region().team(teamId).orElseThrow();
        String round = currentRound();
        if (store.hasAnswered(round, user.personId(), teamId)) {
            throw new IllegalStateException(context.translate("quickscan.already"));
        }
        store.answer(round, user.personId(), teamId, team.municipalityId(), marks);
    }

    /**
     * Demo: anonymous answers of this quarter for the first four teams (by name) of every municipality
     * where the quickscan is on: 8, 6 and 5 answers (report marks) and 3 (too few: no marks). Given by the
     * teams' professionals, so that they cannot answer again this quarter; demo accounts of other roles can.
     * Marks are random around a team's own level, the same on every demo (fixed seed).
     */
    @Override
    public void createDemoData() {
        String round = currentRound();
        Random random = new Random(2015);
        int[] answers = {8, 6, 5, 3};
        Set<Long> enabled = context.enabledMunicipalityIds();
        for (RegionInfo.Municipality municipality : context.region().municipalities()) {
            if (!enabled.contains(municipality.id())) {
                continue;
            }
            List<RegionInfo.Team> teams = context.region().teamsOf(municipality.id()).stream()
                    .sorted(Comparator.comparing(RegionInfo.Team::name))
                    .limit(answers.length)
                    .toList();
            for (int t = 0; t < teams.size(); t++) {
                RegionInfo.Team team = teams.get(t);
                if (store.answerCount(round, team.id()) > 0) {
                    continue;
                }
                int level = 5 + random.nextInt(4);
                List<RegionInfo.Person> professionals = context.region().activeMembersOf(team.id()).stream()
                        .filter(p -> p.roles().contains("PROFESSIONAL"))
                        .limit(answers[t])
                        .toList();
                for (RegionInfo.Person person : professionals) {
                    Map<Dimension, Integer> marks = new EnumMap<>(Dimension.class);
                    for (Dimension d : Dimension.values()) {
                        marks.put(d, Math.clamp(level + random.nextInt(5) - 2L, 1, 10));
                    }
                    store.answer(round, person.id(), team.id(), municipality.id(), marks);
                }
            }
        }
    }

    /** The teams whose report marks the user may see: own municipality, or all for region-wide staff. */
    List<RegionInfo.Team> reportTeams() {
        context.requirePermission(REPORT);
        PluginUser user = context.currentUser();
        return user.municipalityId() == null
                ? context.region().teams()
                : context.region().teamsOf(user.municipalityId());
    }

    private Component fillView() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        PluginUser user = context.currentUser();
        List<RegionInfo.Team> teams = user.teamIds().stream()
                .map(id -> context.region().team(id))
                .flatMap(Optional::stream)
                .toList();
        layout.add(new Paragraph(context.translate("quickscan.fill.intro", QuickscanStore.MIN_ANSWERS)));
        ComboBox<RegionInfo.Team> team = new ComboBox<>(context.translate("quickscan.team"), teams);
        team.setItemLabelGenerator(RegionInfo.Team::name);
        team.setRequiredIndicatorVisible(true);
        if (teams.size() == 1) {
            team.setValue(teams.getFirst());
        }
        Map<Dimension, IntegerField> fields = new EnumMap<>(Dimension.class);
        layout.add(team);
        for (Dimension d : Dimension.values()) {
            IntegerField field = new IntegerField(context.translate(d.key()));
            field.setMin(1);
            field.setMax(10);
            field.setStepButtonsVisible(true);
            field.setHelperText(context.translate(d.key() + ".help"));
            field.setRequiredIndicatorVisible(true);
            fields.put(d, field);
            layout.add(field);
        }
        Paragraph message = new Paragraph();
        message.setId("quickscan-message");
        Button submit = new Button(context.translate("quickscan.submit"), e -> {
            Map<Dimension, Integer> marks = new EnumMap<>(Dimension.class);
            fields.forEach((d, f) -> marks.put(d, f.getValue()));
            if (team.getValue() == null || marks.values().stream().anyMatch(m -> m == null || m < 1 || m > 10)) {
                message.setText(context.translate("quickscan.incomplete"));
                return;
            }
            try {
                answer(team.getValue().id(), marks);
                message.setText(context.translate("quickscan.thanks"));
                fields.values().forEach(IntegerField::clear);
            } catch (IllegalStateException already) {
                message.setText(already.getMessage());
            }
        });
        submit.setId("quickscan-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(submit, message);
        return layout;
    }

    private Component reportView() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        String round = currentRound();
        List<RegionInfo.Team> teams = reportTeams();
        Map<Long, QuickscanStore.TeamResult> all = store.teamResults(round);
        PluginUser user = context.currentUser();
        List<QuickscanStore.TeamResult> municipality = all.values().stream()
                .filter(t -> user.municipalityId() == null || t.municipalityId() == user.municipalityId())
                .toList();
        Map<Dimension, Double> regionAverage = QuickscanStore.average(List.copyOf(all.values()));
        Map<Dimension, Double> municipalityAverage = QuickscanStore.average(municipality);
        layout.add(new Paragraph(context.translate("quickscan.report.intro", round, QuickscanStore.MIN_ANSWERS)));

        List<Row> rows = new ArrayList<>();
        for (RegionInfo.Team team : teams) {
            QuickscanStore.TeamResult result = all.get(team.id());
            rows.add(new Row(
                    team.name(),
                    result == null ? store.answerCount(round, team.id()) : result.answers(),
                    result == null ? null : result.marks()));
        }
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::team)
                .setHeader(context.translate("quickscan.team"))
                .setKey("team-name")
                .setAutoWidth(true);
        grid.addColumn(Row::answers)
                .setHeader(context.translate("quickscan.answers"))
                .setKey("answers");
        for (Dimension d : Dimension.values()) {
            grid.addColumn(r -> r.marks() == null ? "–" : mark(r.marks().get(d)))
                    .setHeader(context.translate(d.key()))
                    .setKey(d.name().toLowerCase(Locale.ROOT));
        }
        grid.setId("quickscan-report");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(context.translate("quickscan.report.table"));
        layout.add(grid);

        List<String> labels = Arrays.stream(Dimension.values())
                .map(d -> context.translate(d.key()))
                .toList();
        List<SvgChart.Series> series = new ArrayList<>();
        // the user's own team first, where it has results
        user.teamIds().stream()
                .map(all::get)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(own -> series.add(
                        new SvgChart.Series(context.translate("quickscan.chart.own-team"), values(own.marks()))));
        series.add(new SvgChart.Series(context.translate("quickscan.chart.municipality"), values(municipalityAverage)));
        series.add(new SvgChart.Series(context.translate("quickscan.chart.region"), values(regionAverage)));
        layout.add(new H3(context.translate("quickscan.chart.title")));
        if (all.isEmpty()) {
            layout.add(new Paragraph(context.translate("quickscan.report.none", QuickscanStore.MIN_ANSWERS)));
        } else {
            Html chart = new Html("<div class=\"quickscan-chart\" style=\"width:100%;max-width:760px\">"
                    + SvgChart.bar(context.translate("quickscan.chart.title"), labels, series, 10.0) + "</div>");
            layout.add(chart);
        }
        return layout;
    }

    private Optional<Component> widget() {
        PluginUser user = context.currentUser();
        String round = currentRound();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (!user.teamIds().isEmpty()) {
            for (long teamId : user.teamIds()) {
                int n = store.answerCount(round, teamId);
                String team =
                        context.region().team(teamId).map(RegionInfo.Team::name).orElse("?");
                content.add(
                        new Paragraph(context.translate("quickscan.widget.team", team, n, QuickscanStore.MIN_ANSWERS)));
            }
        } else {
            long withResults = store.teamResults(round).values().stream()
                    .filter(t -> user.municipalityId() == null || t.municipalityId() == user.municipalityId())
                    .count();
            content.add(new Paragraph(context.translate("quickscan.widget.municipality", withResults)));
        }
        content.add(new Anchor("plugin/quickscan/rapport", context.translate("quickscan.widget.link")));
        return Optional.of(content);
    }

    private static List<Double> values(Map<Dimension, Double> marks) {
        return Arrays.stream(Dimension.values()).map(marks::get).toList();
    }

    private static String mark(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    record Row(String team, int answers, Map<Dimension, Double> marks) {}
}
