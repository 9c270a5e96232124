package nl.regioportaal.plugins;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportaal.plugins.api.PluginDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plugin's JDBC access, limited to its own tables: every table a statement names (after FROM, JOIN,
 * INTO, UPDATE, TABLE) must carry the plugin's prefix, and statements that could reach further
 * (several statements, schema queries, DDL) are refused. This keeps honest plugins inside their own
 * tables; it is a guard against mistakes, not a sandbox against hostile code (that would need a
 * database account per plugin).
 */
class HostPluginDatabase implements PluginDatabase {

    private static final Pattern TABLE_AFTER = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+(?!\\()`?([a-zA-Z0-9_.$]+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORBIDDEN = Pattern.compile(
            ";|\\b(?:information_schema|mysql\\.|performance_schema|create|drop|alter|grant|truncate|load_file|outfile)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String prefix;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    HostPluginDatabase(String pluginId, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.prefix = PluginMigrations.prefix(pluginId);
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        check(sql);
        return jdbc.query(sql, (rs, n) -> mapper.map(rs), params);
    }

    @Override
    public int update(String sql, Object... params) {
        check(sql);
        return jdbc.update(sql, params);
    }

    @Override
    public long insert(String sql, Object... params) {
        check(sql);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < params.length; i++) {
                        ps.setObject(i + 1, params[i]);
                    }
                    return ps;
                },
                keys);
        Number key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("no generated key");
        }
        return key.longValue();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    void check(String sql) {
        String withoutStrings = sql.replaceAll("'([^'\\\\]|\\\\.)*'", "''");
        if (FORBIDDEN.matcher(withoutStrings).find()) {
            throw new SecurityException("plugin statement refused: " + sql);
        }
        Matcher m = TABLE_AFTER.matcher(withoutStrings);
        while (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            if (!table.startsWith(prefix)) {
                throw new SecurityException("plugin may only use its own tables (" + prefix + "*), not " + table);
            }
        }
    }
}
