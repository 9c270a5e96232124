package nl.regioportaal.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /**
     * The scripts of a jar the plugin's schema has not run yet (for the upgrade preview), as "V2 tag", in
     * order. Read from the jar's entries and the plugin's history table: nothing of the jar is loaded.
     */
    List<String> pending(String pluginId, Path jar, DataSource pluginDataSource) throws IOException {
        Pattern script = Pattern.compile("db/plugin/" + Pattern.quote(pluginId) + "/V([0-9._]+)__(.+)\\.sql");
        JdbcTemplate jdbc = new JdbcTemplate(pluginDataSource);
        Set<MigrationVersion> applied = new HashSet<>();
        Integer history = jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?",
                Integer.class,
                historyTable(pluginId));
        if (history != null && history > 0) {
            jdbc.queryForList(
                            "SELECT version FROM `" + historyTable(pluginId)
                                    + "` WHERE success AND version IS NOT NULL",
                            String.class)
                    .forEach(v -> applied.add(MigrationVersion.fromVersion(v)));
        }
        Map<MigrationVersion, String> scripts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream()
                    .map(ZipEntry::getName)
                    .map(script::matcher)
                    .filter(Matcher::matches)
                    .forEach(m -> {
                        MigrationVersion version =
                                MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
                        if (!applied.contains(version)) {
                            scripts.put(
                                    version, "V" + version + " " + m.group(2).replace('_', ' '));
                        }
                    });
        }
        return List.copyOf(scripts.values());
    }
}
