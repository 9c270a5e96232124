package nl.regioportaal.plugins;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.regioportaal.shared.db.EmbeddedDbAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each plugin's own schema ({@code plg_<id>}) and own MariaDB account ({@code plg_<id>}), with rights on
 * that schema only: this, not the statement guard, is what keeps a plugin out of the portal's tables and
 * out of other plugins' tables. The portal's account creates them (it needs {@code CREATE USER} and all
 * rights on {@code plg\_%} with grant option; the embedded database sets that up, an external one must be
 * given it). Passwords live in {@code plugin_db_account} in the portal schema.
 *
 * <p>A plugin's tables from the previous layout ({@code plg_<id>_*} in the portal schema, history
 * included) are moved into its schema the first time it starts here.
 */
@Component
class PluginDatabases {

    /** What the plugin's account may do in its own schema (documented in docs/plugins.md). */
    static final String RIGHTS = "SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES, "
            + "CREATE VIEW, SHOW VIEW, CREATE TEMPORARY TABLES, LOCK TABLES";

    private static final Logger LOG = LoggerFactory.getLogger(PluginDatabases.class);
    private static final Pattern URL = Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/?]+)(?:/([^?]*))?(\\?.*)?$");

    private final JdbcTemplate jdbc;
    private final String portalUrl;
    private final Map<String, HikariDataSource> open = new ConcurrentHashMap<>();

    PluginDatabases(DataSource portal) {
        this.jdbc = new JdbcTemplate(portal);
        this.portalUrl = portal instanceof HikariDataSource hikari
                ? hikari.getJdbcUrl()
                : jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
    }

    static String schema(String pluginId) {
        return "plg_" + pluginId;
    }

    static String account(String pluginId) {
        return "plg_" + pluginId;
    }

    /** The schema name as a GRANT pattern: {@code _} is a wildcard there and must not match other schemas. */
    static String grantPattern(String pluginId) {
        return schema(pluginId).replace("_", "\\_");
    }

    /**
     * Creates the plugin's schema and account when missing (moving its tables of the previous layout) and
     * returns a small connection pool that logs in as the plugin's account.
     *
     * @throws PluginStartException when the portal's account may not create schemas or accounts
     */
    synchronized DataSource open(String pluginId) {
        HikariDataSource existing = open.get(pluginId);
        if (existing != null && !existing.isClosed()) {
            return existing;
        }
        String password;
        try {
            password = provision(pluginId);
            moveLegacyTables(pluginId);
        } catch (DataAccessException e) {
            LOG.error("database of plugin {} could not be set up", pluginId, e);
            throw new PluginStartException(
                    "plugins.failed.database-rights",
                    String.valueOf(e.getMostSpecificCause().getMessage()));
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(urlOf(portalUrl, schema(pluginId)));
        ds.setUsername(account(pluginId));
        ds.setPassword(password);
        ds.setMaximumPoolSize(3);
        ds.setMinimumIdle(0);
        ds.setPoolName("plugin-" + pluginId);
        open.put(pluginId, ds);
        return ds;
    }

    private String provision(String pluginId) {
        List<String> stored =
                jdbc.queryForList("SELECT password FROM plugin_db_account WHERE plugin_id = ?", String.class, pluginId);
        String password = stored.isEmpty() ? EmbeddedDbAccounts.randomPassword() : stored.getFirst();
        String user = "'" + account(pluginId) + "'@'%'";
        jdbc.execute("CREATE DATABASE IF NOT EXISTS `" + schema(pluginId)
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        jdbc.execute("CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "'");
        jdbc.execute("ALTER USER " + user + " IDENTIFIED BY '" + password + "'");
        jdbc.execute("GRANT " + RIGHTS + " ON `" + grantPattern(pluginId) + "`.* TO " + user);
        // stored last: an account that may not create schemas or users leaves no password row behind
        if (stored.isEmpty()) {
            jdbc.update("INSERT INTO plugin_db_account (plugin_id, password) VALUES (?, ?)", pluginId, password);
        }
        return password;
    }

    /**
     * Tables of the previous layout: {@code plg_<id>_*} in the portal schema. A table that also matches a
     * longer installed id ({@code plg_<id>_<more>_*}) belongs to that plugin, not this one.
     */
    private void moveLegacyTables(String pluginId) {
        List<String> tables = legacyTables(pluginId);
        if (tables.isEmpty()) {
            return;
        }
        String moves = tables.stream()
                .map(t -> "`" + t + "` TO `" + schema(pluginId) + "`.`" + t + "`")
                .collect(Collectors.joining(", "));
        jdbc.execute("RENAME TABLE " + moves);
        LOG.info(
                "plugin {}: {} tables moved from the portal schema into {}", pluginId, tables.size(), schema(pluginId));
    }

    List<String> legacyTables(String pluginId) {
        String prefix = PluginMigrations.prefix(pluginId);
        Set<String> longer = jdbc.queryForList("SELECT plugin_id FROM plugin_installation", String.class).stream()
                .filter(other -> other.startsWith(pluginId + "_"))
                .map(PluginMigrations::prefix)
                .collect(Collectors.toSet());
        return jdbc
                .queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                                + "AND table_name LIKE ?",
                        String.class,
                        prefix.replace("_", "\\_") + "%")
                .stream()
                .filter(t -> longer.stream().noneMatch(t::startsWith))
                .sorted()
                .toList();
    }

    /** Plugins removed with their data kept: their schema and account are still there, for a reinstall. */
    List<String> keptWithoutInstallation() {
        return jdbc.queryForList(
                "SELECT a.plugin_id FROM plugin_db_account a WHERE NOT EXISTS "
                        + "(SELECT 1 FROM plugin_installation i WHERE i.plugin_id = a.plugin_id) ORDER BY a.plugin_id",
                String.class);
    }

    /** The plugin's tables (history included). */
    List<String> tablesOf(String pluginId) {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name",
                String.class,
                schema(pluginId));
    }

    /** Closes the plugin's connections (stopped or replaced). */
    void close(String pluginId) {
        HikariDataSource ds = open.remove(pluginId);
        if (ds != null) {
            ds.close();
        }
    }

    /** Removes exactly the plugin's schema and account. */
    synchronized void drop(String pluginId) {
        close(pluginId);
        jdbc.execute("DROP DATABASE IF EXISTS `" + schema(pluginId) + "`");
        jdbc.execute("DROP USER IF EXISTS '" + account(pluginId) + "'@'%'");
        jdbc.update("DELETE FROM plugin_db_account WHERE plugin_id = ?", pluginId);
    }

    /** The portal's JDBC URL with another schema (host, port and options kept). */
    static String urlOf(String portalUrl, String schema) {
        Matcher m = URL.matcher(portalUrl);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected JDBC URL of the portal: " + portalUrl);
        }
        String options = m.group(3) == null ? "" : m.group(3).replaceAll("(?i)createDatabaseIfNotExist=[a-z]+&?", "");
        return m.group(1) + "/" + schema + (options.equals("?") ? "" : options);
    }
}
