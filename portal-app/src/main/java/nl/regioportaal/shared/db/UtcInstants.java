package nl.regioportaal.shared.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one conversion of an instant for plain JDBC, matching Hibernate's: an {@link Instant} lives in
 * a {@code TIMESTAMP} column as its UTC wall time (every connection runs with {@code time_zone =
 * '+00:00'}). Wall-clock times of events ({@code LocalDateTime}) and days ({@code LocalDate}) need
 * no converter: {@code rs.getObject(i, LocalDateTime.class)} reads them verbatim. See "Time" in
 * docs/architecture.md.
 */
public final class UtcInstants {

    private UtcInstants() {}

    /** The value to bind for an instant ({@code ps.setObject(i, UtcInstants.bind(instant))}). */
    public static LocalDateTime bind(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An instant read from a {@code TIMESTAMP} column. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
