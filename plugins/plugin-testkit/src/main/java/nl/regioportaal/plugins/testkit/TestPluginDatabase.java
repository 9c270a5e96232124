package nl.regioportaal.plugins.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.regioportaal.plugins.api.PluginDatabase;

/**
 * The plugin's {@link PluginDatabase} on its test schema: plain JDBC, one connection per transaction.
 * It does not repeat the portal's statement guard or grants; a plugin that reaches outside its own tables
 * is refused by the portal, not here.
 */
final class TestPluginDatabase implements PluginDatabase {

    private final String prefix;
    private final DataSource dataSource;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    TestPluginDatabase(String pluginId, DataSource dataSource) {
        this.prefix = "plg_" + pluginId + "_";
        this.dataSource = dataSource;
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepared(c, sql, Statement.NO_GENERATED_KEYS, params);
                    ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    @Override
    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepared(c, sql, Statement.NO_GENERATED_KEYS, params)) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public long insert(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepared(c, sql, Statement.RETURN_GENERATED_KEYS, params)) {
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("no generated key");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            transaction.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, int keys, Object... params)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, keys);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    private <T> T withConnection(SqlWork<T> work) {
        Connection open = transaction.get();
        try {
            if (open != null) {
                return work.run(open);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
