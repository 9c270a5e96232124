package nl.regioportaal.training;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.training.TrainingModel.AttendanceSheet;
import nl.regioportaal.training.TrainingModel.Attendee;
import nl.regioportaal.training.TrainingModel.CatalogueFilter;
import nl.regioportaal.training.TrainingModel.CertificateInfo;
import nl.regioportaal.training.TrainingModel.CourseCard;
import nl.regioportaal.training.TrainingModel.CourseDetails;
import nl.regioportaal.training.TrainingModel.DayPart;
import nl.regioportaal.training.TrainingModel.EnrolPreview;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingModel.MyEnrolment;
import nl.regioportaal.training.TrainingModel.MyTraining;
import nl.regioportaal.training.TrainingModel.Outcome;
import nl.regioportaal.training.TrainingModel.SessionInfo;
import nl.regioportaal.training.TrainingModel.SessionRow;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training plan as professionals and trainers use it: catalogue, enrolment with waiting list,
 * attendance and certificates. Every method checks the role and the person or session concerned.
 * <p>
 * Seats are only ever changed while holding the session row's lock ({@code SELECT ... FOR UPDATE}),
 * in a short transaction of its own; the read model and the notices follow after the commit, so the
 * lock is held for as little as possible.
 */
@Service
public class TrainingService {

    private static final Set<EnrolmentStatus> OPEN = EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING);

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendances;
    private final CompletionRepository completions;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final StatusRefresher refresher;
    private final TrainingNotices notices;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    /** For work after another transaction committed (its resources may still be bound to the thread). */
    private final TransactionTemplate newTx;
    /**
     * READ COMMITTED: the seat count must see every enrolment committed before this transaction got
     * the session lock; under REPEATABLE READ an earlier read (the person lookup) would freeze an
     * older snapshot and the session could be overbooked. (Tried: a plain {@code SET TRANSACTION}
     * as the first statement instead, one statement fewer; in a probe the next transaction on the
     * pooled connection still reported READ COMMITTED, so it is left to the transaction manager,
     * which sets the level and resets it.)
     */
    private final TransactionTemplate enrolTx;

    private final CourseRules rules = new CourseRules();
    private final Clock clock;
    private final JdbcTemplate jdbc;

    TrainingService(
            CourseRepository courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            AttendanceRepository attendances,
            CompletionRepository completions,
            RegionDirectory directory,
            CurrentUser currentUser,
            StatusRefresher refresher,
            TrainingNotices notices,
            PlatformTransactionManager transactionManager,
            Clock clock,
            JdbcTemplate jdbc) {
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendances = attendances;
        this.completions = completions;
        this.directory = directory;
        this.currentUser = currentUser;
        this.refresher = refresher;
        this.notices = notices;
        this.tx = new TransactionTemplate(transactionManager);
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
        this.newTx = new TransactionTemplate(transactionManager);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enrolTx = new TransactionTemplate(transactionManager);
        this.enrolTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- catalogue and course page

    @Transactional(readOnly = true)
    public List<CourseCard> catalogue(CatalogueFilter filter) {
        PortalUser user = currentUser.require();
        Optional<TrainingSubject> me = subjectOf(user.personId());
        List<CourseSession> upcoming = sessions.findUpcomingPublished(now());
        Map<Long, int[]> counts =
                counts(upcoming.stream().map(CourseSession::getId).toList());
        Map<Long, List<CourseSession>> byCourse = upcoming.stream()
                .filter(s -> filter.month() == null
                        || YearMonth.from(s.getStartsAt()).equals(filter.month()))
                .collect(Collectors.groupingBy(s -> s.getCourse().getId()));
        List<CourseCard> cards = new ArrayList<>();
        for (Course c : courses.findPublished()) {
            if (filter.mandatory() != null && filter.mandatory() != c.isMandatory()) {
                continue;
            }
            List<CourseSession> own = byCourse.getOrDefault(c.getId(), List.of());
            if (filter.month() != null && own.isEmpty()) {
                continue;
            }
            int open = own.stream()
                    .mapToInt(s -> Math.max(0, s.getSeats() - counts.getOrDefault(s.getId(), new int[2])[0]))
                    .sum();
            if (filter.openSeatsOnly() && open == 0) {
                continue;
            }
            boolean required =
                    me.map(s -> TrainingStatusRules.isRequired(c.rule(), s)).orElse(false);
            cards.add(new CourseCard(
                    c.getId(),
                    c.getTitle(),
                    c.isMandatory(),
                    c.getHours(),
                    c.getProvider(),
                    required,
                    own.size(),
                    open,
                    own.isEmpty() ? null : own.getFirst().getStartsAt()));
        }
        return cards;
    }

    @Transactional(readOnly = true)
    public CourseDetails course(long courseId) {
        PortalUser user = currentUser.require();
        Course c = courses.findById(courseId)
                .filter(x -> x.getPlan().isPublished() || isPlanner(user))
                .orElseThrow(() -> new AccessDeniedException("no such course"));
        List<CourseSession> list = sessions.findByCourse(courseId);
        Map<Long, int[]> counts = counts(list.stream().map(CourseSession::getId).toList());
        Optional<Enrolment> mine = enrolments.findOpen(user.personId(), courseId);
        List<Enrolment> myAll = enrolments.findByPerson(user.personId()).stream()
                .filter(e -> e.getCourseId() == courseId)
                .toList();
        List<SessionInfo> infos = new ArrayList<>();
        for (CourseSession s : list) {
            int[] n = counts.getOrDefault(s.getId(), new int[2]);
            Enrolment own = myAll.stream()
                    .filter(e -> e.getSession().getId().equals(s.getId()))
                    .max(Comparator.comparing(Enrolment::getId))
                    .orElse(null);
            long position = own != null && own.getStatus() == EnrolmentStatus.WAITING
                    ? enrolments.waitingBefore(s.getId(), own.getId()) + 1
                    : 0;
            infos.add(new SessionInfo(
                    s.getId(),
                    dayParts(s),
                    s.getPlace(),
                    s.getOnlineLink(),
                    s.getTrainerName(),
                    s.getSeats(),
                    n[0],
                    n[1],
                    s.isCancelled(),
                    own == null ? null : own.getId(),
                    own == null ? null : own.getStatus(),
                    position,
                    preview(s, user, mine.isPresent(), n)));
        }
        CourseStatus status = statusOf(user.personId(), c).orElse(null);
        return new CourseDetails(
                c.getId(),
                c.getTitle(),
                c.getDescription(),
                c.getHours(),
                c.getProvider(),
                c.isMandatory(),
                c.getValidityMonths(),
                c.getPlan().getTitle(),
                status,
                infos);
    }

    private EnrolPreview preview(CourseSession s, PortalUser user, boolean hasOpen, int[] counts) {
        if (s.isCancelled() || !s.getStartsAt().isAfter(now())) {
            return new EnrolPreview(Outcome.CLOSED, 0);
        }
        if (hasOpen) {
            return new EnrolPreview(Outcome.ALREADY_OPEN, 0);
        }
        if (seatFree(s, user.municipalityId(), taken(s.getId()))) {
            return new EnrolPreview(Outcome.SEAT, 0);
        }
        return new EnrolPreview(Outcome.WAITING_LIST, counts[1] + 1L);
    }

    // ---------------------------------------------------------------- enrolment

    /** Enrols the current user. */
    public EnrolResult enrol(long sessionId) {
        return enrol(sessionId, currentUser.require().personId());
    }

    /**
     * Enrols a person: a seat if one is free for them (quota rules), otherwise the next place on the
     * waiting list. A team leader may enrol members of their team; the process supervisor anyone.
     */
    public EnrolResult enrol(long sessionId, long personId) {
        PortalUser user = currentUser.require();
        try {
            return enrolTx.execute(s -> {
                PersonSummary person = personForEnrolment(user, personId);
                checkMayActFor(user, person);
                // The person's state row for this course, in the same transaction so it is never
                // behind a committed enrolment. It is "enrolled" whether a seat or a waiting-list place
                // follows, so it is written before the session lock is taken: the lock is then held
                // for the seat alone (and the notice). If the enrolment is refused the row rolls back.
                // Lock order is always status row, then session row (no other path holds a session
                // lock while writing status rows in the same transaction), so no deadlock.
                long courseId = courseOfSession(sessionId);
                CourseFacts course = courseFacts(courseId);
                CourseRule rule = rules.of(
                        courseId,
                        course.version(),
                        () -> courses.findById(courseId).orElseThrow());
                refresher.refreshPair(person, rule, true, person.startDate() == null && personId == user.personId());
                Placed placed = place(sessionId, courseId, course, rule, person, user);
                String when = StatusRefresher.format(placed.startsAt.toLocalDate());
                if (placed.result.status() == EnrolmentStatus.ENROLLED) {
                    notices.sessionInvitation(personId, sessionId, "enrolment-confirmed", placed.courseTitle, when);
                } else {
                    notices.send(
                            personId,
                            "waiting-list",
                            TrainingNotices.LINK_MINE,
                            placed.courseTitle,
                            when,
                            placed.result.waitingPosition());
                }
                return placed.result;
            });
        } catch (DataIntegrityViolationException e) {
            // the unique key (person, course, open) refused a second open enrolment: checked by the
            // database rather than by a query first, as it is rare and must hold under concurrency anyway
            throw ValidationFailedException.of("", "training.error.already-enrolled");
        }
    }

    /**
     * Enrolling oneself is the common case: who the user is (municipality, teams, roles) is known
     * from the login, as for every other check in the portal; the start date (only needed for the
     * state row of a mandatory course) comes from the read model with the latest completion. Only
     * enrolling someone else needs the staff directory.
     */
    private PersonSummary personForEnrolment(PortalUser user, long personId) {
        if (personId == user.personId() && !user.teamIds().isEmpty()) {
            return new PersonSummary(
                    personId,
                    user.displayName(),
                    null,
                    user.municipalityId(),
                    user.teamIds(),
                    user.roles(),
                    null,
                    true);
        }
        return directory
                .person(personId)
                .filter(PersonSummary::active)
                .orElseThrow(() -> new AccessDeniedException("no such person"));
    }

    private record Placed(EnrolResult result, String courseTitle, LocalDateTime startsAt, CourseRule rule) {}

    /**
     * The seat itself, in as few statements as the rules allow (it runs for every enrolment, and
     * the session row stays locked until the commit): lock the session row (only that row: a join
     * under FOR UPDATE would lock the course and plan rows for every session of the plan), the seat
     * and waiting counts in one statement (plus the seats per municipality where quotas apply), the
     * insert. No entities are loaded; the course's title, version and "published" come from
     * {@link #courseFacts}.
     */
    private Placed place(
            long sessionId, long courseId, CourseFacts course, CourseRule rule, PersonSummary person, PortalUser user) {
        // the session row only: seats, dates and "cancelled" as committed (a locking read). Plain
        // JDBC: through Hibernate this one statement cost four times as much (0.26 against 0.06 ms)
        List<Object[]> locked = jdbc.query(
                "select seats, cancelled, starts_at, quota_released from course_session " + "where id = ? for update",
                (rs, i) -> new Object[] {rs.getInt(1), rs.getBoolean(2), localDateTime(rs, 3), rs.getBoolean(4)},
                sessionId);
        if (locked.isEmpty()) {
            throw new AccessDeniedException("no such session");
        }
        Object[] f = locked.getFirst();
        int seats = (Integer) f[0];
        boolean cancelled = (Boolean) f[1];
        LocalDateTime startsAt = (LocalDateTime) f[2];
        boolean quotaReleased = (Boolean) f[3];
        if (!course.published()) {
            throw new AccessDeniedException("plan not published");
        }
        if (cancelled) {
            throw ValidationFailedException.of("", "training.error.session-cancelled");
        }
        if (!startsAt.isAfter(now())) {
            throw ValidationFailedException.of("", "training.error.session-started");
        }
        // seats taken and places waiting from the session index alone, and whether quotas apply;
        // only a session with quotas still reserved needs the seats taken per municipality
        long[] n = jdbc.queryForObject(
                "select (select count(*) from enrolment where session_id = ? and status = 'ENROLLED'), "
                        + "(select count(*) from enrolment where session_id = ? and status = 'WAITING'), "
                        + "(select count(*) from session_quota where session_id = ?)",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                sessionId,
                sessionId,
                sessionId);
        Map<Long, Integer> quotas = new HashMap<>();
        Map<Long, Long> taken = new HashMap<>();
        if (n[2] > 0 && !quotaReleased) {
            jdbc.query(
                    "select 'QUOTA', municipality_id, seats from session_quota where session_id = ? "
                            + "union all select 'ENROLLED', municipality_id, count(*) from enrolment where session_id = ? "
                            + "and status = 'ENROLLED' group by municipality_id",
                    rs -> {
                        Long municipality = rs.getObject(2) == null ? null : rs.getLong(2);
                        if ("QUOTA".equals(rs.getString(1))) {
                            quotas.put(municipality, rs.getInt(3));
                        } else {
                            taken.put(municipality, rs.getLong(3));
                        }
                    },
                    sessionId,
                    sessionId);
        } else {
            taken.put(null, n[0]); // no quota to honour: only the total counts
        }
        long waiting = n[1];
        // free seats are always handed to the waiting list first (promote), so a seat still free
        // here is one nobody waiting may take: no queue-jumping
        EnrolmentStatus status = seatFree(seats, quotaReleased, quotas, person.municipalityId(), taken)
                ? EnrolmentStatus.ENROLLED
                : EnrolmentStatus.WAITING;
        long id = insertEnrolment(sessionId, courseId, person, status, user.personId());
        // every enrolment of this session is inserted while holding its lock, so everybody waiting
        // now came earlier (a lower id): the new place is behind all of them
        long position = status == EnrolmentStatus.WAITING ? waiting + 1 : 0;
        return new Placed(new EnrolResult(id, status, position), course.title(), startsAt, rule);
    }

    /** A session's course never changes (editing refuses it), so it is read once per node. */
    private final Map<Long, Long> sessionCourse = new ConcurrentHashMap<>();

    private long courseOfSession(long sessionId) {
        Long known = sessionCourse.get(sessionId);
        if (known != null) {
            return known;
        }
        List<Long> found =
                jdbc.queryForList("select course_id from course_session where id = ?", Long.class, sessionId);
        if (found.isEmpty()) {
            throw new AccessDeniedException("no such session");
        }
        sessionCourse.put(sessionId, found.getFirst());
        return found.getFirst();
    }

    private record CourseFacts(long version, String title, boolean published, long readAt) {}

    private final Map<Long, CourseFacts> courseFacts = new ConcurrentHashMap<>();

    /**
     * What an enrolment needs of its course (title for the notice, version for the cached rule,
     * "plan published"), at most a minute old, as the team kinds in StatusRefresher: read per
     * enrolment it would be one more statement while the session is locked. A course saved on this
     * node is forgotten at once ({@link #courseChanged}); a plan is never unpublished, so a cached
     * "published" cannot go stale, and "not published" is not cached.
     */
    private CourseFacts courseFacts(long courseId) {
        CourseFacts cached = courseFacts.get(courseId);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAt() < 60_000_000_000L) {
            return cached;
        }
        CourseFacts read = jdbc.queryForObject(
                "select c.version, c.title, p.published from course c "
                        + "join training_plan p on p.id = c.plan_id where c.id = ?",
                (rs, i) -> new CourseFacts(rs.getLong(1), rs.getString(2), rs.getBoolean(3), now),
                courseId);
        if (read.published()) {
            courseFacts.put(courseId, read);
        }
        return read;
    }

    /** A course (or its plan) was saved on this node: its cached facts are read again. */
    void courseChanged() {
        courseFacts.clear();
    }

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /**
     * A DATETIME column as Hibernate reads it into a LocalDateTime: with hibernate.jdbc.time_zone=UTC
     * it stores the JVM-local time as UTC (09:00 in Amsterdam is stored as 08:00 in winter), so a
     * plain {@code getObject(LocalDateTime)} would be off by the JVM's offset.
     */
    static LocalDateTime localDateTime(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, (Calendar) UTC.clone());
        return t == null ? null : t.toLocalDateTime();
    }

    private long insertEnrolment(
            long sessionId, long courseId, PersonSummary person, EnrolmentStatus status, long byPersonId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp createdAt = Timestamp.from(clock.instant());
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "insert into enrolment (session_id, course_id, person_id, "
                                    + "municipality_id, status, open_marker, created_at, enrolled_by_person_id) values (?, ?, ?, ?, ?, 1, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, sessionId);
                    ps.setLong(2, courseId);
                    ps.setLong(3, person.id());
                    ps.setObject(4, person.municipalityId());
                    ps.setString(5, status.name());
                    // stored in UTC, as Hibernate stores the entity's Instant (hibernate.jdbc.time_zone=UTC)
                    ps.setTimestamp(6, createdAt, (Calendar) UTC.clone());
                    ps.setLong(7, byPersonId);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    /**
     * Cancels an open enrolment (a seat only up to the cut-off before the session); the first
     * person on the waiting list who may take the freed seat moves up and is told.
     */
    public void cancel(long enrolmentId) {
        PortalUser user = currentUser.require();
        Enrolment found = readTx.execute(s -> enrolments.findById(enrolmentId))
                .orElseThrow(() -> new AccessDeniedException("no such enrolment"));
        PersonSummary person = readTx.execute(s -> directory.person(found.getPersonId()))
                .orElseThrow(() -> new AccessDeniedException("no such person"));
        checkMayActFor(user, person);
        List<Enrolment> promoted = tx.execute(s -> {
            CourseSession session =
                    sessions.lockById(found.getSession().getId()).orElseThrow();
            Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
            if (!e.getStatus().isOpen()) {
                throw ValidationFailedException.of("", "training.error.not-open");
            }
            if (e.getStatus() == EnrolmentStatus.ENROLLED && pastCutoff(session)) {
                throw ValidationFailedException.of("", "training.error.cutoff-passed");
            }
            e.setStatus(EnrolmentStatus.CANCELLED);
            enrolments.flush();
            return promote(session);
        });
        afterPromotion(person.id(), promoted);
    }

    boolean pastCutoff(CourseSession s) {
        return !now().isBefore(s.getStartsAt().minusDays(s.getCancelCutoffDays()));
    }

    private void afterPromotion(Long alsoRefresh, List<Enrolment> promoted) {
        tx.executeWithoutResult(s -> {
            Set<Long> ids = new HashSet<>();
            if (alsoRefresh != null) {
                ids.add(alsoRefresh);
            }
            promoted.forEach(e -> ids.add(e.getPersonId()));
            refresher.refresh(ids);
            for (Enrolment e : promoted) {
                notices.sessionInvitation(
                        e.getPersonId(),
                        e.getSession().getId(),
                        "promoted",
                        e.getSession().getCourse().getTitle(),
                        StatusRefresher.format(e.getSession().getStartsAt().toLocalDate()));
            }
        });
    }

    /**
     * Hands seats freed outside {@link #cancel} (the enrolments of an erased person, see
     * TrainingPersonalData) to the waiting list, with the "promoted" notice. Called after the
     * freeing transaction committed, so every session in a new transaction of its own that takes
     * the session lock first.
     */
    void fillFreedSeats(Collection<Long> sessionIds) {
        for (Long id : sessionIds) {
            List<Enrolment> promoted = newTx.execute(s -> {
                CourseSession session = sessions.lockById(id).orElseThrow();
                if (session.isCancelled() || !session.getStartsAt().isAfter(now())) {
                    return List.<Enrolment>of();
                }
                return promote(session);
            });
            if (!promoted.isEmpty()) {
                newTx.executeWithoutResult(s -> afterPromotion(null, promoted));
            }
        }
    }

    /** Fills free seats from the waiting list in arrival order; call with the session locked. */
    List<Enrolment> promote(CourseSession s) {
        Map<Long, Long> taken = taken(s.getId());
        List<Enrolment> promoted = new ArrayList<>();
        for (Enrolment w : enrolments.findBySessionAndStatus(s.getId(), EnrolmentStatus.WAITING)) {
            if (total(taken) >= s.getSeats()) {
                break;
            }
            if (seatFree(s, w.getMunicipalityId(), taken)) {
                w.setStatus(EnrolmentStatus.ENROLLED);
                taken.merge(w.getMunicipalityId(), 1L, Long::sum);
                promoted.add(w);
            }
        }
        // touch the lazy parts the notices need while the session is still attached
        promoted.forEach(e -> e.getSession().getCourse().getTitle());
        return promoted;
    }

    /**
     * Is a seat free for someone of this municipality? Reserved (quota) seats are for their
     * municipality until released; the rest is open to all, and a municipality that has used its
     * quota competes for those.
     */
    static boolean seatFree(CourseSession s, Long municipalityId, Map<Long, Long> taken) {
        return seatFree(s.getSeats(), s.isQuotaReleased(), s.getQuotas(), municipalityId, taken);
    }

    static boolean seatFree(
            int seats, boolean quotaReleased, Map<Long, Integer> quotas, Long municipalityId, Map<Long, Long> taken) {
        if (total(taken) >= seats) {
            return false;
        }
        if (quotaReleased || quotas.isEmpty()) {
            return true;
        }
        int reserved = quotas.values().stream().mapToInt(Integer::intValue).sum();
        long general = seats - reserved;
        long generalUsed = 0;
        for (Map.Entry<Long, Long> t : taken.entrySet()) {
            int q = t.getKey() == null ? 0 : quotas.getOrDefault(t.getKey(), 0);
            generalUsed += Math.max(0, t.getValue() - q);
        }
        int myQuota = municipalityId == null ? 0 : quotas.getOrDefault(municipalityId, 0);
        if (taken.getOrDefault(municipalityId, 0L) < myQuota) {
            return true;
        }
        return generalUsed < general;
    }

    private static long total(Map<Long, Long> taken) {
        return taken.values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<Long, Long> taken(long sessionId) {
        Map<Long, Long> taken = new HashMap<>();
        for (Object[] r : enrolments.seatsTakenPerMunicipality(sessionId)) {
            taken.put((Long) r[0], (Long) r[1]);
        }
        return taken;
    }

    /** Session id to {enrolled, waiting}. */
    private Map<Long, int[]> counts(Collection<Long> sessionIds) {
        Map<Long, int[]> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        for (Object[] r : enrolments.countsPerSession(sessionIds)) {
            int[] n = counts.computeIfAbsent((Long) r[0], k -> new int[2]);
            n[r[1] == EnrolmentStatus.ENROLLED ? 0 : 1] = ((Long) r[2]).intValue();
        }
        return counts;
    }

    /**
     * Quota seats not taken are opened to everybody once the session is this close (run by the
     * scheduled job); the waiting list then moves up.
     */
    public int releaseDueQuotas() {
        currentUser.requireAnyRole(Role.ADMIN, Role.PROCESS_SUPERVISOR);
        List<Long> due = readTx.execute(s -> sessions.findUnreleasedFuture(now()));
        int released = 0;
        for (Long id : due) {
            List<Enrolment> promoted = tx.execute(s -> {
                CourseSession session = sessions.lockById(id).orElseThrow();
                if (session.isQuotaReleased()
                        || now().isBefore(session.getStartsAt().minusDays(session.getQuotaReleaseDays()))) {
                    return null;
                }
                session.releaseQuota();
                return promote(session);
            });
            if (promoted != null) {
                released++;
                afterPromotion(null, promoted);
            }
        }
        return released;
    }

    // ---------------------------------------------------------------- my training

    @Transactional(readOnly = true)
    public MyTraining myTraining() {
        PortalUser user = currentUser.require();
        return trainingOf(user.personId());
    }

    /**
     * A person's training, for the drill-down of the overview: the person, their team leader, the
     * manager of their municipality (to read), the process supervisor.
     */
    @Transactional(readOnly = true)
    public MyTraining trainingOf(long personId) {
        PortalUser user = currentUser.require();
        PersonSummary person =
                directory.person(personId).orElseThrow(() -> new AccessDeniedException("no such person"));
        boolean managerOfMunicipality = user.hasRole(Role.MANAGER)
                && user.municipalityId() != null
                && user.municipalityId().equals(person.municipalityId());
        if (!managerOfMunicipality) {
            checkMayActFor(user, person);
        }
        LocalDate today = today();
        Optional<TrainingSubject> subject = subjectOf(person);
        List<Completion> done = completions.findByPerson(personId);
        Set<Long> open = new HashSet<>(enrolments.openCourseIdsOf(personId));
        List<MyCourse> mandatory = new ArrayList<>();
        if (subject.isPresent()) {
            for (Course c : courses.findPublishedMandatory()) {
                if (!TrainingStatusRules.isRequired(c.rule(), subject.get())) {
                    continue;
                }
                Completion latest = done.stream()
                        .filter(d -> d.getCourse().getId().equals(c.getId()))
                        .findFirst()
                        .orElse(null);
                mandatory.add(new MyCourse(
                        c.getId(),
                        c.getTitle(),
                        TrainingStatusRules.compute(
                                c.rule(),
                                subject.get(),
                                latest == null ? null : latest.getCompletedOn(),
                                latest == null ? null : latest.getValidUntil(),
                                open.contains(c.getId()),
                                today)));
            }
        }
        List<MyEnrolment> mine = new ArrayList<>();
        for (Enrolment e : enrolments.findByPerson(personId)) {
            CourseSession s = e.getSession();
            long pos =
                    e.getStatus() == EnrolmentStatus.WAITING ? enrolments.waitingBefore(s.getId(), e.getId()) + 1 : 0;
            boolean cancellable = e.getStatus() == EnrolmentStatus.WAITING
                    ? s.getStartsAt().isAfter(now())
                    : e.getStatus() == EnrolmentStatus.ENROLLED && !pastCutoff(s);
            mine.add(new MyEnrolment(
                    e.getId(),
                    e.getCourseId(),
                    s.getCourse().getTitle(),
                    s.getId(),
                    s.getStartsAt(),
                    s.getPlace() != null ? s.getPlace() : s.getOnlineLink(),
                    e.getStatus(),
                    pos,
                    cancellable));
        }
        Set<Long> seen = new HashSet<>();
        List<CertificateInfo> certificates = new ArrayList<>();
        for (Completion d : done) {
            boolean current =
                    seen.add(d.getCourse().getId()) && (d.getValidUntil() == null || !today.isAfter(d.getValidUntil()));
            certificates.add(new CertificateInfo(
                    d.getId(),
                    d.getCourse().getId(),
                    d.getCourse().getTitle(),
                    d.getCompletedOn(),
                    d.getValidUntil(),
                    current));
        }
        return new MyTraining(mandatory, mine, certificates);
    }

    /** The current user's next session with a seat, for the Start page. */
    @Transactional(readOnly = true)
    public Optional<MyEnrolment> myNextSession() {
        return myTraining().enrolments().stream()
                .filter(e ->
                        e.status() == EnrolmentStatus.ENROLLED && e.startsAt().isAfter(now()))
                .min(Comparator.comparing(MyEnrolment::startsAt));
    }

    private Optional<CourseStatus> statusOf(long personId, Course c) {
        Optional<TrainingSubject> subject = subjectOf(personId);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Completion latest = completions.findByPerson(personId).stream()
                .filter(d -> d.getCourse().getId().equals(c.getId()))
                .findFirst()
                .orElse(null);
        return Optional.of(TrainingStatusRules.compute(
                c.rule(),
                subject.get(),
                latest == null ? null : latest.getCompletedOn(),
                latest == null ? null : latest.getValidUntil(),
                enrolments.findOpen(personId, c.getId()).isPresent(),
                today()));
    }

    private Optional<TrainingSubject> subjectOf(long personId) {
        return directory.person(personId).flatMap(this::subjectOf);
    }

    private Optional<TrainingSubject> subjectOf(PersonSummary p) {
        if (p.teamIds().isEmpty()) {
            return Optional.of(new TrainingSubject(p.id(), p.roles(), p.municipalityId(), Set.of(), p.startDate()));
        }
        Map<Long, TeamRef> teams = new HashMap<>();
        p.teamIds().forEach(id -> directory.team(id).ifPresent(t -> teams.put(id, t)));
        return Optional.of(StatusRefresher.subject(p, teams));
    }

    /** Certificate of a completion as a PDF (the person, the process supervisor or an administrator). */
    @Transactional(readOnly = true)
    public byte[] certificatePdf(long completionId) {
        PortalUser user = currentUser.require();
        Completion c =
                completions.findById(completionId).orElseThrow(() -> new AccessDeniedException("no such certificate"));
        if (c.getPersonId() != user.personId() && !user.hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN)) {
            CurrentUser.deny("certificate of someone else");
        }
        String name = directory
                .person(c.getPersonId())
                .map(PersonSummary::displayName)
                .orElse("");
        return CertificatePdf.render(
                name,
                c.getCourse().getTitle(),
                c.getCourse().getHours(),
                c.getCompletedOn(),
                c.getValidUntil(),
                "RP-" + c.getCompletedOn().getYear() + "-" + c.getId());
    }

    // ---------------------------------------------------------------- sessions and attendance

    @Transactional(readOnly = true)
    public List<SessionRow> manageableSessions() {
        PortalUser user = currentUser.requireAnyRole(Role.TRAINER, Role.PROCESS_SUPERVISOR, Role.ADMIN);
        List<CourseSession> list =
                isPlanner(user) ? sessions.findFrom(now().minusMonths(3)) : sessions.findByTrainer(user.personId());
        Map<Long, int[]> counts = counts(list.stream().map(CourseSession::getId).toList());
        return list.stream()
                .map(s -> {
                    int[] n = counts.getOrDefault(s.getId(), new int[2]);
                    return new SessionRow(
                            s.getId(),
                            s.getCourse().getId(),
                            s.getCourse().getTitle(),
                            s.getStartsAt(),
                            s.getPlace() != null ? s.getPlace() : s.getOnlineLink(),
                            s.getTrainerName(),
                            s.getSeats(),
                            n[0],
                            n[1],
                            s.isCancelled());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public AttendanceSheet attendanceSheet(long sessionId) {
        PortalUser user = currentUser.require();
        CourseSession s = sessions.findById(sessionId).orElseThrow(() -> new AccessDeniedException("no such session"));
        checkMayRunSession(user, s);
        List<Enrolment> list = enrolments.findBySessionAndStatuses(
                sessionId,
                EnumSet.of(
                        EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.NOT_COMPLETED,
                        EnrolmentStatus.WAITING));
        Map<Long, String> names =
                directory.people(list.stream().map(Enrolment::getPersonId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        Map<Long, Map<Long, AttendanceState>> marks = new HashMap<>();
        attendances
                .findBySession(sessionId)
                .forEach(a -> marks.computeIfAbsent(a.getEnrolment().getId(), k -> new HashMap<>())
                        .put(a.getSessionDateId(), a.getState()));
        List<Attendee> attendees = new ArrayList<>();
        List<Attendee> waiting = new ArrayList<>();
        for (Enrolment e : list) {
            Attendee a = new Attendee(
                    e.getId(),
                    e.getPersonId(),
                    names.getOrDefault(e.getPersonId(), "?"),
                    e.getStatus(),
                    marks.getOrDefault(e.getId(), Map.of()));
            (e.getStatus() == EnrolmentStatus.WAITING ? waiting : attendees).add(a);
        }
        attendees.sort(Comparator.comparing(Attendee::name));
        return new AttendanceSheet(
                s.getId(),
                s.getCourse().getTitle(),
                s.getPlace() != null ? s.getPlace() : s.getOnlineLink(),
                s.getTrainerName(),
                dayParts(s),
                attendees,
                waiting);
    }

    /**
     * Records attendance for one day part. Present at every day part completes the course (a
     * certificate); once every day part is recorded and one is missed, the enrolment is closed as
     * not completed.
     */
    public void recordAttendance(long enrolmentId, long sessionDateId, AttendanceState state) {
        PortalUser user = currentUser.require();
        Long personId = tx.execute(st -> {
            Enrolment e =
                    enrolments.findById(enrolmentId).orElseThrow(() -> new AccessDeniedException("no such enrolment"));
            CourseSession s = e.getSession();
            checkMayRunSession(user, s);
            SessionDate date = s.getDates().stream()
                    .filter(d -> d.getId() == sessionDateId)
                    .findFirst()
                    .orElseThrow(() -> ValidationFailedException.of("", "training.error.date-not-in-session"));
            if (date.getStartsAt().toLocalDate().isAfter(today())) {
                throw ValidationFailedException.of("", "training.error.attendance-future");
            }
            if (!EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED)
                    .contains(e.getStatus())) {
                throw ValidationFailedException.of("", "training.error.not-enrolled");
            }
            attendances
                    .find(enrolmentId, sessionDateId)
                    .ifPresentOrElse(
                            a -> a.setState(state), () -> attendances.save(new Attendance(e, sessionDateId, state)));
            attendances.flush();
            Map<Long, AttendanceState> marks = attendances.findByEnrolment(enrolmentId).stream()
                    .collect(Collectors.toMap(Attendance::getSessionDateId, Attendance::getState));
            boolean allRecorded = s.getDates().stream().allMatch(d -> marks.containsKey(d.getId()));
            boolean allPresent = allRecorded && marks.values().stream().allMatch(m -> m == AttendanceState.PRESENT);
            Optional<Completion> completion = completions.findByEnrolmentId(enrolmentId);
            if (allPresent) {
                e.setStatus(EnrolmentStatus.COMPLETED);
                if (completion.isEmpty()) {
                    LocalDate lastDay = s.getDates().getLast().getStartsAt().toLocalDate();
                    completions.save(new Completion(e.getPersonId(), s.getCourse(), e.getId(), lastDay));
                }
            } else {
                completion.ifPresent(completions::delete);
                e.setStatus(allRecorded ? EnrolmentStatus.NOT_COMPLETED : EnrolmentStatus.ENROLLED);
            }
            return e.getPersonId();
        });
        tx.executeWithoutResult(st -> refresher.refresh(List.of(personId)));
    }

    /** Cancels a whole session; everybody with a seat or on its waiting list is told. */
    public void cancelSession(long sessionId) {
        currentUser.requireAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN);
        List<Enrolment> affected = tx.execute(st -> {
            CourseSession s =
                    sessions.lockById(sessionId).orElseThrow(() -> new AccessDeniedException("no such session"));
            if (s.isCancelled()) {
                return List.<Enrolment>of();
            }
            s.cancel();
            List<Enrolment> open = enrolments.findBySessionAndStatuses(sessionId, OPEN);
            open.forEach(e -> e.setStatus(EnrolmentStatus.SESSION_CANCELLED));
            open.forEach(e -> e.getSession().getCourse().getTitle());
            return open;
        });
        tx.executeWithoutResult(st -> {
            refresher.refresh(affected.stream().map(Enrolment::getPersonId).collect(Collectors.toSet()));
            for (Enrolment e : affected) {
                notices.sessionCancelled(
                        e.getPersonId(),
                        e.getSession().getId(),
                        "scholing/cursus/" + e.getCourseId(),
                        e.getSession().getCourse().getTitle(),
                        StatusRefresher.format(e.getSession().getStartsAt().toLocalDate()));
            }
        });
    }

    /** Reminds everyone with a seat of a session starting within the next days (once per enrolment). */
    public int sendSessionReminders(int daysAhead) {
        currentUser.requireAnyRole(Role.ADMIN, Role.PROCESS_SUPERVISOR);
        return tx.execute(st -> {
            int sent = 0;
            for (CourseSession s : sessions.findStartingBetween(now(), now().plusDays(daysAhead))) {
                for (Enrolment e : enrolments.findBySessionAndStatus(s.getId(), EnrolmentStatus.ENROLLED)) {
                    if (!e.isReminded()) {
                        e.markReminded();
                        notices.send(
                                e.getPersonId(),
                                "reminder",
                                TrainingNotices.LINK_MINE,
                                s.getCourse().getTitle(),
                                StatusRefresher.format(s.getStartsAt().toLocalDate()),
                                s.getPlace() != null ? s.getPlace() : String.valueOf(s.getOnlineLink()));
                        sent++;
                    }
                }
            }
            return sent;
        });
    }

    // ---------------------------------------------------------------- checks

    /**
     * May the user act for this person (enrol, cancel, see their training)? Oneself, a team leader
     * for their team's members, the process supervisor and the administrator. Deny otherwise.
     */
    static void checkMayActFor(PortalUser user, PersonSummary person) {
        if (user.personId() == person.id()
                && !user.hasRole(Role.PROVIDER)
                && !user.roles().isEmpty()) {
            return;
        }
        if (user.hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN)) {
            return;
        }
        if (user.hasRole(Role.TEAM_LEADER) && !Collections.disjoint(user.teamIds(), person.teamIds())) {
            return;
        }
        CurrentUser.deny("not your enrolment");
    }

    private static void checkMayRunSession(PortalUser user, CourseSession s) {
        if (user.hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN)) {
            return;
        }
        if (user.hasRole(Role.TRAINER) && s.getTrainerPersonId() != null && s.getTrainerPersonId() == user.personId()) {
            return;
        }
        CurrentUser.deny("not your session");
    }

    static boolean isPlanner(PortalUser user) {
        return user.hasAnyRole(Role.PROCESS_SUPERVISOR, Role.ADMIN);
    }

    static List<DayPart> dayParts(CourseSession s) {
        return s.getDates().stream()
                .map(d -> new DayPart(d.getId(), d.getStartsAt(), d.getEndsAt()))
                .toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
