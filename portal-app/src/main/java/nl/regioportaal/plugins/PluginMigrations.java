package nl.regioportaal.plugins;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each plugin's schema: its own Flyway instance over the scripts in {@code db/plugin/<id>/} of its jar,
 * with its own history table {@code plg_<id>_schema_history}, so that plugins and portal never mix
 * version numbers and an upgraded plugin runs only its new scripts. Scripts write {@code ${prefix}name}
 * for table names; a script that creates a table outside the prefix fails the plugin.
 */
@Component
class PluginMigrations {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    PluginMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static String prefix(String pluginId) {
        return "plg_" + pluginId + "_";
    }

    static String historyTable(String pluginId) {
        return prefix(pluginId) + "schema_history";
    }

    /** Runs the plugin's pending scripts; returns how many ran. */
    int migrate(String pluginId, ClassLoader pluginClassLoader) {
        Set<String> before = tables();
        var result = Flyway.configure(pluginClassLoader)
                .dataSource(dataSource)
                .table(historyTable(pluginId))
                .locations("classpath:db/plugin/" + pluginId)
                .placeholders(Map.of("prefix", prefix(pluginId)))
                .failOnMissingLocations(false)
                // the schema is shared with the portal: start the plugin's own history at version 0,
                // so that its V1 and later run; the portal's tables are none of its business
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        Set<String> created = new HashSet<>(tables());
        created.removeAll(before);
        List<String> outside = created.stream()
                .filter(t -> !t.startsWith(prefix(pluginId)))
                .sorted()
                .toList();
        if (!outside.isEmpty()) {
            throw new IllegalStateException("migrations created tables outside " + prefix(pluginId) + "*: " + outside);
        }
        return result.migrationsExecuted;
    }

    /** The plugin's tables, history included. */
    List<String> tablesOf(String pluginId) {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_name LIKE ?",
                String.class,
                prefix(pluginId).replace("_", "\\_") + "%");
    }

    /** Removes the plugin's tables and history, so a later install starts from scratch. */
    void dropAll(String pluginId) {
        List<String> tables = tablesOf(pluginId);
        if (tables.isEmpty()) {
            return;
        }
        // one connection: FOREIGN_KEY_CHECKS is per session, and the plugin's tables may refer to each other
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                try {
                    for (String table : tables) {
                        statement.execute("DROP TABLE IF EXISTS `" + table.replace("`", "") + "`");
                    }
                } finally {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
            return null;
        });
    }

    private Set<String> tables() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class));
    }
}
