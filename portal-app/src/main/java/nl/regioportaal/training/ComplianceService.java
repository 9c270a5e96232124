package nl.regioportaal.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.UserScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance overview: person x mandatory course, with roll-ups per team, municipality and
 * region. Team leaders see their team, managers their municipality, the process supervisor the
 * region. Reads the read model that {@link StatusRefresher} writes, with a fixed number of
 * statements per page whatever its size (no query per row).
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    public enum Level {
        TEAM,
        MUNICIPALITY,
        REGION
    }

    public record Filter(Long municipalityId, Long teamId, Long courseId, TrainingState state) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    public record CourseColumn(long id, String title) {}

    public record Cell(TrainingState state, LocalDate deadline, LocalDate validUntil) {}

    public record Row(long personId, String name, String teamName, String municipalityName, Map<Long, Cell> cells) {}

    public record Rollup(
            Level level, Long id, String name, long required, long compliant, Map<TrainingState, Long> counts) {
        /** Share of required (person, course) pairs that are met, in whole percent rounded half up. */
        public BigDecimal percent() {
            return required == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(compliant * 100).divide(BigDecimal.valueOf(required), 1, RoundingMode.HALF_UP);
        }
    }

    public record Page(List<CourseColumn> courses, List<Row> rows, long totalRows, List<Rollup> rollups) {
        public Rollup region() {
            return rollups.stream()
                    .filter(r -> r.level() == Level.REGION)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Where the user may look: null lists mean "no limit". */
    private record Scope(Long municipalityId, Set<Long> teamIds) {}

    private final JdbcTemplate jdbc;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;

    ComplianceService(JdbcTemplate jdbc, RegionDirectory directory, CurrentUser currentUser, AccessPolicy access) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** The first or a later page of the matrix with the roll-ups: what the overview shows at once. */
    public Page page(Filter filter, int offset, int limit) {
        PortalUser user = currentUser.require();
        Scope scope = scope(user, filter);
        Where where = where(scope, filter);
        Names names = names();
        return new Page(
                mandatoryCourses(),
                rows(where, names, offset, limit),
                count(where),
                visibleLevels(access.overviewScope(user), rollups(where, names)));
    }

    /** Rows only (scrolling the matrix). */
    public List<Row> rows(Filter filter, int offset, int limit) {
        return rows(where(scope(currentUser.require(), filter), filter), names(), offset, limit);
    }

    public long count(Filter filter) {
        return count(where(scope(currentUser.require(), filter), filter));
    }

    public List<Rollup> rollups(Filter filter) {
        PortalUser user = currentUser.require();
        return visibleLevels(access.overviewScope(user), rollups(where(scope(user, filter), filter), names()));
    }

    /** The sum over everything the user may see (their team, municipality or the region), for summary cards. */
    public Rollup scopeTotal(Filter filter) {
        return rollups(where(scope(currentUser.require(), filter), filter), names()).stream()
                .filter(r -> r.level() == Level.REGION)
                .findFirst()
                .orElseThrow();
    }

    /**
     * A team leader's totals are their team's, a manager's their municipality's: a "region" row
     * holding only those numbers would mislead, so roll-ups start at the level of the user's scope.
     */
    private static List<Rollup> visibleLevels(UserScope scope, List<Rollup> rollups) {
        boolean regionWide = scope instanceof UserScope.Region;
        boolean municipal = regionWide || scope instanceof UserScope.Municipality;
        return rollups.stream()
                .filter(r -> switch (r.level()) {
                    case REGION -> regionWide;
                    case MUNICIPALITY -> municipal;
                    case TEAM -> true;
                })
                .toList();
    }

    private long count(Where where) {
        Long total = jdbc.queryForObject(
                "select count(*) from training_member m where " + where.sql, Long.class, where.args.toArray());
        return total == null ? 0 : total;
    }

    private List<Row> rows(Where where, Names names, int offset, int limit) {
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        List<Member> members = jdbc.query(
                "select m.person_id, m.display_name, m.team_id, m.municipality_id from training_member m where "
                        + where.sql + " order by m.display_name, m.person_id limit ? offset ?",
                (rs, i) -> new Member(
                        rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class)),
                args.toArray());
        return rows(members, names);
    }

    /** Every row in scope and filter, for export. */
    public Page all(Filter filter) {
        return page(filter, 0, Integer.MAX_VALUE);
    }

    public List<MunicipalityRef> selectableMunicipalities() {
        PortalUser user = currentUser.require();
        Scope scope = scope(user, Filter.none());
        return directory.municipalities().stream()
                .filter(m -> scope.municipalityId == null || scope.municipalityId == m.id())
                .filter(m -> scope.teamIds == null
                        || directory.teamsOf(m.id()).stream().anyMatch(t -> scope.teamIds.contains(t.id())))
                .toList();
    }

    public List<TeamRef> selectableTeams() {
        PortalUser user = currentUser.require();
        Scope scope = scope(user, Filter.none());
        return directory.teams().stream()
                .filter(t -> scope.municipalityId == null || scope.municipalityId == t.municipalityId())
                .filter(t -> scope.teamIds == null || scope.teamIds.contains(t.id()))
                .toList();
    }

    public List<CourseColumn> mandatoryCourses() {
        currentUser.require();
        return jdbc.query(
                "select c.id, c.title from course c join training_plan p on p.id = c.plan_id "
                        + "where p.published = true and c.mandatory = true order by c.title",
                (rs, i) -> new CourseColumn(rs.getLong(1), rs.getString(2)));
    }

    private Scope scope(PortalUser user, Filter filter) {
        Scope scope = switch (access.overviewScope(user)) {
            case UserScope.Region r -> new Scope(null, null);
            case UserScope.Municipality m -> new Scope(m.municipalityId(), null);
            case UserScope.Teams t -> new Scope(null, t.teamIds());
            case UserScope.Own o -> throw new AccessDeniedException("no compliance overview for this role");
        };
        // a filter outside one's scope is an attempt to look elsewhere: refuse rather than ignore
        access.require(
                scope.municipalityId == null
                        || filter.municipalityId() == null
                        || scope.municipalityId.equals(filter.municipalityId()),
                "other municipality");
        if (filter.teamId() != null) {
            Long teamMunicipality =
                    directory.team(filter.teamId()).map(TeamRef::municipalityId).orElse(null);
            access.require(access.maySeeTeam(user, filter.teamId(), teamMunicipality), "other team");
        }
        return scope;
    }

    private record Where(String sql, List<Object> args, String statusSql, List<Object> statusArgs) {}

    private static Where where(Scope scope, Filter filter) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (scope.municipalityId != null) {
            sql.append(" and m.municipality_id = ?");
            args.add(scope.municipalityId);
        }
        if (scope.teamIds != null) {
            sql.append(" and m.team_id in (")
                    .append(scope.teamIds.stream().map(id -> "?").collect(Collectors.joining(",")))
                    .append(")");
            args.addAll(scope.teamIds);
        }
        if (filter.municipalityId() != null) {
            sql.append(" and m.municipality_id = ?");
            args.add(filter.municipalityId());
        }
        if (filter.teamId() != null) {
            sql.append(" and m.team_id = ?");
            args.add(filter.teamId());
        }
        StringBuilder status = new StringBuilder();
        List<Object> statusArgs = new ArrayList<>();
        if (filter.courseId() != null) {
            status.append(" and s.course_id = ?");
            statusArgs.add(filter.courseId());
        }
        if (filter.state() != null) {
            status.append(" and s.state = ?");
            statusArgs.add(filter.state().name());
        }
        // only people with at least one (matching) mandatory course are rows of the matrix
        String memberSql = status.isEmpty()
                ? sql + " and m.required_count > 0"
                : sql + " and exists (select 1 from training_status s where s.person_id = m.person_id" + status + ")";
        List<Object> memberArgs = new ArrayList<>(args);
        memberArgs.addAll(statusArgs);
        // the status table carries the same scope columns, so its roll-up needs no join
        return new Where(memberSql, memberArgs, sql.toString().replace("m.", "s.") + status, concat(args, statusArgs));
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A row of the member table: who, in which team and municipality. */
    private record Member(long personId, String name, Long teamId, Long municipalityId) {}

    private List<Row> rows(List<Member> members, Names names) {
        if (members.isEmpty()) {
            return List.of();
        }
        String ids = members.stream().map(m -> String.valueOf(m.personId())).collect(Collectors.joining(","));
        Map<Long, Map<Long, Cell>> cells = new HashMap<>();
        jdbc.query(
                "select person_id, course_id, state, deadline, valid_until from training_status where person_id in ("
                        + ids + ")",
                rs -> {
                    cells.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(
                                    rs.getLong(2),
                                    new Cell(
                                            TrainingState.valueOf(rs.getString(3)),
                                            rs.getObject(4, LocalDate.class),
                                            rs.getObject(5, LocalDate.class)));
                });
        List<Row> rows = new ArrayList<>(members.size());
        for (Member m : members) {
            rows.add(new Row(
                    m.personId(),
                    m.name(),
                    names.teams.getOrDefault(m.teamId(), ""),
                    names.municipalities.getOrDefault(m.municipalityId(), ""),
                    cells.getOrDefault(m.personId(), Map.of())));
        }
        return rows;
    }

    /**
     * One aggregate per team; municipalities and the region are sums of their teams, so the
     * roll-ups add up by construction (a person counts in one team: their first).
     */
    private List<Rollup> rollups(Where where, Names names) {
        Map<Long, Map<TrainingState, Long>> perTeam = new TreeMap<>();
        Map<Long, Long> teamMunicipality = new HashMap<>();
        jdbc.query(
                "select s.team_id, s.municipality_id, s.state, count(*) from training_status s where " + where.statusSql
                        + " group by s.municipality_id, s.team_id, s.state",
                rs -> {
                    long team = rs.getLong(1);
                    teamMunicipality.put(team, rs.getLong(2));
                    perTeam.computeIfAbsent(team, k -> new EnumMap<>(TrainingState.class))
                            .merge(TrainingState.valueOf(rs.getString(3)), rs.getLong(4), Long::sum);
                },
                where.statusArgs.toArray());
        List<Rollup> teams = new ArrayList<>();
        Map<Long, Map<TrainingState, Long>> perMunicipality = new TreeMap<>();
        Map<TrainingState, Long> region = new EnumMap<>(TrainingState.class);
        perTeam.forEach((team, counts) -> {
            teams.add(rollup(Level.TEAM, team, names.teams.getOrDefault(team, "?"), counts));
            counts.forEach((state, n) -> {
                perMunicipality
                        .computeIfAbsent(teamMunicipality.get(team), k -> new EnumMap<>(TrainingState.class))
                        .merge(state, n, Long::sum);
                region.merge(state, n, Long::sum);
            });
        });
        List<Rollup> all = new ArrayList<>();
        all.add(rollup(Level.REGION, null, names.region, region));
        perMunicipality.forEach((id, counts) ->
                all.add(rollup(Level.MUNICIPALITY, id, names.municipalities.getOrDefault(id, "?"), counts)));
        teams.sort(Comparator.comparing(Rollup::name));
        all.addAll(teams);
        return all;
    }

    private static Rollup rollup(Level level, Long id, String name, Map<TrainingState, Long> counts) {
        long required = counts.values().stream().mapToLong(Long::longValue).sum();
        long compliant = counts.entrySet().stream()
                .filter(e -> e.getKey().compliant())
                .mapToLong(Map.Entry::getValue)
                .sum();
        return new Rollup(level, id, name, required, compliant, Map.copyOf(counts));
    }

    private record Names(String region, Map<Long, String> teams, Map<Long, String> municipalities) {}

    private Names names() {
        List<TeamRef> all = directory.teams();
        Map<Long, String> teams = all.stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name));
        Map<Long, String> municipalities = new LinkedHashMap<>();
        all.forEach(t -> municipalities.put(t.municipalityId(), t.municipalityName()));
        return new Names(directory.regionName(), teams, municipalities);
    }
}
