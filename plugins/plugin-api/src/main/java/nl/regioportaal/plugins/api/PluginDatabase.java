package nl.regioportaal.plugins.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * JDBC access limited to the plugin's own tables. Every table a statement names must start with
 * {@link #prefix()} (write {@code ${prefix}answer} in migrations, {@code table("answer")} in code); the
 * portal refuses any other statement. Parameters are bound with {@code ?} placeholders.
 *
 * <p>The plugin's schema is created by Flyway from the scripts in {@code db/plugin/<plugin-id>/} of the
 * plugin jar ({@code V1__init.sql}, {@code V2__...sql}), recorded in the plugin's own history table
 * {@code plg_<plugin-id>_schema_history}; an upgraded plugin runs only its new scripts.
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
