package nl.regioportaal.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.regioportaal.training.ComplianceRollups.TeamCount;
import nl.regioportaal.training.ComplianceSql.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code training_rollup} (counts per team and state) in step with training_status, so the
 * Start card reads a few rows by key instead of aggregating every status row on each visit.
 *
 * <p>A changed team is recounted after the change commits, in a transaction of its own: it first
 * locks the team's row in training_rollup_team, then counts with READ COMMITTED. Two recounts of a
 * team therefore run one after the other and the later one sees every committed change; and the
 * recount never holds locks inside an enrolment's transaction (no new lock order to deadlock on).
 *
 * <p>The recount runs on another thread ({@link TeamsChanged}, an event published inside the change's
 * transaction and handled after its commit), not in the committing thread's {@code afterCommit}: there
 * the change's connection is still held, so the recount needed a second one, and a burst of
 * enrolments (more threads than the pool has connections) left every connection waiting for another
 * until the pool timed out. The event's publication is stored with the change, so a node that stops
 * before the recount leaves it to be republished at the next start.
 */
@Component
class RollupKeeper {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate recountTx;
    private final ApplicationEventPublisher events;

    RollupKeeper(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.recountTx = new TransactionTemplate(transactionManager);
        recountTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        recountTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** The teams of these people as the read model has them now (before they move or go). */
    Set<Long> teamsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.queryForList(
                "select distinct team_id from training_member where team_id is not null and person_id in ("
                        + personIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")",
                Long.class));
    }

    /** Recounts these teams once the current transaction commits (at once without one). */
    void changed(Collection<Long> teamIds) {
        Set<Long> teams = teamIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        if (teams.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recount(teams);
            return;
        }
        events.publishEvent(new TeamsChanged(teams));
    }

    /** The teams whose counts a committed change touched. */
    record TeamsChanged(Set<Long> teamIds) {}

    @Async
    @TransactionalEventListener
    void on(TeamsChanged changed) {
        recount(new TreeSet<>(changed.teamIds()));
    }

    /** Recounts the teams (in ascending order, so concurrent recounts lock in the same order). */
    void recount(Set<Long> teams) {
        recountTx.executeWithoutResult(s -> {
            String ids = teams.stream().map(String::valueOf).collect(Collectors.joining(","));
            jdbc.update("insert ignore into training_rollup_team (team_id) values "
                    + teams.stream().map(id -> "(" + id + ")").collect(Collectors.joining(",")));
            jdbc.queryForList(
                    "select team_id from training_rollup_team where team_id in (" + ids
                            + ") order by team_id for update",
                    Long.class);
            jdbc.update("delete from training_rollup where team_id in (" + ids + ")");
            jdbc.update("insert into training_rollup (team_id, municipality_id, state, pairs) "
                    + "select team_id, coalesce(municipality_id, 0), state, count(*) from training_status "
                    + "where team_id in (" + ids + ") group by team_id, coalesce(municipality_id, 0), state");
        });
    }

    /** The kept counts within a scope: a few rows per team, read by key, summed by the caller. */
    List<TeamCount> counts(Scope scope) {
        StringBuilder sql =
                new StringBuilder("select team_id, municipality_id, state, pairs from training_rollup where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (scope.municipalityId() != null) {
            sql.append(" and municipality_id = ?");
            args.add(scope.municipalityId());
        }
        if (scope.teamIds() != null) {
            if (scope.teamIds().isEmpty()) {
                return List.of();
            }
            sql.append(" and team_id in (")
                    .append(scope.teamIds().stream().map(id -> "?").collect(Collectors.joining(",")))
                    .append(")");
            args.addAll(scope.teamIds());
        }
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new TeamCount(
                        rs.getLong(1), rs.getLong(2), TrainingState.valueOf(rs.getString(3)), rs.getLong(4), 0),
                args.toArray());
    }
}
