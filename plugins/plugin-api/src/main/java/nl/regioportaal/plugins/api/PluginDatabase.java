package nl.regioportaal.plugins.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * JDBC access to the plugin's own tables. It connects with the plugin's own MariaDB account, which has
 * rights on the plugin's own schema {@code plg_<plugin-id>} only (see docs/plugins.md for what the account
 * may do); table names carry {@link #prefix()} (write {@code ${prefix}answer} in migrations,
 * {@code table("answer")} in code). A guard refuses obvious mistakes early (several statements, another
 * schema, DDL); the database refuses the rest. Parameters are bound with {@code ?} placeholders.
 *
 * <p>The plugin's tables are created by Flyway, with the same account, from the scripts in
 * {@code db/plugin/<plugin-id>/} of the plugin jar ({@code V1__init.sql}, {@code V2__...sql}), recorded in
 * the plugin's own history table {@code plg_<plugin-id>_schema_history}; an upgraded plugin runs only its
 * new scripts.
 */
public interface PluginDatabase {

    /** {@code plg_<plugin-id>_}. */
    String prefix();

    /** {@code prefix() + name}. */
    default String table(String name) {
        return prefix() + name;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params);

    /** INSERT, UPDATE or DELETE; returns the number of rows changed. */
    int update(String sql, Object... params);

    /** An INSERT that returns the generated key of the new row. */
    long insert(String sql, Object... params);

    /** Runs the work in one transaction (rolled back when it throws). */
    <T> T inTransaction(Supplier<T> work);

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
