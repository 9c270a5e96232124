package nl.regioportaal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioportaal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Galera (docs/deployment.md) replicates only tables with a primary key reliably: without one, a row
 * change is applied on the other nodes by a full scan, or DELETEs fail. This holds for the portal's
 * schema and every plugin's schema (the shipped plugins' scripts run at the start of the tests).
 */
class EveryTableHasAPrimaryKeyTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableOfThePortalAndOfItsPluginsHasAPrimaryKey() {
        List<String> schemas = jdbc.queryForList(
                "SELECT schema_name FROM information_schema.schemata "
                        + "WHERE schema_name = DATABASE() OR schema_name LIKE 'plg\\_%'",
                String.class);
        assertThat(schemas).as("the portal and at least one plugin").hasSizeGreaterThan(1);

        List<String> withoutPrimaryKey = jdbc.queryForList(
                "SELECT CONCAT(t.table_schema, '.', t.table_name) FROM information_schema.tables t "
                        + "WHERE t.table_type = 'BASE TABLE' AND (t.table_schema = DATABASE() OR t.table_schema LIKE 'plg\\_%') "
                        + "AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c "
                        + "WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name "
                        + "AND c.constraint_type = 'PRIMARY KEY') ORDER BY 1",
                String.class);

        assertThat(withoutPrimaryKey).isEmpty();
    }
}
