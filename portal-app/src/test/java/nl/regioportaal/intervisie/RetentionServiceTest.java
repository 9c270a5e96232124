package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retention with a clock moved on: case texts, votes and notes go; the kept lesson stays; the log has no content. */
class RetentionServiceTest extends ServiceTest {

    @Autowired
    RetentionService retention;

    @Autowired
    LiveSessionService live;

    @Autowired
    CaseService cases;

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    PurgeLogRepository log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void afterTheRetentionPeriodCaseTextsAndVotesAreGoneAndTheLessonRemains() {
        long soest = fixtures.personOf("teamleider.soest");
        long group = fixtures.group(Facilitation.FIXED, soest, 4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        long question = cases.writeCase(session, "Hoe houd ik het overzicht bij drie hulpverleners?", null);
        cases.vote(session, question);
        live.start(session);
        live.recordNotes(session, "Afspraak: terugkoppeling in mei.", "Eén regisseur per gezin werkt.", true, null);
        live.evaluate(session, 4, "Goed gesprek", null);
        users.logout();

        // 29 days after the session: not yet (the session is a week from now, plus its length)
        SystemAuthentication.call(() -> retention.purgeAsOf(clock.instant().plus(Duration.ofDays(36))));
        assertThat(count("peer_case", session)).isEqualTo(1);
        assertThat(log.findBySessionId(session)).isEmpty();

        int purged = SystemAuthentication.call(
                () -> retention.purgeAsOf(clock.instant().plus(Duration.ofDays(38))));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(count("peer_case", session)).isZero();
        assertThat(count("peer_case_vote", session)).isZero();
        var row = jdbc.queryForMap(
                "select agreements, lesson, chosen_case_id, purged_at from peer_session where id = ?", session);
        assertThat(row.get("agreements")).isNull();
        assertThat(row.get("chosen_case_id")).isNull();
        assertThat(row.get("lesson")).isEqualTo("Eén regisseur per gezin werkt.");
        assertThat(row.get("purged_at")).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select remark from peer_evaluation where session_id = ?", String.class, session))
                .isNull();
        List<PurgeLog> entries = log.findBySessionId(session);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getCasesDeleted()).isEqualTo(1);
            assertThat(e.getVotesDeleted()).isEqualTo(1);
        });
    }

    @Test
    void aLessonTheGroupDidNotKeepGoesToo() {
        long soest = fixtures.personOf("teamleider.soest");
        long group = fixtures.group(Facilitation.FIXED, soest, 4, "teamleider.soest");
        long session = fixtures.session(group, "incidentmethode", "teamleider.soest");
        live.start(session);
        live.recordNotes(session, null, "Niet bewaren.", false, null);
        users.logout();

        SystemAuthentication.call(() -> retention.purgeAsOf(clock.instant().plus(Duration.ofDays(38))));

        assertThat(jdbc.queryForObject("select lesson from peer_session where id = ?", String.class, session))
                .isNull();
    }

    private long count(String table, long session) {
        return jdbc.queryForObject("select count(*) from " + table + " where session_id = ?", Long.class, session);
    }
}
