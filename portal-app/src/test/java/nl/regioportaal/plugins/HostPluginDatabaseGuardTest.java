package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statement guard's own logic (the early, friendly error; the database's rights are the protection,
 * see {@link PluginDatabaseRightsTest}): the tricks that got past the first guard are caught here too.
 */
class HostPluginDatabaseGuardTest {

    private static final String PREFIX = "plg_x_";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT * FROM/**/account",
                "SELECT * FROM /* plg_x_note */ account",
                "SELECT n.text FROM plg_x_note n, account a",
                "SELECT n.text FROM plg_x_note AS n , account",
                "SELECT 'a FROM plg_x_note' FROM account",
                "SELECT \"FROM plg_x_note\" FROM account",
                "UPDATE plg_x_note n, account a SET a.failed_attempts = 0",
                "SELECT * FROM plg_x_note JOIN account ON 1 = 1",
                "SELECT * FROM regioportaal.plg_x_note",
                "SELECT * FROM plg_y.plg_x_note",
                "DESCRIBE account",
                "desc account",
                "SHOW TABLES",
                "EXPLAIN SELECT * FROM plg_x_note",
                "SELECT * FROM plg_x_note; DROP TABLE plg_x_note",
                "SELECT table_name FROM information_schema.tables",
                "SELECT * FROM mysql.user",
                "CREATE TABLE plg_x_loot AS SELECT * FROM account",
                "INSERT INTO plg_x_note SELECT * FROM account",
                "SELECT * FROM plg_x_note -- \n, account",
                "SELECT LOAD_FILE('/etc/passwd')",
                "SELECT * FROM plg_x_note INTO OUTFILE '/tmp/x'",
            })
    void refuses(String sql) {
        assertThatThrownBy(() -> HostPluginDatabase.check(PREFIX, sql)).isInstanceOf(SecurityException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT id, text FROM plg_x_note WHERE author_id = ? ORDER BY created_at DESC",
                "SELECT n.text, t.name FROM plg_x_note n JOIN plg_x_tag t ON t.note_id = n.id",
                "SELECT n.text FROM plg_x_note n, plg_x_tag t WHERE t.note_id = n.id",
                "INSERT INTO plg_x_note (text, author_id) VALUES ('from account; drop', ?)",
                "UPDATE plg_x_note SET text = 'select * from account' WHERE id = ?",
                "DELETE FROM plg_x_note WHERE id = ?",
                "INSERT INTO plg_x_count (k, n) VALUES (?, 1) ON DUPLICATE KEY UPDATE n = n + 1",
                "SELECT COUNT(*) FROM plg_x_note WHERE text LIKE '%desc%'",
            })
    void allowsOwnTables(String sql) {
        assertThatCode(() -> HostPluginDatabase.check(PREFIX, sql)).doesNotThrowAnyException();
    }
}
