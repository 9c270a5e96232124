package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.training.ComplianceService.Filter;
import nl.regioportaal.training.ComplianceService.Sort;

/**
 * The SQL conditions of one overview request: which members (scope, place filters and, through
 * their status rows, course and state filters), which status rows count in the roll-ups, and which
 * of those match the state filter. Built from ids and enum names only, every value bound.
 */
record ComplianceSql(
        String memberSql,
        List<Object> memberArgs,
        String rollupSql,
        List<Object> rollupArgs,
        String matchSql,
        List<Object> matchArgs) {

    /** Where the user may look: null means "no limit". */
    record Scope(Long municipalityId, Set<Long> teamIds) {}

    /** States that count as "achter" whatever the date; TO_DO counts when its deadline is near. */
    static final Set<TrainingState> BEHIND =
            Set.of(TrainingState.OVERDUE, TrainingState.EXPIRED, TrainingState.EXPIRING);

    static ComplianceSql of(Scope scope, Filter filter, LocalDate today) {
        StringBuilder place = new StringBuilder("1 = 1");
        List<Object> placeArgs = new ArrayList<>();
        if (scope.municipalityId() != null) {
            place.append(" and m.municipality_id = ?");
            placeArgs.add(scope.municipalityId());
        }
        if (scope.teamIds() != null) {
            place.append(" and m.team_id in (")
                    .append(marks(scope.teamIds().size()))
                    .append(")");
            placeArgs.addAll(scope.teamIds());
        }
        if (filter.municipalityId() != null) {
            place.append(" and m.municipality_id = ?");
            placeArgs.add(filter.municipalityId());
        }
        if (filter.teamId() != null) {
            place.append(" and m.team_id = ?");
            placeArgs.add(filter.teamId());
        }
        String course = filter.courseId() == null ? "" : " and s.course_id = ?";
        List<Object> courseArgs = filter.courseId() == null ? List.of() : List.of(filter.courseId());

        StringBuilder match = new StringBuilder("1 = 1");
        List<Object> matchArgs = new ArrayList<>();
        if (!filter.states().isEmpty()) {
            match.append(" and s.state in (")
                    .append(marks(filter.states().size()))
                    .append(")");
            filter.states().stream().map(Enum::name).sorted().forEach(matchArgs::add);
        }
        if (filter.behind()) {
            match.append(" and (s.state in (")
                    .append(marks(BEHIND.size()))
                    .append(") or (s.state = 'TO_DO' and s.deadline <= ?))");
            BEHIND.stream().map(Enum::name).sorted().forEach(matchArgs::add);
            matchArgs.add(today.plusDays(StatusRefresher.DUE_SOON_DAYS));
        }
        boolean matching = filter.courseId() != null || filter.matchesStates();
        // only people with at least one (matching) mandatory course are rows of the matrix
        String memberSql = matching
                ? place + " and exists (select 1 from training_status s where s.person_id = m.person_id" + course
                        + " and " + match + ")"
                : place + " and m.required_count > 0";
        List<Object> memberArgs = new ArrayList<>(placeArgs);
        if (matching) {
            memberArgs.addAll(courseArgs);
            memberArgs.addAll(matchArgs);
        }
        // the status table carries the same scope columns, so its roll-up needs no join
        List<Object> rollupArgs = new ArrayList<>(placeArgs);
        rollupArgs.addAll(courseArgs);
        return new ComplianceSql(
                memberSql,
                memberArgs,
                place.toString().replace("m.", "s.") + course,
                rollupArgs,
                match.toString(),
                matchArgs);
    }

    /**
     * Team and municipality live in the region module; their names are sorted here and handed to
     * MariaDB's {@code field()} as an order of ids, so a page of a sorted table is still one query.
     */
    static String orderBy(Sort sort, Map<Long, String> teams, Map<Long, String> municipalities) {
        String direction = sort.descending() ? " desc" : "";
        String byName = "m.display_name" + direction + ", m.person_id" + direction;
        return switch (sort.key()) {
            case NAME -> byName;
            case TEAM -> "field(m.team_id, " + idsByName(teams) + ")" + direction + ", " + byName;
            case MUNICIPALITY ->
                "field(m.municipality_id, " + idsByName(municipalities) + ")" + direction + ", " + byName;
        };
    }

    private static String idsByName(Map<Long, String> names) {
        String ids = names.entrySet().stream()
                .sorted(Map.Entry.<Long, String>comparingByValue(String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.valueOf(e.getKey()))
                .collect(Collectors.joining(","));
        return ids.isEmpty() ? "0" : ids;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
