package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the compliance read model (training_member, training_status) from
 * {@link TrainingStatusRules}: after each change for the people concerned, and every night for
 * everybody (time alone turns "valid" into "expiring" and "to do" into "overdue"). The nightly run
 * also sends the "due soon", "overdue" and "expiring" notices, once per state.
 */
@Component
class StatusRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(StatusRefresher.class);
    private static final int CHUNK = 500;
    private static final String UPSERT_STATUS =
            "insert into training_status (person_id, course_id, municipality_id, team_id, state, deadline, valid_until) "
                    + "values (?,?,?,?,?,?,?) on duplicate key update municipality_id = values(municipality_id), team_id = values(team_id), "
                    + "state = values(state), deadline = values(deadline), valid_until = values(valid_until)";
    static final int DUE_SOON_DAYS = 30;
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RegionDirectory directory;
    private final CourseRepository courses;
    private final CompletionRepository completions;
    private final EnrolmentRepository enrolments;
    private final JdbcTemplate jdbc;
    private final TrainingNotices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RollupKeeper rollups;

    StatusRefresher(
            RegionDirectory directory,
            CourseRepository courses,
            CompletionRepository completions,
            EnrolmentRepository enrolments,
            JdbcTemplate jdbc,
            TrainingNotices notices,
            PlatformTransactionManager transactionManager,
            Clock clock,
            RollupKeeper rollups) {
        this.directory = directory;
        this.courses = courses;
        this.completions = completions;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
        this.notices = notices;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.rollups = rollups;
    }

    /** Everybody in a team, in chunks of their own transactions; returns the number of people. */
    int refreshAll(boolean notify) {
        Map<Long, TeamRef> teams = directory.teams().stream().collect(Collectors.toMap(TeamRef::id, t -> t));
        Map<Long, PersonSummary> people = new LinkedHashMap<>();
        for (TeamRef team : teams.values()) {
            directory.activeMembersOf(team.id()).forEach(p -> people.putIfAbsent(p.id(), p));
        }
        List<PersonSummary> all = new ArrayList<>(people.values());
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<PersonSummary> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            transaction.executeWithoutResult(s -> write(chunk, teams, notify));
        }
        List<Long> gone = jdbc.queryForList("select person_id from training_member", Long.class).stream()
                .filter(id -> !people.containsKey(id))
                .toList();
        transaction.executeWithoutResult(s -> forget(gone));
        LOG.info("training statuses refreshed people={} removed={} notify={}", all.size(), gone.size(), notify);
        return all.size();
    }

    /** After a change for these people (in the caller's transaction). */
    void refresh(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Map<Long, TeamRef> teams = directory.teams().stream().collect(Collectors.toMap(TeamRef::id, t -> t));
        List<PersonSummary> people = directory.people(personIds);
        write(people.stream().filter(p -> p.active() && !p.teamIds().isEmpty()).toList(), teams, false);
        forget(people.stream()
                .filter(p -> !p.active() || p.teamIds().isEmpty())
                .map(PersonSummary::id)
                .toList());
    }

    /**
     * After an enrolment changed for one person and course: only that pair can change state, so
     * only that row is written (kept small because it runs for every enrolment).
     */
    void refreshPair(PersonSummary p, CourseRule course, boolean openEnrolment) {
        refreshPair(p, course, openEnrolment, false);
    }

    /**
     * As above; with {@code startDateFromReadModel} the person's start date is not in {@code p}
     * (built from the login) and is read from training_member together with the latest completion,
     * in one statement. Someone not in the read model yet is looked up in the staff directory.
     */
    void refreshPair(PersonSummary p, CourseRule course, boolean openEnrolment, boolean startDateFromReadModel) {
        if (!course.mandatory() || !p.active() || p.teamIds().isEmpty()) {
            return;
        }
        Done done;
        if (startDateFromReadModel) {
            record Facts(LocalDate startDate, Done done) {}
            List<Facts> facts = jdbc.query(
                    "select m.start_date, c.completed_on, c.valid_until from training_member m "
                            + "left join completion c on c.person_id = m.person_id and c.course_id = ? where m.person_id = ? "
                            + "order by c.completed_on desc, c.id desc limit 1",
                    (rs, i) -> {
                        LocalDate on = rs.getObject(2, LocalDate.class);
                        return new Facts(
                                rs.getObject(1, LocalDate.class),
                                on == null ? null : new Done(on, rs.getObject(3, LocalDate.class)));
                    },
                    course.courseId(),
                    p.id());
            if (facts.isEmpty()) {
                directory
                        .person(p.id())
                        .filter(PersonSummary::active)
                        .ifPresent(found -> refreshPair(found, course, openEnrolment, false));
                return;
            }
            Facts f = facts.getFirst();
            p = new PersonSummary(
                    p.id(),
                    p.displayName(),
                    p.email(),
                    p.municipalityId(),
                    p.teamIds(),
                    p.roles(),
                    f.startDate(),
                    p.active());
            done = f.done();
        } else {
            done = null;
        }
        TrainingSubject subject = subject(p, teamsOf(p));
        if (!TrainingStatusRules.isRequired(course, subject)) {
            return;
        }
        if (!startDateFromReadModel) {
            done = completions.latestOf(p.id(), course.courseId()).stream()
                    .findFirst()
                    .map(c -> new Done(c.getCompletedOn(), c.getValidUntil()))
                    .orElse(null);
        }
        CourseStatus st = TrainingStatusRules.compute(
                course,
                subject,
                done == null ? null : done.on(),
                done == null ? null : done.until(),
                openEnrolment,
                LocalDate.now(clock));
        Long firstTeam = p.teamIds().stream().min(Comparator.naturalOrder()).orElse(null);
        jdbc.update(
                UPSERT_STATUS,
                p.id(),
                course.courseId(),
                p.municipalityId(),
                firstTeam,
                st.state().name(),
                st.deadline(),
                st.validUntil());
        rollups.changed(Set.of(firstTeam));
    }

    /** The latest completion of a course: on which day, valid until when (null: for ever). */
    private record Done(LocalDate on, LocalDate until) {}

    /** The person's teams (their kind decides some audiences), read fresh: usually one team by its key. */
    private Map<Long, TeamRef> teamsOf(PersonSummary p) {
        Map<Long, TeamRef> teams = new HashMap<>();
        p.teamIds().forEach(id -> directory.team(id).ifPresent(t -> teams.put(id, t)));
        return teams;
    }

    static TrainingSubject subject(PersonSummary p, Map<Long, TeamRef> teams) {
        Set<TeamKind> kinds = EnumSet.noneOf(TeamKind.class);
        p.teamIds().forEach(id -> {
            TeamRef t = teams.get(id);
            if (t != null) {
                kinds.add(t.kind());
            }
        });
        return new TrainingSubject(p.id(), p.roles(), p.municipalityId(), kinds, p.startDate());
    }

    private record MemberRow(
            long personId,
            String displayName,
            Long municipalityId,
            Long teamId,
            int requiredCount,
            LocalDate startDate,
            LocalDate refreshedOn) {}

    private record StatusRow(
            long personId,
            long courseId,
            Long municipalityId,
            Long teamId,
            TrainingState state,
            LocalDate deadline,
            LocalDate validUntil) {}

    private record PersonCourse(long personId, long courseId) {}

    private record NoticeSent(String key, PersonCourse pair) {}

    private void write(List<PersonSummary> people, Map<Long, TeamRef> teams, boolean notify) {
        if (people.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<Course> mandatory = courses.findPublishedMandatory();
        List<Long> ids = people.stream().map(PersonSummary::id).toList();
        // the teams they were in and the teams they are in now both change their roll-up
        Set<Long> touched = new HashSet<>(rollups.teamsOf(ids));
        Map<Long, Map<Long, Done>> latest = latestCompletions(ids);
        Set<PersonCourse> open = new HashSet<>();
        enrolments.openCoursesOf(ids).forEach(r -> open.add(new PersonCourse(r.getPersonId(), r.getCourseId())));
        Map<PersonCourse, String> notified = new HashMap<>();
        if (notify) {
            jdbc.query(
                    "select person_id, course_id, notified_key from training_status where person_id in ("
                            + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")",
                    rs -> {
                        notified.put(new PersonCourse(rs.getLong(1), rs.getLong(2)), rs.getString(3));
                    });
        }

        List<MemberRow> members = new ArrayList<>();
        List<StatusRow> upserts = new ArrayList<>();
        List<PersonCourse> deletes = new ArrayList<>();
        List<NoticeSent> notifiedUpdates = new ArrayList<>();
        for (PersonSummary p : people) {
            TrainingSubject subject = subject(p, teams);
            Long firstTeam = p.teamIds().stream().min(Comparator.naturalOrder()).orElse(null);
            int requiredCount = 0;
            Map<Long, Done> mine = latest.getOrDefault(p.id(), Map.of());
            for (Course c : mandatory) {
                PersonCourse pair = new PersonCourse(p.id(), c.getId());
                Done done = mine.get(c.getId());
                CourseStatus st = TrainingStatusRules.compute(
                        c.rule(),
                        subject,
                        done == null ? null : done.on(),
                        done == null ? null : done.until(),
                        open.contains(pair),
                        today);
                boolean required = TrainingStatusRules.isRequired(c.rule(), subject);
                if (!required) {
                    deletes.add(pair);
                    continue;
                }
                requiredCount++;
                upserts.add(new StatusRow(
                        p.id(), c.getId(), p.municipalityId(), firstTeam, st.state(), st.deadline(), st.validUntil()));
                if (notify) {
                    String key = noticeKey(st, today);
                    String before = notified.get(pair);
                    if (key != null && !key.equals(before)) {
                        notices.send(p.id(), key, TrainingNotices.LINK_MINE, c.getTitle(), st.deadline());
                        notifiedUpdates.add(new NoticeSent(key, pair));
                    }
                }
            }
            touched.add(firstTeam);
            members.add(new MemberRow(
                    p.id(), p.displayName(), p.municipalityId(), firstTeam, requiredCount, p.startDate(), today));
        }
        jdbc.batchUpdate(
                "insert into training_member (person_id, display_name, municipality_id, team_id, required_count, start_date, refreshed_on) "
                        + "values (?,?,?,?,?,?,?) on duplicate key update display_name = values(display_name), municipality_id = values(municipality_id), "
                        + "team_id = values(team_id), required_count = values(required_count), start_date = values(start_date), "
                        + "refreshed_on = values(refreshed_on)",
                members,
                CHUNK,
                (ps, m) -> {
                    ps.setLong(1, m.personId());
                    ps.setString(2, m.displayName());
                    ps.setObject(3, m.municipalityId());
                    ps.setObject(4, m.teamId());
                    ps.setInt(5, m.requiredCount());
                    ps.setObject(6, m.startDate());
                    ps.setObject(7, m.refreshedOn());
                });
        jdbc.batchUpdate(UPSERT_STATUS, upserts, CHUNK, (ps, r) -> {
            ps.setLong(1, r.personId());
            ps.setLong(2, r.courseId());
            ps.setObject(3, r.municipalityId());
            ps.setObject(4, r.teamId());
            ps.setString(5, r.state().name());
            ps.setObject(6, r.deadline());
            ps.setObject(7, r.validUntil());
        });
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate(
                    "delete from training_status where person_id = ? and course_id = ?", deletes, CHUNK, (ps, d) -> {
                        ps.setLong(1, d.personId());
                        ps.setLong(2, d.courseId());
                    });
        }
        if (!notifiedUpdates.isEmpty()) {
            jdbc.batchUpdate(
                    "update training_status set notified_key = ? where person_id = ? and course_id = ?",
                    notifiedUpdates,
                    CHUNK,
                    (ps, n) -> {
                        ps.setString(1, n.key());
                        ps.setLong(2, n.pair().personId());
                        ps.setLong(3, n.pair().courseId());
                    });
        }
        rollups.changed(touched);
    }

    /** Which notice a state deserves (null: none); each is sent once until the state changes. */
    static String noticeKey(CourseStatus st, LocalDate today) {
        return switch (st.state()) {
            case OVERDUE -> "overdue";
            case EXPIRING -> "expiring";
            case TO_DO ->
                st.deadline() != null && !st.deadline().isAfter(today.plusDays(DUE_SOON_DAYS)) ? "due-soon" : null;
            default -> null;
        };
    }

    private Map<Long, Map<Long, Done>> latestCompletions(List<Long> ids) {
        Map<Long, Map<Long, Done>> latest = new HashMap<>();
        for (CompletionRepository.CompletionFacts c : completions.factsOf(ids)) {
            latest.computeIfAbsent(c.getPersonId(), k -> new HashMap<>())
                    .merge(
                            c.getCourseId(),
                            new Done(c.getCompletedOn(), c.getValidUntil()),
                            (a, b) -> b.on().isAfter(a.on()) ? b : a);
        }
        return latest;
    }

    private void forget(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Set<Long> teams = rollups.teamsOf(personIds);
        jdbc.batchUpdate(
                "delete from training_status where person_id = ?", personIds, CHUNK, (ps, id) -> ps.setLong(1, id));
        jdbc.batchUpdate(
                "delete from training_member where person_id = ?", personIds, CHUNK, (ps, id) -> ps.setLong(1, id));
        rollups.changed(teams);
    }

    static String format(LocalDate d) {
        return PortalFormats.date(d, PortalI18NProvider.DUTCH);
    }
}
