package nl.regioportaal.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.training.ComplianceService.Level;
import nl.regioportaal.training.ComplianceService.Rollup;

/** Team counts summed to municipalities and the region, so the roll-ups add up by construction. */
final class ComplianceRollups {

    private ComplianceRollups() {}

    /** One group of the roll-up aggregate: a team's (person, course) pairs in one state. */
    record TeamCount(long teamId, long municipalityId, TrainingState state, long pairs, long matching) {}

    /** Names from the region module, by id. */
    record Names(String region, Map<Long, String> teams, Map<Long, String> municipalities) {}

    private static final class Tally {
        final Map<TrainingState, Long> counts = new EnumMap<>(TrainingState.class);
        long matching;

        void add(TeamCount c) {
            counts.merge(c.state(), c.pairs(), Long::sum);
            matching += c.matching();
        }

        Rollup rollup(Level level, Long id, Long parentId, String name) {
            long required = counts.values().stream().mapToLong(Long::longValue).sum();
            long compliant = counts.entrySet().stream()
                    .filter(e -> e.getKey().compliant())
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            return new Rollup(level, id, parentId, name, required, compliant, matching, Map.copyOf(counts));
        }
    }

    /** Region first, then municipalities and teams by name. */
    static List<Rollup> sum(List<TeamCount> counts, Names names) {
        Map<Long, Tally> perTeam = new HashMap<>();
        Map<Long, Long> teamMunicipality = new HashMap<>();
        Map<Long, Tally> perMunicipality = new HashMap<>();
        Tally region = new Tally();
        for (TeamCount c : counts) {
            teamMunicipality.put(c.teamId(), c.municipalityId());
            perTeam.computeIfAbsent(c.teamId(), k -> new Tally()).add(c);
            perMunicipality
                    .computeIfAbsent(c.municipalityId(), k -> new Tally())
                    .add(c);
            region.add(c);
        }
        List<Rollup> all = new ArrayList<>();
        all.add(region.rollup(Level.REGION, null, null, names.region));
        List<Rollup> municipalities = new ArrayList<>();
        perMunicipality.forEach((id, t) -> municipalities.add(
                t.rollup(Level.MUNICIPALITY, id, null, names.municipalities().getOrDefault(id, "?"))));
        municipalities.sort(Comparator.comparing(Rollup::name));
        all.addAll(municipalities);
        List<Rollup> teams = new ArrayList<>();
        perTeam.forEach((id, t) -> teams.add(
                t.rollup(Level.TEAM, id, teamMunicipality.get(id), names.teams().getOrDefault(id, "?"))));
        teams.sort(Comparator.comparing(Rollup::name));
        all.addAll(teams);
        return all;
    }
}
