package nl.regioportaal.plugins.caseload;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.plugins.api.PluginDatabase;

/**
 * The plugin's SQL: figures per team and month, and the weights (the plugin's defaults and each
 * municipality's own). No permission checks here: {@link CaseloadModule} decides who may call what.
 */
class CaseloadStore {

    static final Weights DEFAULT_WEIGHTS =
            new Weights(new BigDecimal("0.5"), new BigDecimal("1.0"), new BigDecimal("2.0"));

    private final PluginDatabase db;

    CaseloadStore(PluginDatabase db) {
        this.db = db;
    }

    // ---- weights ---------------------------------------------------------------------------------

    /** The weights of a municipality: its own where set, the plugin's defaults otherwise. */
    Weights weightsOf(long municipalityId) {
        return municipalityWeights().getOrDefault(municipalityId, defaults());
    }

    /** The plugin's defaults (table {@code weight}), per class falling back to {@link #DEFAULT_WEIGHTS}. */
    Weights defaults() {
        Map<String, BigDecimal> w = db
                .query(
                        "SELECT complexity, weight FROM " + db.table("weight"),
                        r -> Map.entry(r.getString(1), r.getBigDecimal(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return withDefaults(w, DEFAULT_WEIGHTS);
    }

    /** Per municipality with weights of its own; a class it did not set takes the plugin's default. */
    Map<Long, Weights> municipalityWeights() {
        Weights d = defaults();
        Map<Long, Map<String, BigDecimal>> rows = new HashMap<>();
        db.query("SELECT municipality_id, complexity, weight FROM " + db.table("municipality_weight"), r -> {
            rows.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getBigDecimal(3));
            return null;
        });
        Map<Long, Weights> result = new HashMap<>();
        rows.forEach((m, w) -> result.put(m, withDefaults(w, d)));
        return result;
    }

    private static Weights withDefaults(Map<String, BigDecimal> perClass, Weights defaults) {
        return new Weights(
                perClass.getOrDefault("light", defaults.light()),
                perClass.getOrDefault("medium", defaults.medium()),
                perClass.getOrDefault("heavy", defaults.heavy()));
    }

    /** Sets all three weights of a municipality at once. */
    void setWeights(long municipalityId, Weights weights, long changedBy) {
        db.inTransaction(() -> {
            for (var e : Map.of("light", weights.light(), "medium", weights.medium(), "heavy", weights.heavy())
                    .entrySet()) {
                db.update(
                        "REPLACE INTO " + db.table("municipality_weight")
                                + " (municipality_id, complexity, weight, changed_by) VALUES (?, ?, ?, ?)",
                        municipalityId,
                        e.getKey(),
                        e.getValue(),
                        changedBy);
            }
            return null;
        });
    }

    /** The weights a person set last, for their AVG export: municipality, case class and weight. */
    List<Map<String, Object>> weightsSetBy(long personId) {
        return db.query(
                "SELECT municipality_id, complexity, weight FROM " + db.table("municipality_weight")
                        + " WHERE changed_by = ? ORDER BY municipality_id, complexity",
                r -> Map.of(
                        "municipalityId", r.getLong("municipality_id"),
                        "complexity", r.getString("complexity"),
                        "weight", r.getBigDecimal("weight")),
                personId);
    }

    // ---- figures ---------------------------------------------------------------------------------

    /** The months of figures a person entered, for their AVG export: team and month. */
    List<Map<String, Object>> figuresEnteredBy(long personId) {
        return db.query(
                "SELECT team_id, month FROM " + db.table("figure") + " WHERE entered_by = ? ORDER BY month, team_id",
                r -> Map.of("teamId", r.getLong("team_id"), "month", r.getString("month")),
                personId);
    }

    /** Stores (or replaces) a team's figures of a month. */
    void saveFigures(
            long teamId, long municipalityId, YearMonth month, int light, int medium, int heavy, long enteredBy) {
        db.update(
                "REPLACE INTO " + db.table("figure")
                        + " (team_id, municipality_id, month, light, medium, heavy, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                teamId,
                municipalityId,
                month.toString(),
                light,
                medium,
                heavy,
                enteredBy);
    }

    /**
     * The figures of one municipality's teams, or of all teams when {@code municipalityId} is null,
     * oldest first, each weighted with its team's municipality's weights.
     */
    List<Figure> figures(Long municipalityId) {
        Map<Long, Weights> weights = municipalityWeights();
        Weights d = defaults();
        String sql = "SELECT team_id, municipality_id, month, light, medium, heavy FROM " + db.table("figure")
                + (municipalityId == null ? "" : " WHERE municipality_id = ?") + " ORDER BY month, team_id";
        Object[] params = municipalityId == null ? new Object[0] : new Object[] {municipalityId};
        return db.query(
                sql,
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
                },
                params);
    }

    boolean hasFigures() {
        return !db.query("SELECT 1 FROM " + db.table("figure") + " LIMIT 1", r -> 1)
                .isEmpty();
    }

    /** The teams that entered figures for the month. */
    Set<Long> teamsWithFigures(YearMonth month) {
        return Set.copyOf(db.query(
                "SELECT team_id FROM " + db.table("figure") + " WHERE month = ?", r -> r.getLong(1), month.toString()));
    }
}
