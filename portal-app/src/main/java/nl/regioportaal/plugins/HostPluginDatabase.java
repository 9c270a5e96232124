package nl.regioportaal.plugins;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.regioportaal.plugins.api.PluginDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plugin's JDBC access. It connects with the plugin's own MariaDB account, which has rights on the
 * plugin's own schema only ({@link PluginDatabases}): that is what confines the plugin, and this object
 * holds nothing of the portal's (no portal DataSource, template or transaction manager).
 *
 * <p>Before that, a statement guard gives an early, readable error for statements a plugin has no business
 * sending (several statements, another schema, schema queries, DDL): every table named after FROM, JOIN,
 * INTO, UPDATE or TABLE, or in a comma-separated table list, must carry the plugin's prefix. It is a
 * courtesy for honest mistakes, not the protection.
 */
class HostPluginDatabase implements PluginDatabase {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(--\\s|#)[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("'([^'\\\\]|\\\\.|'')*'|\"([^\"\\\\]|\\\\.|\"\")*\"");
    private static final Pattern FORBIDDEN = Pattern.compile(
            ";|\\b(?:information_schema|mysql|performance_schema|sys|create|drop|alter|grant|revoke|truncate|rename"
                    + "|load_file|outfile|dumpfile|load\\s+data|handler|prepare|execute)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSPECTION =
            Pattern.compile("^\\s*(?:show|describe|desc|explain|use|set|call|do)\\b", Pattern.CASE_INSENSITIVE);
    private static final String NAME = "`?([a-zA-Z0-9_$]+)`?(\\s*\\.\\s*`?[a-zA-Z0-9_$]+`?)?";
    /** A table list: {@code name [[AS] alias] (, name [[AS] alias])*} after one of the keywords. */
    private static final Pattern TABLE_LIST = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+(?!\\()((?:" + NAME + "(?:\\s+(?:as\\s+)?[a-zA-Z0-9_$]+)?"
                    + "\\s*,\\s*)*" + NAME + ")",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ONE_TABLE = Pattern.compile(NAME);
    private static final Pattern KEYWORD_ALIAS = Pattern.compile(
            "(?i)where|set|on|using|values|value|select|group|order|limit|having|inner|left|right|cross|natural"
                    + "|straight_join|join|union|for|lock|as|partition|default");

    private final String prefix;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    /** @param ownDataSource the plugin's own account on the plugin's own schema */
    HostPluginDatabase(String pluginId, DataSource ownDataSource) {
        this.prefix = PluginMigrations.prefix(pluginId);
        this.jdbc = new JdbcTemplate(ownDataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(ownDataSource));
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        check(prefix, sql);
        return jdbc.query(sql, (rs, n) -> mapper.map(rs), params);
    }

    @Override
    public int update(String sql, Object... params) {
        check(prefix, sql);
        return jdbc.update(sql, params);
    }

    @Override
    public long insert(String sql, Object... params) {
        check(prefix, sql);
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

    /**
     * The guard: refuses with a {@link SecurityException} what a plugin has no business sending. Comments
     * and quoted text are removed first, so they can neither hide a table nor fake one.
     */
    static void check(String prefix, String sql) {
        String bare = STRING.matcher(COMMENT.matcher(sql).replaceAll(" "))
                .replaceAll("''")
                .replaceAll("(?i)\\bon\\s+duplicate\\s+key\\s+update\\b", " ");
        if (FORBIDDEN.matcher(bare).find() || INSPECTION.matcher(bare).find()) {
            throw new SecurityException("plugin statement refused: " + sql);
        }
        Matcher list = TABLE_LIST.matcher(bare);
        while (list.find()) {
            for (String part : list.group(1).split(",")) {
                Matcher table = ONE_TABLE.matcher(part.trim());
                if (!table.lookingAt()) {
                    continue;
                }
                String name = table.group(1).toLowerCase(Locale.ROOT);
                if (KEYWORD_ALIAS.matcher(name).matches() && table.group(2) == null) {
                    continue;
                }
                if (table.group(2) != null || !name.startsWith(prefix)) {
                    throw new SecurityException("plugin may only use its own tables (" + prefix + "*), not "
                            + part.trim().split("\\s+")[0]);
                }
            }
        }
    }
}
