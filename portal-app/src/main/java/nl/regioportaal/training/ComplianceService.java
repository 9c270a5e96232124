package nl.regioportaal.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.UserScope;
import nl.regioportaal.training.ComplianceSql.Scope;
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

    /**
     * What the overview shows: place (municipality, team), one course or all, and which states
     * ({@code states} empty: any; {@code behind}: overdue, expired, expiring or due within
     * {@value StatusRefresher#DUE_SOON_DAYS} days). Place and course narrow the totals; states only
     * narrow the people and are counted as "matching" next to the totals.
     */
    public record Filter(Long municipalityId, Long teamId, Long courseId, Set<TrainingState> states, boolean behind) {
        public Filter {
            states = states == null ? Set.of() : Set.copyOf(states);
        }

        public static Filter none() {
            return new Filter(null, null, null, Set.of(), false);
        }

        public static Filter behindOnly() {
            return new Filter(null, null, null, Set.of(), true);
        }

        boolean matchesStates() {
            return behind || !states.isEmpty();
        }
    }

    public enum SortKey {
        NAME,
        TEAM,
        MUNICIPALITY
    }

    public record Sort(SortKey key, boolean descending) {
        public static final Sort BY_NAME = new Sort(SortKey.NAME, false);
    }

    public record CourseColumn(long id, String title) {}

    public record Cell(TrainingState state, LocalDate deadline, LocalDate validUntil) {}

    public record Row(long personId, String name, String teamName, String municipalityName, Map<Long, Cell> cells) {}

    /**
     * Totals of one team, municipality or the region; {@code parentId} is a team's municipality.
     * {@code matching}: the (person, course) pairs in the state filter, when there is one.
     */
    public record Rollup(
            Level level,
            Long id,
            Long parentId,
            String name,
            long required,
            long compliant,
            long matching,
            Map<TrainingState, Long> counts) {
        /** Share of required (person, course) pairs that are met, in percent with one decimal, rounded half up. */
        public BigDecimal percent() {
            return required == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(compliant * 100).divide(BigDecimal.valueOf(required), 1, RoundingMode.HALF_UP);
        }

        /** "Te laat of verlopen": past the deadline or the certificate's end. */
        public long late() {
            return counts.getOrDefault(TrainingState.OVERDUE, 0L) + counts.getOrDefault(TrainingState.EXPIRED, 0L);
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

    private static final int EXPORT_CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;
    private final RollupKeeper keeper;

    ComplianceService(
            JdbcTemplate jdbc,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock,
            RollupKeeper keeper) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
        this.keeper = keeper;
    }

    /** The first or a later page of the matrix with the roll-ups: what the overview shows at once. */
    public Page page(Filter filter, int offset, int limit) {
        PortalUser user = currentUser.require();
        ComplianceSql sql = sql(user, filter);
        ComplianceRollups.Names names = names();
        return new Page(
                mandatoryCourses(),
                rows(sql, Sort.BY_NAME, names, offset, limit),
                count(sql),
                visibleLevels(access.overviewScope(user), rollups(sql, names)));
    }

    /** Rows only (scrolling the matrix). */
    public List<Row> rows(Filter filter, Sort sort, int offset, int limit) {
        return rows(sql(currentUser.require(), filter), sort, names(), offset, limit);
    }

    /**
     * Every row in scope and filter, for export: read a chunk at a time while the caller writes, so a
     * region's export never holds all its rows.
     */
    public Iterable<Row> allRows(Filter filter, Sort sort) {
        ComplianceSql sql = sql(currentUser.require(), filter);
        ComplianceRollups.Names names = names();
        return () -> new Iterator<>() {
            private int offset;
            private Iterator<Row> chunk = Collections.emptyIterator();
            private boolean last;

            public boolean hasNext() {
                if (!chunk.hasNext() && !last) {
                    List<Row> next = rows(sql, sort, names, offset, EXPORT_CHUNK);
                    offset += next.size();
                    last = next.size() < EXPORT_CHUNK;
                    chunk = next.iterator();
                }
                return chunk.hasNext();
            }

            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    public long count(Filter filter) {
        return count(sql(currentUser.require(), filter));
    }

    public List<Rollup> rollups(Filter filter) {
        PortalUser user = currentUser.require();
        return visibleLevels(access.overviewScope(user), rollups(sql(user, filter), names()));
    }

    /**
     * The sum over everything the user may see, for summary cards: its level says what that is (their
     * teams, their municipality or the region). Read from the kept roll-up, no aggregate query.
     */
    public Rollup scopeTotal() {
        PortalUser user = currentUser.require();
        Rollup all = ComplianceRollups.sum(keeper.counts(scope(user, Filter.none())), names())
                .getFirst();
        Level level = switch (access.overviewScope(user)) {
            case UserScope.Region r -> Level.REGION;
            case UserScope.Municipality m -> Level.MUNICIPALITY;
            default -> Level.TEAM;
        };
        return new Rollup(level, null, null, all.name(), all.required(), all.compliant(), all.matching(), all.counts());
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

    private long count(ComplianceSql sql) {
        Long total = jdbc.queryForObject(
                "select count(*) from training_member m where " + sql.memberSql(),
                Long.class,
                sql.memberArgs().toArray());
        return total == null ? 0 : total;
    }

    private List<Row> rows(ComplianceSql sql, Sort sort, ComplianceRollups.Names names, int offset, int limit) {
        List<Object> args = new ArrayList<>(sql.memberArgs());
        args.add(limit);
        args.add(offset);
        List<Member> members = jdbc.query(
                "select m.person_id, m.display_name, m.team_id, m.municipality_id from training_member m where "
                        + sql.memberSql() + " order by "
                        + ComplianceSql.orderBy(sort, names.teams(), names.municipalities())
                        + " limit ? offset ?",
                (rs, i) -> new Member(
                        rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class)),
                args.toArray());
        return rows(members, names);
    }

    /** Every row in scope and filter, with the roll-ups, in memory: for tests and small scopes. */
    public Page all(Filter filter) {
        return page(filter, 0, Integer.MAX_VALUE);
    }

    public List<MunicipalityRef> selectableMunicipalities() {
        PortalUser user = currentUser.require();
        Scope scope = scope(user, Filter.none());
        return directory.municipalities().stream()
                .filter(m -> scope.municipalityId() == null || scope.municipalityId() == m.id())
                .filter(m -> scope.teamIds() == null
                        || directory.teamsOf(m.id()).stream()
                                .anyMatch(t -> scope.teamIds().contains(t.id())))
                .toList();
    }

    public List<TeamRef> selectableTeams() {
        PortalUser user = currentUser.require();
        Scope scope = scope(user, Filter.none());
        return directory.teams().stream()
                .filter(t -> scope.municipalityId() == null || scope.municipalityId() == t.municipalityId())
                .filter(t -> scope.teamIds() == null || scope.teamIds().contains(t.id()))
                .toList();
    }

    public List<CourseColumn> mandatoryCourses() {
        currentUser.require();
        return jdbc.query(
                "select c.id, c.title from course c join training_plan p on p.id = c.plan_id "
                        + "where p.published = true and c.mandatory = true order by c.title",
                (rs, i) -> new CourseColumn(rs.getLong(1), rs.getString(2)));
    }

    private ComplianceSql sql(PortalUser user, Filter filter) {
        return ComplianceSql.of(scope(user, filter), filter, LocalDate.now(clock));
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
                scope.municipalityId() == null
                        || filter.municipalityId() == null
                        || scope.municipalityId().equals(filter.municipalityId()),
                "other municipality");
        if (filter.teamId() != null) {
            Long teamMunicipality =
                    directory.team(filter.teamId()).map(TeamRef::municipalityId).orElse(null);
            access.require(access.maySeeTeam(user, filter.teamId(), teamMunicipality), "other team");
        }
        return scope;
    }

    /** A row of the member table: who, in which team and municipality. */
    private record Member(long personId, String name, Long teamId, Long municipalityId) {}

    private List<Row> rows(List<Member> members, ComplianceRollups.Names names) {
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
                    names.teams().getOrDefault(m.teamId(), ""),
                    names.municipalities().getOrDefault(m.municipalityId(), ""),
                    cells.getOrDefault(m.personId(), Map.of())));
        }
        return rows;
    }

    /**
     * One aggregate per team; municipalities and the region are sums of their teams, so the
     * roll-ups add up by construction (a person counts in one team: their first).
     */
    private List<Rollup> rollups(ComplianceSql sql, ComplianceRollups.Names names) {
        List<Object> args = new ArrayList<>(sql.matchArgs());
        args.addAll(sql.rollupArgs());
        List<ComplianceRollups.TeamCount> counts = jdbc.query(
                "select s.team_id, s.municipality_id, s.state, count(*), sum(case when " + sql.matchSql()
                        + " then 1 else 0 end) from training_status s where " + sql.rollupSql()
                        + " group by s.municipality_id, s.team_id, s.state",
                (rs, i) -> new ComplianceRollups.TeamCount(
                        rs.getLong(1),
                        rs.getLong(2),
                        TrainingState.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        rs.getLong(5)),
                args.toArray());
        return ComplianceRollups.sum(counts, names);
    }

    private ComplianceRollups.Names names() {
        List<TeamRef> all = directory.teams();
        Map<Long, String> teams = all.stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name));
        Map<Long, String> municipalities = new LinkedHashMap<>();
        all.forEach(t -> municipalities.put(t.municipalityId(), t.municipalityName()));
        return new ComplianceRollups.Names(directory.regionName(), teams, municipalities);
    }
}
