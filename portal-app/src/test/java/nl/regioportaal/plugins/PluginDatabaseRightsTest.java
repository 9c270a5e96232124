package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.plugins.api.PluginContext;
import nl.regioportaal.shared.db.EmbeddedDbAccounts;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * What the hostile plugin tried, now against the database's own rights: each statement runs on the
 * plugin's own connection, past the statement guard (as code that bypasses {@code PluginDatabase} would),
 * and MariaDB itself refuses it.
 */
class PluginDatabaseRightsTest extends ServiceTest {

    private static final String PORTAL = EmbeddedDbAccounts.SCHEMA;

    @Autowired
    PluginService plugins;

    @Autowired
    PluginDatabases databases;

    @Autowired
    DataSource portalDataSource;

    @Autowired
    EmbeddedMariaDbConfig.EmbeddedDatabase embedded;

    @Autowired
    ApplicationContext spring;

    /** The template plugin's own connection (its account, its schema), as its code holds it. */
    private JdbcTemplate asTemplatePlugin() {
        users.login("admin");
        assertThat(plugins.isRunning("template")).isTrue();
        return new JdbcTemplate(databases.open("template"));
    }

    private static void assertDenied(JdbcTemplate plugin, String sql) {
        assertThatThrownBy(() -> plugin.execute(sql))
                .as(sql)
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(
                                ((DataAccessException) e).getMostSpecificCause().getMessage())
                        .containsAnyOf("command denied", "Access denied"));
    }

    @Test
    void theGuardsBypassesAreRefusedByTheDatabase() {
        JdbcTemplate plugin = asTemplatePlugin();
        // the plugin's own table works
        plugin.update("INSERT INTO plg_template_note (text, author_id, created_at) VALUES ('eigen', 1, NOW())");
        assertThat(plugin.queryForObject("SELECT COUNT(*) FROM plg_template_note", Integer.class))
                .isPositive();

        assertDenied(plugin, "SELECT username, password_hash FROM/**/" + PORTAL + ".account");
        assertDenied(plugin, "SELECT n.text, a.password_hash FROM plg_template_note n, " + PORTAL + ".account a");
        assertDenied(
                plugin, "SELECT 'x FROM plg_template_note', (SELECT MAX(password_hash) FROM " + PORTAL + ".account)");
        assertDenied(
                plugin,
                "UPDATE plg_template_note n, " + PORTAL + ".account a SET a.failed_attempts = 0 WHERE n.id = a.id");
        assertDenied(plugin, "DESCRIBE " + PORTAL + ".account");
        assertDenied(plugin, "SHOW TABLES FROM " + PORTAL);
        assertDenied(plugin, "SELECT * FROM plg_quickscan.plg_quickscan_answer");
        assertDenied(plugin, "CREATE DATABASE plgXtemplate");
        assertDenied(plugin, "SELECT * FROM mysql.global_priv");
        // unqualified, the portal's table simply is not there
        assertThatThrownBy(() -> plugin.queryForList("SELECT * FROM account"))
                .isInstanceOfSatisfying(
                        DataAccessException.class,
                        e -> assertThat(e.getMostSpecificCause().getMessage()).contains("doesn't exist"));
        assertThat(plugin.queryForList(
                        // performance_schema shows everyone the server's own status tables, no data
                        "SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN "
                                + "('information_schema', 'performance_schema', ?)",
                        String.class,
                        "plg_template"))
                .as("the plugin sees no other schema's tables")
                .isEmpty();
    }

    @Test
    void aMigrationCopyingThePortalsAccountsFailsAndLeavesNothing() {
        users.login("admin");
        byte[] loot = TestPlugins.variant(
                TestPlugins.bundled("template"),
                Map.of("Plugin-Id", "loottest"),
                Map.of(
                        "db/plugin/loottest/V1__loot.sql",
                        "CREATE TABLE ${prefix}loot AS SELECT username, password_hash FROM " + PORTAL + ".account"),
                false);
        try {
            PluginRow row = plugins.install("loottest.jar", loot, null);
            assertThat(row.state()).isEqualTo(PluginRow.State.FAILED);
            assertThat(row.failedReasonKey()).isEqualTo("plugins.failed.migration");
            assertThat(row.failedDetails().getFirst()).contains("denied");
            assertThat(plugins.tablesOf("loottest")).doesNotContain("plg_loottest_loot");
        } finally {
            plugins.uninstall("loottest", true);
        }
    }

    @Test
    void driverManagerWithThePortalsUrlGetsNoAccount() {
        for (String user : List.of("root", EmbeddedDbAccounts.PORTAL_USER, "", "plg_template")) {
            assertThatThrownBy(() -> DriverManager.getConnection(embedded.jdbcUrl(), user, ""))
                    .as("'%s' without password", user)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(embedded.jdbcUrl(), "root", "root"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        // the plugin's own account does not open the portal schema either
        assertDenied(new JdbcTemplate(databases.open("template")), "USE " + PORTAL);
    }

    /**
     * From what a plugin is handed (its context, and what the context hands out), following every field:
     * no portal DataSource, JDBC template, transaction manager, entity manager or Spring context.
     */
    @Test
    void noPortalDataSourceIsReachableFromWhatAPluginReceives() throws Exception {
        users.login("admin");
        PluginContext context = plugins.running().stream()
                .filter(p -> p.id().equals("template"))
                .findFirst()
                .orElseThrow()
                .context();
        List<Object> roots =
                List.of(context, context.database(), context.notifier(), context.region(), context.clock());

        Map<Object, Object> reachable = reachableFrom(roots);

        assertThat(reachable).doesNotContainKey(portalDataSource);
        assertThat(reachable).doesNotContainKey(spring);
        for (Object o : reachable.keySet()) {
            String type = o.getClass().getName();
            assertThat(type)
                    .as("reachable from the plugin's context")
                    .doesNotContain("EntityManager")
                    .doesNotContain("ApplicationContext")
                    .doesNotContain("BeanFactory");
            if (o instanceof DataSource ds) {
                try (var connection = ds.getConnection()) {
                    assertThat(connection.getMetaData().getUserName())
                            .as("the only DataSource a plugin reaches is its own")
                            .isEqualTo("plg_template");
                }
            }
            if (o instanceof JdbcTemplate template) {
                assertThat(template.getDataSource()).isNotSameAs(portalDataSource);
            }
            if (o instanceof DataSourceTransactionManager manager) {
                assertThat(manager.getDataSource()).isNotSameAs(portalDataSource);
            }
        }
        assertThat(reachable.keySet())
                .as("the walk did reach the plugin's own DataSource, so it follows fields")
                .anyMatch(o -> o instanceof DataSource);
    }

    /** Every object reachable through instance fields, array elements and collection contents. */
    private static Map<Object, Object> reachableFrom(List<Object> roots) {
        Map<Object, Object> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty() && seen.size() < 500_000) {
            Object o = todo.pop();
            if (o == null || seen.containsKey(o) || o instanceof Class<?> || isLogger(o)) {
                continue;
            }
            seen.put(o, o);
            if (o.getClass().isArray()) {
                if (!o.getClass().getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        Object element = Array.get(o, i);
                        if (element != null) {
                            todo.push(element);
                        }
                    }
                }
                continue;
            }
            if (o instanceof Collection<?> c) {
                safeCopy(c).forEach(todo::push);
            }
            if (o instanceof Map<?, ?> m) {
                safeCopy(m.keySet()).forEach(todo::push);
                safeCopy(m.values()).forEach(todo::push);
            }
            for (Class<?> type = o.getClass(); type != null; type = type.getSuperclass()) {
                for (Field field : declaredFields(type)) {
                    if (Modifier.isStatic(field.getModifiers())
                            || field.getType().isPrimitive()
                            || !field.trySetAccessible()) {
                        continue;
                    }
                    try {
                        Object value = field.get(o);
                        if (value != null) {
                            todo.push(value);
                        }
                    } catch (IllegalAccessException | RuntimeException ignored) {
                        // not readable from here: not readable by a plugin either
                    }
                }
            }
        }
        return seen;
    }

    /**
     * Loggers lead into the logging system, which is global (a plugin gets it from SLF4J's static
     * factory, allowed to it) and whose configuration holds the Spring environment: not something the
     * portal hands over, so the walk stops there.
     */
    private static boolean isLogger(Object o) {
        return o instanceof Log || o instanceof Logger;
    }

    /** A class whose field types are not all on the class path (optional dependencies) cannot be read. */
    private static Field[] declaredFields(Class<?> type) {
        try {
            return type.getDeclaredFields();
        } catch (LinkageError e) {
            return new Field[0];
        }
    }

    private static List<Object> safeCopy(Collection<?> c) {
        try {
            List<Object> copy = new ArrayList<>(c.size());
            c.stream().filter(Objects::nonNull).forEach(copy::add);
            return copy;
        } catch (RuntimeException e) {
            return Collections.emptyList();
        }
    }
}
