package nl.regioportaal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import nl.regioportaal.shared.db.UtcInstants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes revisions older than {@code portal.audit.retention} (default two years); their rows in
 * every {@code _aud} table go with them (ON DELETE CASCADE). In batches, so that a first run over
 * years of history does not hold one huge transaction. An object whose earlier revisions were
 * deleted shows its oldest kept revision as its first state.
 */
@Component
class AuditRetention {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Period retention;

    AuditRetention(JdbcTemplate jdbc, Clock clock, @Value("${portal.audit.retention:P2Y}") Period retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** The moment before which revisions are deleted now. */
    Instant cutoff() {
        return clock.instant().atZone(clock.getZone()).minus(retention).toInstant();
    }

    /** Deletes the expired revisions; returns how many. */
    int deleteExpired() {
        Object cutoff = UtcInstants.bind(cutoff());
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update("delete from audit_revision where changed_at < ? order by id limit " + BATCH, cutoff);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
