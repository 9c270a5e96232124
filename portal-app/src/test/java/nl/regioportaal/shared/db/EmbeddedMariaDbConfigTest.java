package nl.regioportaal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

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
}
