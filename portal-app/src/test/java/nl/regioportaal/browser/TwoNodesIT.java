package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.shared.db.EmbeddedDbAccounts;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mariadb.jdbc.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two portal nodes as docs/deployment.md sets them up, on one machine: one MariaDB (the embedded binaries,
 * started here as a server of its own), two portals from the built jar on 127.0.0.2 and 127.0.0.3, and
 * Debian's HAProxy on 127.0.0.4 with sticky sessions (cookie {@code SRV}). Run by {@code .ci/run} in its own
 * stage: {@code ./portal mvn -B -Ptwo-nodes -pl portal-app -am test -Dtest=TwoNodesIT}. Needs the jar of a
 * previous {@code package} and Chromium.
 *
 * <p>The methods run in order on the one set-up: log in through the balancer; a plugin uploaded on node A
 * runs on node B; the hourly training job, run by the cluster from both nodes' screens, reminds everyone
 * once; the node serving a user is killed, the user logs in again on the other node and what they changed
 * is there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("portal-app/target/portal-app-0.1.0-SNAPSHOT.jar");
    private static final Path WORK = Path.of("target/two-nodes").toAbsolutePath();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String NEW_PASSWORD = "Overgestapt-op-knoop-2026";

    private static EmbeddedDatabase database;
    private static JdbcTemplate jdbc;
    private static GreenMail smtp;
    private static final Map<String, Node> NODES = new HashMap<>();
    private static Process haproxy;
    private static String balancer;

    /** A portal process: its name is also its HAProxy cookie value. */
    record Node(String name, String address, int port, Process process) {
        String url() {
            return "http://" + address + ":" + port;
        }
    }

    @BeforeAll
    static void startDatabaseTwoNodesAndTheBalancer() throws Exception {
        Browser.assumeAvailable();
        assertThat(JAR).as("the portal jar (./mvnw package)").exists();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        database = new EmbeddedMariaDbConfig()
                .embeddedDatabase(WORK.resolve("db/mariadb").toString(), 0, true);
        jdbc = new JdbcTemplate(new SimpleDriverDataSource(
                new Driver(),
                database.jdbcUrl(),
                EmbeddedDbAccounts.PORTAL_USER,
                database.credentials().portalPassword()));
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // one after the other: the first creates the schema and the demo data, the second finds them
        NODES.put("a", start("a", "127.0.0.2"));
        NODES.put("b", start("b", "127.0.0.3"));
        haproxy = startBalancer("127.0.0.4", freePort());
    }

    @AfterAll
    static void stopEverything() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        NODES.values().forEach(n -> n.process().destroy());
        NODES.values().forEach(n -> waitFor(n.process()));
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    @Order(1)
    void aUserLogsInThroughTheBalancerAndStaysOnOneNode() throws Exception {
        try (Browser browser = loggedIn(balancer, "admin", "demo")) {
            String node = servedBy(browser);
            browser.open("/beheer/plugins");
            browser.waitForText("Plugins");
            assertThat(servedBy(browser)).as("sticky session").isEqualTo(node);
        }
    }

    @Test
    @Order(2)
    void aPluginUploadedOnNodeAIsRunningOnNodeBWithinSeconds() throws Exception {
        Path caseload = ROOT.resolve("portal-app/target/test-plugins/upload/plugin-caseload.jar");
        try (Browser browser = loggedIn(NODES.get("a").url(), "admin", "demo")) {
            browser.open("/beheer/plugins");
            WebElement upload = browser.waitFor(By.id("plugin-upload"));
            upload.getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(caseload.toString());
            browser.waitForText("caseload");
        }
        Path onB = WORK.resolve("node-b/plugins");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Files.readString(WORK.resolve("node-b/logs/portal.log")))
                        .contains("plugin caseload installed on another node: running here (true)"));
        try (var files = Files.list(onB)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("caseload"));
        }
        try (Browser browser = loggedIn(NODES.get("b").url(), "admin", "demo")) {
            browser.open("/beheer/plugins");
            browser.waitForText("caseload");
        }
    }

    @Test
    @Order(3)
    void theHourlyJobRunFromBothNodesRemindsEveryoneWithASeatOnce() throws Exception {
        long session = jdbc.queryForObject(
                "SELECT s.id FROM course_session s JOIN enrolment e ON e.session_id = s.id AND e.status = 'ENROLLED' "
                        + "WHERE NOT e.reminded GROUP BY s.id ORDER BY s.starts_at LIMIT 1",
                Long.class);
        // the demo's next session with people on it moves to tomorrow, so that its reminders are due
        jdbc.update(
                "UPDATE course_session SET starts_at = ? WHERE id = ?",
                LocalDateTime.now(Clock.system(AMSTERDAM)).plusDays(1).withNano(0),
                session);
        int seated = jdbc.queryForObject(
                "SELECT COUNT(*) FROM enrolment WHERE session_id = ? AND status = 'ENROLLED'", Integer.class, session);
        assertThat(seated).isPositive();
        int before = reminders();

        runHourlyJobFrom("a");
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders() == before + seated);
        String firstRun = lastHourlyRun();
        runHourlyJobFrom("b");
        await().atMost(Duration.ofSeconds(30)).until(() -> !lastHourlyRun().equals(firstRun));
        assertThat(reminders()).as("the second run reminds nobody again").isEqualTo(before + seated);

        // the reminder mails (when the recipients' preferences ask for mail) reach the SMTP server once each,
        // although both nodes send from the one outbox
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM notify_mail WHERE kind LIKE '%reminder%' AND status <> 'SENT'",
                                Integer.class)
                        == 0);
        List<String> sent =
                jdbc.queryForList("SELECT message_id FROM notify_mail WHERE kind LIKE '%reminder%'", String.class);
        List<String> received = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            received.add(bare(m.getMessageID()));
        }
        for (String messageId : sent) {
            assertThat(received).as(messageId).containsOnlyOnce(bare(messageId));
        }
    }

    private static String bare(String messageId) {
        return messageId == null
                ? ""
                : messageId.replace("<", "").replace(">", "").trim();
    }

    @Test
    @Order(4)
    void whenTheNodeOfASessionIsKilledTheUserLogsInOnTheOtherAndNothingEnteredIsLost() throws Exception {
        try (Browser browser = loggedIn(balancer, "wijkcoach.baarn", "demo")) {
            browser.open("/profiel");
            List<WebElement> fields = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                fields.clear();
                fields.addAll(browser.driver().findElements(By.cssSelector("vaadin-password-field input")));
                return fields.size() >= 2;
            });
            // the tab leaves each field, so that its value reaches the server before the click
            fields.get(0).sendKeys("demo" + Keys.TAB);
            fields.get(1).sendKeys(NEW_PASSWORD + Keys.TAB);
            browser.settle();
            browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Wachtwoord wijzigen']"))
                    .click();
            browser.waitForText("Je wachtwoord is gewijzigd.");
            String served = servedBy(browser);

            Node killed = NODES.remove(served);
            killed.process().destroyForcibly().waitFor();

            browser.forgetSession();
            browser.login("wijkcoach.baarn", NEW_PASSWORD);
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            assertThat(servedBy(browser)).isNotEqualTo(served);
            browser.screenshot("two-nodes-after-failover");
        }
    }

    /** A browser logged in at {@code url} (a node or the balancer), showing the start page. */
    private static Browser loggedIn(String url, String username, String password) throws IOException {
        Browser browser = new Browser(url);
        browser.login(username, password);
        browser.waitFor(By.cssSelector("vaadin-side-nav"));
        return browser;
    }

    private static void runHourlyJobFrom(String node) throws Exception {
        try (Browser browser = loggedIn(NODES.get(node).url(), "admin", "demo")) {
            browser.open("/beheer/taken");
            click(
                    browser,
                    browser.waitFor(By.cssSelector("vaadin-button[aria-label='Nu uitvoeren: training-hourly']")));
            browser.waitForText("training-hourly");
            browser.settle();
        }
    }

    /** When the hourly job last started, as the database has it (text: no time zone conversion on the way). */
    private static String lastHourlyRun() {
        return jdbc.queryForObject(
                "SELECT CAST(started_at AS CHAR) FROM notify_job_run WHERE job_name = 'training-hourly'", String.class);
    }

    private static int reminders() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind LIKE '%reminder%'", Integer.class);
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", element);
    }

    /** The node HAProxy pinned this browser to (its cookie); the first answer after a login sets it. */
    private static String servedBy(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("SRV");
        assertThat(cookie).as("HAProxy's sticky cookie").isNotNull();
        return cookie.getValue();
    }

    private static Node start(String name, String address) throws Exception {
        int port = freePort();
        Path dir = WORK.resolve("node-" + name);
        Files.createDirectories(dir.resolve("logs"));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        // C1 and the serial collector: less CPU at start on a small shared machine
                        java, "-Xmx600m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/console.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_ADDRESS", address);
        env.put("PORT", String.valueOf(port));
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", EmbeddedDbAccounts.PORTAL_USER);
        env.put("SPRING_DATASOURCE_PASSWORD", database.credentials().portalPassword());
        env.put("PORTAL_DATA_DIR", dir.toString());
        env.put("PORTAL_DEMO_DATA", "true");
        env.put(
                "PORTAL_BUNDLED_PLUGINS",
                ROOT.resolve("portal-app/target/test-plugins/bundled").toString());
        env.put("PORTAL_PUBLIC_URL", "http://127.0.0.4");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
        env.put("SMTP_STARTTLS", "false");
        Process process = builder.start();
        // a stage time-out (SIGTERM to Maven and this JVM) must not leave portals running
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Node node = new Node(name, address, port, process);
        awaitHealthy(node.url() + "/actuator/health/readiness", process, Duration.ofSeconds(270));
        return node;
    }

    private static Process startBalancer(String address, int port) throws Exception {
        Path config = WORK.resolve("haproxy.cfg");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "global",
                        "    maxconn 200",
                        "defaults",
                        "    mode http",
                        "    timeout connect 2s",
                        "    timeout client 60s",
                        "    timeout server 60s",
                        "    timeout tunnel 1h",
                        "    option redispatch",
                        "    retries 2",
                        "frontend portal",
                        "    bind " + address + ":" + port,
                        "    default_backend nodes",
                        "backend nodes",
                        "    balance roundrobin",
                        "    cookie SRV insert indirect nocache httponly",
                        "    option httpchk GET /actuator/health/readiness",
                        "    default-server inter 1s fall 2 rise 2",
                        serverLine(NODES.get("a")),
                        serverLine(NODES.get("b")),
                        ""));
        Process process = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("haproxy.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        balancer = "http://" + address + ":" + port;
        awaitHealthy(balancer + "/actuator/health/readiness", process, Duration.ofSeconds(20));
        return process;
    }

    private static String serverLine(Node node) {
        return "    server " + node.name() + " " + node.address() + ":" + node.port() + " check cookie " + node.name();
    }

    private static void awaitHealthy(String url, Process process, Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as(url + ": process ended").isTrue();
            try {
                return http.send(
                                        HttpRequest.newBuilder(URI.create(url)).build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
