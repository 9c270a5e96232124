package nl.regioportaal.training;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.communication.UidlWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.security.UserProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * National-scale benchmark (not part of the normal build; run with {@code ./mvnw -B -Pbench test -pl portal-app -am}).
 * Generates 40 municipalities, 300 teams, 30,000 professionals, 100 courses and 1,000,000
 * enrolments and completions, builds the read model with the real {@link StatusRefresher}, then
 * measures each operation against a baseline run in the same JVM on the same MariaDB, and writes
 * {@code target/benchmark.md}. Figures and the command are copied into docs/performance.md.
 * <p>
 * It runs on a database of its own ({@code target/bench-db}, wiped at its start), never on the test
 * database or a portal's {@code ./data}: its 30,000 people and the 400 "Burst" courses it adds to the
 * published plan must not show up anywhere else.
 */
@PortalTest
@TestPropertySource(properties = "portal.embedded-db.data-dir=target/bench-db/mariadb")
class TrainingBenchmark {

    static final int MUNICIPALITIES = 40, TEAMS = 300, PEOPLE = 30_000, COURSES = 100, MANDATORY = 20;
    static final int ENROLMENTS = 300_000, COMPLETIONS = 700_000;
    static final int BURST = 1_000, BURST_SESSIONS = 50, THREADS = 32, RUNS = 30, SCREEN_RUNS = 9;

    /** Times the SQL of the screen measurement (only on the measuring thread, only while it measures). */
    @TestConfiguration
    static class TimedSql {
        @Bean
        static BeanPostProcessor sqlTimer() {
            return SqlTimer.wrapper();
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    StatusRefresher refresher;

    @Autowired
    ComplianceService compliance;

    @Autowired
    EnrolmentService training;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationContext context;

    final Random random = new Random(42);
    final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        long t0 = System.nanoTime();
        long plan = SystemAuthentication.call(() -> TrainingFixtures.publishedPlan(plans));
        Generated g = generate(plan);
        log("generated in %d s", (System.nanoTime() - t0) / 1_000_000_000);
        long t1 = System.nanoTime();
        int people = SystemAuthentication.call(() -> refresher.refreshAll(false));
        log(
                "read model for %d people in %d s (%d status rows)",
                people,
                (System.nanoTime() - t1) / 1_000_000_000,
                jdbc.queryForObject("select count(*) from training_status", Long.class));
        line("| data | %s |", counts());

        overview();
        overviewThroughTheScreen();
        statements();
        burst(g);
        Files.writeString(Path.of("target/benchmark.md"), report);
        System.out.println(report);
    }

    // ------------------------------------------------------------------ overview

    void overview() {
        users.login("procesbegeleider");
        long sessionNs = median(() -> compliance.page(ComplianceService.Filter.none(), 0, 50));
        long bareNs = median(() -> {
            jdbc.queryForObject("select count(*) from training_member m where m.required_count > 0", Long.class);
            List<Long> ids = jdbc.queryForList(
                    "select m.person_id from training_member m where m.required_count > 0 "
                            + "order by m.display_name, m.person_id limit 50",
                    Long.class);
            jdbc.queryForList(
                    "select person_id, course_id, state, deadline, valid_until from training_status where person_id in ("
                            + String.join(",", ids.stream().map(String::valueOf).toList()) + ")");
            return jdbc.queryForList(
                    "select team_id, municipality_id, state, count(*) from training_status group by municipality_id, team_id, state");
        });
        line("| overview: first page (50 rows) + region roll-up, service | %.1f ms |", sessionNs / 1e6);
        line("| overview: the same numbers as bare SQL (baseline) | %.1f ms |", bareNs / 1e6);
        line("| overview ratio service / bare SQL (goal <= 2.0, and <= 150 ms) | %.2f |", (double) sessionNs / bareNs);
        long rollupOnly = median(
                () -> jdbc.queryForList(
                        "select team_id, municipality_id, state, count(*) from training_status group by municipality_id, team_id, state"));
        line("| region roll-up aggregate alone (bare SQL) | %.1f ms |", rollupOnly / 1e6);
        users.logout();
    }

    /**
     * Opening the region overview as the browser would: the view built, its first two pages of people
     * asked for, and the response serialised (Vaadin's {@link UidlWriter}, as in the byte budget test).
     * Its server time against the SQL it ran itself (timed on this thread by {@link SqlTimer}), each
     * the median of {@link #SCREEN_RUNS} opens on fresh pages after two warm-up opens.
     */
    void overviewThroughTheScreen() {
        PortalUser user = users.login("procesbegeleider");
        long[] server = new long[SCREEN_RUNS];
        long[] sql = new long[SCREEN_RUNS];
        int bytes = 0;
        for (int i = -2; i < SCREEN_RUNS; i++) {
            KaribuTest.openUi(context, user);
            SqlTimer.start();
            long start = System.nanoTime();
            UI.getCurrent().navigate("scholing/overzicht");
            LocatorJ._get(Grid.class, s -> s.withId("overview-people"))
                    .getDataCommunicator()
                    .setViewportRange(0, 100);
            String response =
                    new UidlWriter().createUidl(UI.getCurrent(), false).toString();
            long elapsed = System.nanoTime() - start;
            long inSql = SqlTimer.stop();
            MockVaadin.tearDown();
            if (i >= 0) {
                server[i] = elapsed;
                sql[i] = inSql;
                bytes = response.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Arrays.sort(server);
        Arrays.sort(sql);
        double serverMs = server[SCREEN_RUNS / 2] / 1e6, sqlMs = sql[SCREEN_RUNS / 2] / 1e6;
        line(
                "| overview through the screen: open (view, first 100 people, response of %d bytes), server time, median of %d | %.1f ms |",
                bytes, SCREEN_RUNS, serverMs);
        line("| overview through the screen: its own SQL in that open, median | %.1f ms |", sqlMs);
        line("| overview through the screen: ratio server / its SQL (goal <= 2.0) | %.2f |", serverMs / sqlMs);
        users.logout();
    }

    void statements() {
        users.login("procesbegeleider");
        for (int size : new int[] {50, 500}) {
            long n = tx.execute(s -> {
                long before = questions();
                compliance.page(ComplianceService.Filter.none(), 0, size);
                return questions() - before - 1;
            });
            line("| SQL statements for one overview page of %d rows | %d |", size, n);
        }
        users.logout();
    }

    private long questions() {
        return jdbc.queryForObject("show session status like 'Questions'", (rs, i) -> rs.getLong(2));
    }

    // ------------------------------------------------------------------ enrolment burst

    /**
     * Both sides get the same untimed warm-up round (JIT, pools, caches), then three measured rounds
     * in alternating order on fresh sessions; the medians are compared. The baseline loop is the
     * plain "lock the session row, count, insert" of the issue, on the same pool and threads.
     */
    void burst(Generated g) throws Exception {
        List<long[]> who = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            who.add(g.people.get(i * 7));
        }
        burstRound(g, who, "warm-up", true);
        List<Double> service = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        long seated = 0;
        for (int round = 1; round <= 3; round++) {
            double[] ms = burstRound(g, who, "round " + round, round % 2 == 1);
            service.add(ms[0]);
            plain.add(ms[1]);
            seated = (long) ms[2];
        }
        double serviceMs = median(service);
        double jdbcMs = median(plain);
        line(
                "| burst: %d concurrent enrolments into %d sessions through EnrolmentService (%d threads), median of 3 after a warm-up | %.0f ms, %.0f/s (seated %d) |",
                BURST, BURST_SESSIONS, THREADS, serviceMs, BURST / serviceMs * 1000, seated);
        line(
                "| burst baseline: plain JDBC lock-count-insert loop, same sessions set-up, median of 3 after a warm-up | %.0f ms, %.0f/s |",
                jdbcMs, BURST / jdbcMs * 1000);
        line(
                "| burst rounds (service ms / plain ms) | %s |",
                IntStream.range(0, service.size())
                        .mapToObj(i -> String.format("%.0f / %.0f", service.get(i), plain.get(i)))
                        .collect(Collectors.joining(", ")));
        line("| burst ratio service / plain JDBC throughput (goal >= 40 %%) | %.0f %% |", jdbcMs / serviceMs * 100);
    }

    /** One round: the service and the baseline each enrol everyone once, into fresh sessions; returns ms, ms, seated. */
    private double[] burstRound(Generated g, List<long[]> who, String name, boolean serviceFirst) throws Exception {
        List<Long> serviceSessions = sessionsForBurst(g.plan, "Burst service " + name);
        List<Long> jdbcSessions = sessionsForBurst(g.plan, "Burst jdbc " + name);
        Supplier<List<Callable<Object>>> viaService = () -> {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                long[] p = who.get(i);
                long session = serviceSessions.get(random.nextInt(BURST_SESSIONS));
                calls.add(() -> {
                    PortalUser user = new PortalUser(
                            0,
                            "bench." + p[0],
                            "",
                            false,
                            new UserProfile(
                                    p[0], "Bench", EnumSet.of(Role.PROFESSIONAL), p[1], Set.of(p[2]), null, true));
                    SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    user, null, user.getAuthorities()));
                    try {
                        return training.enrol(session);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            return calls;
        };
        Supplier<List<Callable<Object>>> viaJdbc = () -> {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                long[] p = who.get(i);
                long session = jdbcSessions.get(random.nextInt(BURST_SESSIONS));
                calls.add(() -> plainEnrol(session, p));
            }
            return calls;
        };
        double serviceMs;
        double jdbcMs;
        if (serviceFirst) {
            serviceMs = timed(viaService);
            jdbcMs = timed(viaJdbc);
        } else {
            jdbcMs = timed(viaJdbc);
            serviceMs = timed(viaService);
        }
        long seated = jdbc.queryForObject(
                "select count(*) from enrolment where status = 'ENROLLED' and session_id in ("
                        + String.join(
                                ",",
                                serviceSessions.stream().map(String::valueOf).toList()) + ")",
                Long.class);
        return new double[] {serviceMs, jdbcMs, seated};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private Object plainEnrol(long session, long[] p) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock =
                            c.prepareStatement("select id, seats from course_session where id = ? for update");
                    PreparedStatement count = c.prepareStatement(
                            "select count(*) from enrolment where session_id = ? and status = 'ENROLLED'");
                    PreparedStatement insert = c.prepareStatement(
                            "insert into enrolment (session_id, course_id, person_id, municipality_id, status, "
                                    + "open_marker, created_at, enrolled_by_person_id) select ?, course_id, ?, ?, ?, 1, now(6), ? from course_session where id = ?")) {
                lock.setLong(1, session);
                int seats;
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    seats = rs.getInt(2);
                }
                count.setLong(1, session);
                long taken;
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    taken = rs.getLong(1);
                }
                insert.setLong(1, session);
                insert.setLong(2, p[0]);
                insert.setLong(3, p[1]);
                insert.setString(4, taken < seats ? "ENROLLED" : "WAITING");
                insert.setLong(5, p[0]);
                insert.setLong(6, session);
                insert.executeUpdate();
                c.commit();
            }
        }
        return null;
    }

    private double timed(Supplier<List<Callable<Object>>> work) throws Exception {
        List<Callable<Object>> calls = work.get();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (Future<Object> f : pool.invokeAll(calls)) {
            f.get();
        }
        long ns = System.nanoTime() - start;
        pool.shutdown();
        return ns / 1e6;
    }

    /** Mandatory courses (the expensive path: the person's state is rewritten), one 20-seat session each. */
    private List<Long> sessionsForBurst(long plan, String prefix) {
        List<Long> ids = new ArrayList<>();
        LocalDateTime start = LocalDate.now().plusDays(40).atTime(9, 0);
        for (int i = 0; i < BURST_SESSIONS; i++) {
            jdbc.update(
                    "insert into course (plan_id, title, hours, mandatory, validity_months) values (?, ?, 2, true, 24)",
                    plan,
                    prefix + " " + i);
            long course = jdbc.queryForObject("select last_insert_id()", Long.class);
            jdbc.update("insert into course_audience_role (course_id, role) values (?, 'PROFESSIONAL')", course);
            jdbc.update(
                    "insert into course_session (course_id, place, seats, starts_at) values (?, 'Zaal', 20, ?)",
                    course,
                    start);
            long session = jdbc.queryForObject("select last_insert_id()", Long.class);
            jdbc.update(
                    "insert into session_date (session_id, starts_at, ends_at) values (?, ?, ?)",
                    session,
                    start,
                    start.plusHours(3));
            ids.add(session);
        }
        return ids;
    }

    // ------------------------------------------------------------------ data generator

    record Generated(long plan, List<long[]> people) {}

    Generated generate(long plan) {
        long region = jdbc.queryForObject("select min(id) from region", Long.class);
        List<String> rows = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES; m++) {
            rows.add("(" + region + ", 'Benchgemeente " + m + "')");
        }
        insert("municipality (region_id, name)", rows);
        List<Long> municipalities = jdbc.queryForList(
                "select id from municipality where name like 'Benchgemeente %' order by id", Long.class);
        rows.clear();
        for (int t = 0; t < TEAMS; t++) {
            rows.add("(" + municipalities.get(t % MUNICIPALITIES) + ", 'Benchteam " + t + "', '"
                    + (t % 5 == 0 ? "YOUTH" : "GENERAL") + "', 'MULTI_ONLY')");
        }
        insert("team (municipality_id, name, kind, caseload_scope)", rows);
        List<Map<String, Object>> teams =
                jdbc.queryForList("select id, municipality_id from team where name like 'Benchteam %' order by id");
        rows.clear();
        for (int i = 0; i < PEOPLE; i++) {
            Map<String, Object> team = teams.get(i % TEAMS);
            rows.add("('Bench" + i + "', 'Medewerker " + (char) ('A' + random.nextInt(26)) + i + "', 'bench" + i
                    + "@bench.example', " + team.get("municipality_id") + ", '"
                    + LocalDate.now().minusDays(random.nextInt(4000)) + "')");
        }
        insert("person (first_name, last_name, email, municipality_id, start_date)", rows);
        List<Long> personIds =
                jdbc.queryForList("select id from person where email like '%@bench.example' order by id", Long.class);
        List<long[]> people = new ArrayList<>();
        List<String> memberships = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            Map<String, Object> team = teams.get(i % TEAMS);
            long id = personIds.get(i);
            people.add(new long[] {
                id, ((Number) team.get("municipality_id")).longValue(), ((Number) team.get("id")).longValue()
            });
            memberships.add("(" + id + ", " + team.get("id") + ")");
            roles.add("(" + id + ", '" + (i < TEAMS ? "TEAM_LEADER" : "PROFESSIONAL") + "')");
        }
        insert("person_team (person_id, team_id)", memberships);
        insert("person_role (person_id, role)", roles);

        rows.clear();
        for (int c = 0; c < COURSES; c++) {
            boolean mandatory = c < MANDATORY;
            rows.add("(" + plan + ", 'Benchcursus " + c + "', 4, " + mandatory + ", " + (mandatory ? "24" : "null")
                    + ", " + (mandatory ? "'" + LocalDate.now().plusMonths(c % 12 - 4) + "'" : "null") + ")");
        }
        insert("course (plan_id, title, hours, mandatory, validity_months, deadline_date)", rows);
        List<Long> courses =
                jdbc.queryForList("select id from course where title like 'Benchcursus %' order by id", Long.class);
        List<String> audience = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int c = 0; c < MANDATORY; c++) {
            audience.add("(" + courses.get(c) + ", 'PROFESSIONAL')");
            audience.add("(" + courses.get(c) + ", 'TEAM_LEADER')");
            if (c % 5 == 4) {
                kinds.add("(" + courses.get(c) + ", 'YOUTH')");
            }
        }
        insert("course_audience_role (course_id, role)", audience);
        insert("course_audience_team_kind (course_id, team_kind)", kinds);
        rows.clear();
        for (long course : courses) {
            for (int s = 0; s < 10; s++) {
                rows.add("(" + course + ", 'Zaal', 40, '"
                        + LocalDate.now().minusDays(30 + random.nextInt(1000)).atTime(9, 0) + "')");
            }
        }
        insert("course_session (course_id, place, seats, starts_at)", rows);
        List<Map<String, Object>> sessions =
                jdbc.queryForList("select id, course_id from course_session where place = 'Zaal' order by id");
        rows.clear();
        for (int i = 0; i < ENROLMENTS; i++) {
            long[] p = people.get(random.nextInt(people.size()));
            Map<String, Object> s = sessions.get(random.nextInt(sessions.size()));
            rows.add("(" + s.get("id") + ", " + s.get("course_id") + ", " + p[0] + ", " + p[1] + ", '"
                    + (random.nextInt(10) == 0 ? "CANCELLED" : "COMPLETED") + "', null, now(6), " + p[0] + ")");
        }
        insert(
                "enrolment (session_id, course_id, person_id, municipality_id, status, open_marker, created_at, enrolled_by_person_id)",
                rows);
        rows.clear();
        for (int i = 0; i < COMPLETIONS; i++) {
            long[] p = people.get(random.nextInt(people.size()));
            // most completions are of the mandatory courses, as in a real plan
            long course = courses.get(
                    random.nextInt(10) < 7
                            ? random.nextInt(MANDATORY)
                            : MANDATORY + random.nextInt(COURSES - MANDATORY));
            LocalDate on = LocalDate.now().minusDays(random.nextInt(1100));
            rows.add("(" + p[0] + ", " + course + ", '" + on + "', '" + on.plusMonths(24) + "')");
        }
        insert("completion (person_id, course_id, completed_on, valid_until)", rows);
        return new Generated(plan, people);
    }

    private void insert(String into, List<String> rows) {
        for (int i = 0; i < rows.size(); i += 5000) {
            jdbc.update("insert into " + into + " values "
                    + String.join(",", rows.subList(i, Math.min(rows.size(), i + 5000))));
        }
    }

    private String counts() {
        return String.join(
                ", ",
                Arrays.stream(new String[] {
                            "municipality",
                            "team",
                            "person",
                            "course",
                            "course_session",
                            "enrolment",
                            "completion",
                            "training_status"
                        })
                        .map(t -> t + " " + jdbc.queryForObject("select count(*) from " + t, Long.class))
                        .toList());
    }

    // ------------------------------------------------------------------ helpers

    private long median(Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] ns = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ns[i] = System.nanoTime() - start;
        }
        Arrays.sort(ns);
        return ns[RUNS / 2];
    }

    private void log(String format, Object... args) {
        line("| %s |  |", String.format(Locale.ROOT, format, args));
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        report.append(s).append('\n');
        System.out.println("BENCH " + s);
    }
}
