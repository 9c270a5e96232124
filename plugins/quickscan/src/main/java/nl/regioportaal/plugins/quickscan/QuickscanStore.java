package nl.regioportaal.plugins.quickscan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.plugins.api.PluginDatabase;

/** Answers and results. A team's marks are only ever returned when at least {@link #MIN_ANSWERS} people answered. */
class QuickscanStore {

    static final int MIN_ANSWERS = 5;

    private final PluginDatabase db;

    QuickscanStore(PluginDatabase db) {
        this.db = db;
    }

    /** The round is the quarter: "2026-Q4". */
    static String round(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    boolean hasAnswered(String round, long personId, long teamId) {
        return !db.query(
                        "SELECT 1 FROM " + db.table("participation")
                                + " WHERE round = ? AND person_id = ? AND team_id = ?",
                        r -> 1,
                        round,
                        personId,
                        teamId)
                .isEmpty();
    }

    /** The rounds a person took part in, per team, for their AVG export (their marks cannot be told apart). */
    List<Map<String, Object>> participationOf(long personId) {
        return db.query(
                "SELECT round, team_id FROM " + db.table("participation")
                        + " WHERE person_id = ? ORDER BY round, team_id",
                r -> Map.of("round", r.getString("round"), "teamId", r.getLong("team_id")),
                personId);
    }

    /** Forgets that a person took part; their anonymous marks stay in the team's figures. */
    void forgetParticipation(long personId) {
        db.update("DELETE FROM " + db.table("participation") + " WHERE person_id = ?", personId);
    }

    /** Stores the answer and, separately, that the person took part. */
    void answer(String round, long personId, long teamId, long municipalityId, Map<Dimension, Integer> marks) {
        marks.values().forEach(m -> {
            if (m == null || m < 1 || m > 10) {
                throw new IllegalArgumentException("mark out of range");
            }
        });
        db.inTransaction(() -> {
            db.update(
                    "INSERT INTO " + db.table("participation") + " (round, person_id, team_id) VALUES (?, ?, ?)",
                    round,
                    personId,
                    teamId);
            db.update(
                    "INSERT INTO " + db.table("answer")
                            + " (round, team_id, municipality_id, help, money, client, neighbourhood, team) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    round,
                    teamId,
                    municipalityId,
                    marks.get(Dimension.HELP),
                    marks.get(Dimension.MONEY),
                    marks.get(Dimension.CLIENT),
                    marks.get(Dimension.NEIGHBOURHOOD),
                    marks.get(Dimension.TEAM));
            return null;
        });
    }

    int answerCount(String round, long teamId) {
        return db.query(
                        "SELECT COUNT(*) n FROM " + db.table("answer") + " WHERE round = ? AND team_id = ?",
                        r -> r.getInt("n"),
                        round,
                        teamId)
                .getFirst();
    }

    /** Average marks per team that reached the minimum, for the round. */
    Map<Long, TeamResult> teamResults(String round) {
        Map<Long, TeamResult> results = new LinkedHashMap<>();
        db.query(
                        "SELECT team_id, municipality_id, COUNT(*) n, AVG(help) help, AVG(money) money, AVG(client) client, "
                                + "AVG(neighbourhood) neighbourhood, AVG(team) team FROM " + db.table("answer")
                                + " WHERE round = ? GROUP BY team_id, municipality_id HAVING COUNT(*) >= ?",
                        r -> {
                            Map<Dimension, Double> marks = new EnumMap<>(Dimension.class);
                            for (Dimension d : Dimension.values()) {
                                marks.put(d, r.getDouble(d.column));
                            }
                            return new TeamResult(
                                    r.getLong("team_id"), r.getLong("municipality_id"), r.getInt("n"), marks);
                        },
                        round,
                        MIN_ANSWERS)
                .forEach(t -> results.put(t.teamId(), t));
        return results;
    }

    /** Mean of the team means (each team counts once, however many answered). */
    static Map<Dimension, Double> average(List<TeamResult> teams) {
        Map<Dimension, Double> average = new EnumMap<>(Dimension.class);
        if (teams.isEmpty()) {
            return average;
        }
        for (Dimension d : Dimension.values()) {
            average.put(
                    d,
                    teams.stream().mapToDouble(t -> t.marks().get(d)).average().orElse(0));
        }
        return average;
    }

    record TeamResult(long teamId, long municipalityId, int answers, Map<Dimension, Double> marks) {}
}
