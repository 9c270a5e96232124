package nl.regioportaal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded MariaDB starts while Spring still reads its configuration (issue 15, point 9), and the
 * {@code embeddedDatabase} bean takes that server instead of starting a second one; a server nobody takes
 * is stopped, so no MariaDB outlives a failed start.
 */
class EarlyDatabaseStartTest {

    private final EarlyDatabaseStart listener = new EarlyDatabaseStart();

    @Test
    void theBeanTakesTheServerThatStartedWhileSpringWasStillReadingItsConfiguration() throws Exception {
        Path dir = Path.of("target/early-start/taken").toAbsolutePath();
        listener.onApplicationEvent(environmentPrepared(Map.of("portal.embedded-db.data-dir", dir.toString())));
        int earlyServer = awaitServer(dir);

        EmbeddedDatabase db = new EmbeddedMariaDbConfig().embeddedDatabase(dir.toString(), 0, true);
        try (Connection c = DriverManager.getConnection(
                db.jdbcUrl(), EmbeddedDbAccounts.PORTAL_USER, db.credentials().portalPassword())) {
            assertThat(c.isValid(5)).isTrue();
            assertThat(serverOf(dir))
                    .as("the same server process, not a second start")
                    .hasValue(earlyServer);
        } finally {
            db.stop();
        }
        assertThat(serverOf(dir)).isEmpty();
    }

    @Test
    void whenTheContextWantsAnotherDataDirectoryTheEarlyServerIsStoppedAndTheBeanStartsItsOwn() throws Exception {
        Path early = Path.of("target/early-start/unwanted").toAbsolutePath();
        Path wanted = Path.of("target/early-start/wanted").toAbsolutePath();
        listener.onApplicationEvent(environmentPrepared(Map.of("portal.embedded-db.data-dir", early.toString())));

        EmbeddedDatabase db = new EmbeddedMariaDbConfig().embeddedDatabase(wanted.toString(), 0, true);
        try {
            assertThat(db.dataDir()).isEqualTo(wanted.normalize());
            assertThat(serverOf(wanted)).isPresent();
            assertThat(serverOf(early)).as("the server nobody took").isEmpty();
        } finally {
            db.stop();
        }
    }

    @Test
    void aStartThatFailsStopsTheServerStartedEarly() throws Exception {
        Path dir = Path.of("target/early-start/failed").toAbsolutePath();
        listener.onApplicationEvent(environmentPrepared(Map.of("portal.embedded-db.data-dir", dir.toString())));

        listener.onApplicationEvent(new ApplicationFailedEvent(
                new SpringApplication(), new String[0], null, new IllegalStateException("a bean failed")));

        assertThat(serverOf(dir)).isEmpty();
        assertThat(DataDirectoryGuard.inUse(dir))
                .as("the data directory is free again")
                .isEmpty();
    }

    @Test
    void nothingStartsEarlyForAnExternalDatabaseOrWhenTurnedOff() throws Exception {
        Path dir = Path.of("target/early-start/not-started").toAbsolutePath();
        listener.onApplicationEvent(environmentPrepared(Map.of(
                "portal.embedded-db.data-dir",
                dir.toString(),
                "spring.datasource.url",
                "jdbc:mariadb://db.example:3306/regioportaal")));
        listener.onApplicationEvent(environmentPrepared(
                Map.of("portal.embedded-db.data-dir", dir.toString(), "portal.embedded-db.early-start", "false")));

        assertThat(EarlyDatabaseStart.claim(new EmbeddedMariaDbConfig.Settings(dir, 0, true)))
                .isEmpty();
        assertThat(serverOf(dir)).isEmpty();
    }

    private static ApplicationEnvironmentPreparedEvent environmentPrepared(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("portal.embedded-db.fresh", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment);
    }

    private static OptionalInt serverOf(Path dir) {
        Path data = dir.toAbsolutePath().normalize();
        return DataDirectoryGuard.runningServer(data, DataDirectoryGuard.serverBinary(data));
    }

    private static int awaitServer(Path dir) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            OptionalInt pid = serverOf(dir);
            if (pid.isPresent()) {
                return pid.getAsInt();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server started early on " + dir);
    }
}
