package nl.regioportaal.training;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.db.UtcInstants;
import nl.regioportaal.shared.metrics.PortalMeters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The seats of a session in the database: every statement that reads or takes a seat, as typed
 * records. Plain JDBC on the enrolment path, because it runs for every enrolment while the session
 * row is locked (through Hibernate the locking read alone cost four times as much: 0.26 against
 * 0.06 ms). Callers hold the transaction; see "The enrolment path" in docs/architecture.md for the
 * order of the statements and why the lock is taken where it is.
 */
@Component
class SeatLedger {

    /** What an enrolment needs of the session's course, read without locking anything. */
    record SessionCourse(
            long courseId, String title, boolean published, CourseRule rule, boolean requiresApproval, int holdDays) {}

    /** The session row as committed, read under its lock. */
    record LockedSession(int seats, boolean cancelled, LocalDateTime startsAt, boolean quotaReleased) {}

    /**
     * Seats taken and places waiting. {@code taken} is per municipality where reserved seats still
     * apply; otherwise it holds the total under the null key (only the total counts then).
     */
    record Occupancy(long waiting, Map<Long, Integer> quotas, Map<Long, Long> taken) {}

    /** Seated and waiting people of a session, for lists. */
    record Counts(int enrolled, int waiting) {
        static final Counts NONE = new Counts(0, 0);
    }

    /** A row for the enrolment table. */
    record NewEnrolment(
            long sessionId,
            long courseId,
            long personId,
            Long municipalityId,
            EnrolmentStatus status,
            long byPersonId,
            Instant createdAt,
            Instant holdUntil) {}

    /** The statuses that take a seat, as SQL (see {@link EnrolmentStatus#holdsSeat()}). */
    static final String HOLDING_SEAT = "('ENROLLED', 'AWAITING_APPROVAL')";

    private final JdbcTemplate jdbc;
    private final EnrolmentRepository enrolments;
    private final PortalMeters meters;

    SeatLedger(JdbcTemplate jdbc, EnrolmentRepository enrolments, PortalMeters meters) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.meters = meters;
    }

    /**
     * The session's course with its audience rule, in one statement and without a lock (a join
     * under FOR UPDATE would lock the course and plan rows for every session of the plan).
     */
    Optional<SessionCourse> courseOf(long sessionId) {
        return jdbc
                .query(
                        "select s.course_id, c.title, p.published, c.mandatory, c.deadline_date, "
                                + "c.deadline_months_after_start, c.validity_months, "
                                + "(select group_concat(role) from course_audience_role where course_id = c.id), "
                                + "(select group_concat(team_kind) from course_audience_team_kind where course_id = c.id), "
                                + "(select group_concat(municipality_id) from course_audience_municipality where course_id = c.id), "
                                + "c.requires_approval, c.approval_hold_days "
                                + "from course_session s join course c on c.id = s.course_id "
                                + "join training_plan p on p.id = c.plan_id where s.id = ?",
                        (rs, i) -> new SessionCourse(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getBoolean(3),
                                new CourseRule(
                                        rs.getLong(1),
                                        rs.getBoolean(4),
                                        list(rs.getString(8), Role::valueOf, EnumSet.noneOf(Role.class)),
                                        list(rs.getString(9), TeamKind::valueOf, EnumSet.noneOf(TeamKind.class)),
                                        list(rs.getString(10), Long::valueOf, new HashSet<>()),
                                        rs.getObject(5, LocalDate.class),
                                        integer(rs, 6),
                                        integer(rs, 7)),
                                rs.getBoolean(11),
                                rs.getInt(12)),
                        sessionId)
                .stream()
                .findFirst();
    }

    /** {@code SELECT … FOR UPDATE} of the session row only: seats, start, cancelled, quota release. */
    Optional<LockedSession> lock(long sessionId) {
        return jdbc
                .query(
                        "select seats, cancelled, starts_at, quota_released from course_session where id = ? for update",
                        (rs, i) -> new LockedSession(
                                rs.getInt(1), rs.getBoolean(2), rs.getObject(3, LocalDateTime.class), rs.getBoolean(4)),
                        sessionId)
                .stream()
                .findFirst();
    }

    /**
     * Seats taken and places waiting from the session index alone, and whether quotas apply; only a
     * session with quotas still reserved needs the seats taken per municipality (a second statement).
     */
    Occupancy occupancy(long sessionId, boolean quotaReleased) {
        record Totals(long enrolled, long waiting, long quotaRows) {}
        Totals n = jdbc.queryForObject(
                "select (select count(*) from enrolment where session_id = ? and status in " + HOLDING_SEAT + "), "
                        + "(select count(*) from enrolment where session_id = ? and status = 'WAITING'), "
                        + "(select count(*) from session_quota where session_id = ?)",
                (rs, i) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                sessionId,
                sessionId,
                sessionId);
        Map<Long, Integer> quotas = new HashMap<>();
        Map<Long, Long> taken = new HashMap<>();
        if (n.quotaRows() > 0 && !quotaReleased) {
            jdbc.query(
                    "select 'QUOTA', municipality_id, seats from session_quota where session_id = ? "
                            + "union all select 'ENROLLED', municipality_id, count(*) from enrolment where session_id = ? "
                            + "and status in " + HOLDING_SEAT + " group by municipality_id",
                    rs -> {
                        Long municipality = rs.getObject(2, Long.class);
                        if ("QUOTA".equals(rs.getString(1))) {
                            quotas.put(municipality, rs.getInt(3));
                        } else {
                            taken.put(municipality, rs.getLong(3));
                        }
                    },
                    sessionId,
                    sessionId);
        } else {
            taken.put(null, n.enrolled());
        }
        return new Occupancy(n.waiting(), quotas, taken);
    }

    /** Inserts the enrolment; returns its id. The unique key (person, course, open) refuses a second open one. */
    long insert(NewEnrolment e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "insert into enrolment (session_id, course_id, person_id, municipality_id, status, "
                                    + "open_marker, created_at, enrolled_by_person_id, hold_until) values (?, ?, ?, ?, ?, 1, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, e.sessionId());
                    ps.setLong(2, e.courseId());
                    ps.setLong(3, e.personId());
                    ps.setObject(4, e.municipalityId());
                    ps.setString(5, e.status().name());
                    ps.setObject(6, UtcInstants.bind(e.createdAt()));
                    ps.setLong(7, e.byPersonId());
                    ps.setObject(8, e.holdUntil() == null ? null : UtcInstants.bind(e.holdUntil()));
                    return ps;
                },
                key);
        meters.enrolled(e.status().name());
        return key.getKey().longValue();
    }

    /** Seats taken per municipality (for the rule when the whole session entity is loaded). */
    Map<Long, Long> takenPerMunicipality(long sessionId) {
        Map<Long, Long> taken = new HashMap<>();
        enrolments.seatsTakenPerMunicipality(sessionId).forEach(t -> taken.put(t.getMunicipalityId(), t.getSeats()));
        return taken;
    }

    /** Seated and waiting per session. */
    Map<Long, Counts> counts(Collection<Long> sessionIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        for (EnrolmentRepository.StatusCount c : enrolments.countsPerSession(sessionIds)) {
            Counts before = counts.getOrDefault(c.getSessionId(), Counts.NONE);
            int n = (int) c.getCount();
            counts.put(
                    c.getSessionId(),
                    c.getStatus().holdsSeat()
                            ? new Counts(before.enrolled() + n, before.waiting())
                            : new Counts(before.enrolled(), before.waiting() + n));
        }
        return counts;
    }

    private static <T> Set<T> list(String commaSeparated, Function<String, T> parse, Set<T> into) {
        if (commaSeparated != null && !commaSeparated.isEmpty()) {
            Arrays.stream(commaSeparated.split(",")).map(parse).forEach(into::add);
        }
        return Set.copyOf(into);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }
}
