package nl.regioportaal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.regioportaal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The baseline at the end of V77 on a database that has rows (a test database is migrated while
 * empty): run again on the demo data, in a transaction that is rolled back, it copies every row of
 * the region model and the training plan into one revision by the portal itself.
 */
class AuditBaselineTest extends ServiceTest {

    private static final List<String> ENTITY_TABLES = List.of(
            "municipality",
            "team",
            "provider_organisation",
            "person",
            "training_plan",
            "course",
            "course_session",
            "session_date");

    private static final List<String> COLLECTION_TABLES = List.of(
            "person_team",
            "person_role",
            "course_audience_role",
            "course_audience_team_kind",
            "course_audience_municipality");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theBaselineCopiesEveryExistingRowIntoOneRevisionByThePortal() throws IOException {
        String script = new ClassPathResource("db/migration/V77__audit_training_and_plugins.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String baseline = script.substring(script.indexOf("-- The baseline"));
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            for (String statement : baseline.split(";\\s*\\n")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
                if (!sql.isBlank()) {
                    jdbc.execute(sql);
                }
            }
            long revision = jdbc.queryForObject("select @baseline", Long.class);
            assertThat(jdbc.queryForObject(
                            "select actor_name from audit_revision where id = ?", String.class, revision))
                    .isEqualTo("systeem");
            for (String table : ENTITY_TABLES) {
                assertThat(count(table + "_aud where rev = " + revision))
                        .as(table)
                        .isEqualTo(count(table))
                        .isPositive();
            }
            for (String table : COLLECTION_TABLES) {
                assertThat(count(table + "_aud where rev = " + revision))
                        .as(table)
                        .isEqualTo(count(table));
            }
            assertThat(count("person p join person_aud a on a.id = p.id and a.rev = " + revision
                            + " and a.first_name = p.first_name and a.last_name = p.last_name and a.email = p.email"))
                    .isEqualTo(count("person"));
            status.setRollbackOnly();
        });
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }
}
