package nl.regioportaal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.shared.db.UtcInstants;
import nl.regioportaal.shared.jobs.ModuleJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Revisions older than the retention period are deleted with their rows, younger ones stay. The
 * test's revision is moved ten years back, so that no other test's revision is that old, and the
 * retention runs on a clock set just before and just after that revision's expiry.
 */
class AuditRetentionTest extends ServiceTest {

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ModuleJobs auditModuleJobs;

    @Autowired
    AuditRetention retention;

    @Test
    void aRevisionIsDeletedWithItsRowsOnceTheRetentionHasPassed() {
        users.login("admin");
        TeamRef team = fixtures.newTeam("Audit bewaartermijn");
        long revision = jdbc.queryForObject("select max(rev) from team_aud where id = ?", Long.class, team.id());
        Instant longAgo = clock.instant().minus(3650, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update audit_revision set changed_at = ? where id = ?", UtcInstants.bind(longAgo), revision);
        ZonedDateTime expiry = longAgo.atZone(clock.getZone()).plus(Period.ofYears(2));

        int deleted = retentionAt(expiry.minusHours(1)).deleteExpired();

        assertThat(deleted).isZero();
        assertThat(rows("audit_revision", "id", revision)).isOne();
        assertThat(rows("team_aud", "rev", revision)).isOne();

        deleted = retentionAt(expiry.plusHours(1)).deleteExpired();

        assertThat(deleted).isOne();
        assertThat(rows("audit_revision", "id", revision)).isZero();
        assertThat(rows("team_aud", "rev", revision)).isZero();
    }

    @Test
    void theRetentionRunsEveryNightAndKeepsTwoYearsByDefault() {
        assertThat(auditModuleJobs.jobs())
                .singleElement()
                .satisfies(j -> assertThat(j.name()).isEqualTo("audit-retention"));
        assertThat(retention.cutoff())
                .isBetween(
                        clock.instant()
                                .atZone(clock.getZone())
                                .minusYears(2)
                                .minusMinutes(1)
                                .toInstant(),
                        clock.instant()
                                .atZone(clock.getZone())
                                .minusYears(2)
                                .plusMinutes(1)
                                .toInstant());
    }

    private AuditRetention retentionAt(ZonedDateTime now) {
        return new AuditRetention(jdbc, Clock.fixed(now.toInstant(), clock.getZone()), Period.ofYears(2));
    }

    private long rows(String table, String column, long revision) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, revision);
    }
}
