package nl.regioportaal.plugins;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.stereotype.Component;

/**
 * Each plugin's tables: its own Flyway instance over the scripts in {@code db/plugin/<id>/} of its jar,
 * run in the plugin's own schema with the plugin's own account (so a script can reach nothing else),
 * with its own history table {@code plg_<id>_schema_history}; an upgraded plugin runs only its new
 * scripts. Scripts write {@code ${prefix}name} for table names.
 */
@Component
class PluginMigrations {

    static String prefix(String pluginId) {
        return "plg_" + pluginId + "_";
    }

    static String historyTable(String pluginId) {
        return prefix(pluginId) + "schema_history";
    }

    private static Flyway flyway(String pluginId, ClassLoader pluginClassLoader, DataSource pluginDataSource) {
        return Flyway.configure(pluginClassLoader)
                .dataSource(pluginDataSource)
                .table(historyTable(pluginId))
                .locations("classpath:db/plugin/" + pluginId)
                .placeholders(Map.of("prefix", prefix(pluginId)))
                .failOnMissingLocations(false)
                .createSchemas(false)
                // a schema that has tables but no history yet starts its history at version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** Runs the plugin's pending scripts; returns how many ran. */
    int migrate(String pluginId, ClassLoader pluginClassLoader, DataSource pluginDataSource) {
        return flyway(pluginId, pluginClassLoader, pluginDataSource).migrate().migrationsExecuted;
    }

    /** The scripts that would run (for the upgrade preview), as "V2 — description". */
    List<String> pending(String pluginId, ClassLoader pluginClassLoader, DataSource pluginDataSource) {
        return Arrays.stream(flyway(pluginId, pluginClassLoader, pluginDataSource)
                        .info()
                        .pending())
                .map(PluginMigrations::describe)
                .toList();
    }

    private static String describe(MigrationInfo m) {
        return "V" + m.getVersion() + " " + m.getDescription();
    }
}
