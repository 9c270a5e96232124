package nl.regioportaal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A backup of a running embedded database, restored into a fresh data directory: the portal's rows, a plugin's
 * schema with its rows, the plugin's own account (its password still works), the credentials file and the
 * installed plugin jars all come back.
 */
class EmbeddedDbBackupTest {

    private static final String PLUGIN_PASSWORD = "plugin-eigen-wachtwoord";

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryHasEverything() throws Exception {
        Path source = Path.of("target/backup-test/source").toAbsolutePath();
        Path restored = Path.of("target/backup-test/restored").toAbsolutePath();
        Path file = Path.of("target/backup-test/backup.zip").toAbsolutePath();
        EmbeddedMariaDbConfig.deleteRecursively(restored);
        Files.createDirectories(source.resolve("plugins"));
        Files.writeString(source.resolve("plugins/plugin-demo.jar"), "een plugin");

        EmbeddedMariaDbConfig.EmbeddedDatabase running = new EmbeddedMariaDbConfig()
                .embeddedDatabase(source.resolve("mariadb").toString(), 0, true);
        try {
            try (Connection portal = DriverManager.getConnection(
                            running.jdbcUrl(),
                            EmbeddedDbAccounts.PORTAL_USER,
                            running.credentials().portalPassword());
                    Statement s = portal.createStatement()) {
                s.execute("CREATE TABLE remembered (note VARCHAR(100))");
                s.execute("INSERT INTO remembered VALUES ('ingevoerd voor de backup')");
                // as the plugins module sets up a plugin: its schema and an account limited to it
                s.execute("CREATE DATABASE plg_demo");
                s.execute("CREATE USER 'plg_demo'@'%' IDENTIFIED BY '" + PLUGIN_PASSWORD + "'");
                // "_" is a wildcard in a GRANT's schema name: escaped, as the plugins module does
                s.execute("GRANT ALL PRIVILEGES ON `plg\\_demo`.* TO 'plg_demo'@'%'");
            }
            try (Connection plugin = pluginConnection(running.port());
                    Statement s = plugin.createStatement()) {
                s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
                s.execute("INSERT INTO note VALUES (1, 'een'), (2, 'twee')");
            }
            // while the portal (here: this JVM) holds the data directory, the backup comes from its server
            EmbeddedDbBackup.backup(source, file);
        } finally {
            running.stop();
        }
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);

        EmbeddedDbBackup.restore(file, restored);

        assertThat(Files.readString(EmbeddedDbAccounts.credentialsFile(restored.resolve("mariadb"))))
                .isEqualTo(Files.readString(EmbeddedDbAccounts.credentialsFile(source.resolve("mariadb"))));
        assertThat(restored.resolve("plugins/plugin-demo.jar")).hasContent("een plugin");
        EmbeddedMariaDbConfig.EmbeddedDatabase back = new EmbeddedMariaDbConfig()
                .embeddedDatabase(restored.resolve("mariadb").toString(), 0, false);
        try (Connection portal = DriverManager.getConnection(
                        back.jdbcUrl(),
                        EmbeddedDbAccounts.PORTAL_USER,
                        back.credentials().portalPassword());
                Statement s = portal.createStatement();
                ResultSet rs = s.executeQuery("SELECT note FROM remembered")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ingevoerd voor de backup");
            try (Connection plugin = pluginConnection(back.port());
                    Statement ps = plugin.createStatement();
                    ResultSet notes = ps.executeQuery("SELECT COUNT(*) FROM note")) {
                assertThat(notes.next()).isTrue();
                assertThat(notes.getInt(1)).isEqualTo(2);
            }
        } finally {
            back.stop();
        }
    }

    @Test
    void aRestoreNeverGoesIntoADataDirectoryThatHoldsADatabase() throws Exception {
        Path existing = Path.of("target/backup-test/existing").toAbsolutePath();
        Files.createDirectories(existing.resolve("mariadb"));
        assertThatThrownBy(() -> EmbeddedDbBackup.restore(Path.of("target/backup-test/none.zip"), existing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fresh data directory");
    }

    private static Connection pluginConnection(int port) throws Exception {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port + "/plg_demo", "plg_demo", PLUGIN_PASSWORD);
    }
}
