package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.region.TeamRef;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated overview of national width in the shared test database: extra mandatory courses up
 * to {@code courses} in all (the benchmark's width is 23) and {@code people} members of one
 * team with a state in each, written straight into the read model. {@link #close} removes all of
 * it (the courses' status rows go with them), so no other test or portal sees it.
 */
public final class OverviewDataSet implements AutoCloseable {

    /** Person ids far above the demo data's, so they never meet a real person. */
    private static final long FIRST_PERSON = 900_000_000L;

    private static final TrainingState[] STATES = {
        TrainingState.VALID,
        TrainingState.TO_DO,
        TrainingState.EXPIRING,
        TrainingState.OVERDUE,
        TrainingState.EXPIRED,
        TrainingState.ENROLLED
    };

    private final JdbcTemplate jdbc;
    private final List<Long> courseIds = new ArrayList<>();
    private final int people;

    public OverviewDataSet(JdbcTemplate jdbc, TeamRef team, int courses, int people, LocalDate today) {
        this.jdbc = jdbc;
        this.people = people;
        long plan = jdbc.queryForObject(
                "select id from training_plan where published = true order by id limit 1", Long.class);
        List<Long> mandatory = jdbc.queryForList(
                "select c.id from course c where c.plan_id = ? and c.mandatory = true", Long.class, plan);
        for (int c = mandatory.size(); c < courses; c++) {
            jdbc.update(
                    "insert into course (plan_id, title, hours, mandatory, validity_months) values (?,?,3,true,24)",
                    plan,
                    "Gegenereerde verplichte cursus " + (c + 1) + " over veilig werken in de wijk");
            courseIds.add(jdbc.queryForObject("select last_insert_id()", Long.class));
        }
        List<Long> all = new ArrayList<>(mandatory);
        all.addAll(courseIds);
        List<Object[]> members = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            long id = FIRST_PERSON + p;
            members.add(new Object[] {
                id,
                "Gegenereerd Medewerker-" + String.format("%05d", p),
                team.municipalityId(),
                team.id(),
                all.size(),
                today
            });
            for (int c = 0; c < all.size(); c++) {
                TrainingState state = STATES[(p + c) % STATES.length];
                LocalDate date = today.plusDays((p * 7L + c * 13L) % 400 - 100);
                statuses.add(new Object[] {
                    id,
                    all.get(c),
                    team.municipalityId(),
                    team.id(),
                    state.name(),
                    state.compliant() ? null : date,
                    state.compliant() ? date : null
                });
            }
        }
        jdbc.batchUpdate(
                "insert into training_member (person_id, display_name, municipality_id, team_id, required_count, "
                        + "start_date, refreshed_on) values (?,?,?,?,?,?,current_date)",
                members);
        jdbc.batchUpdate(
                "insert into training_status (person_id, course_id, municipality_id, team_id, state, deadline, valid_until) "
                        + "values (?,?,?,?,?,?,?)",
                statuses);
    }

    @Override
    public void close() {
        jdbc.update("delete from training_status where person_id between ? and ?", FIRST_PERSON, FIRST_PERSON + people);
        jdbc.update("delete from training_member where person_id between ? and ?", FIRST_PERSON, FIRST_PERSON + people);
        for (long id : courseIds) {
            jdbc.update("delete from course where id = ?", id);
        }
    }
}
