package nl.regioportaal.training;

import nl.regioportaal.region.PersonRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the overview's copy of a person's name current: handled in the renaming transaction, so
 * the overview and its exports show the new name as soon as the rename is committed (the nightly
 * refresh would also catch it, a day late).
 */
@Component
class OverviewNames {

    private final JdbcTemplate jdbc;

    OverviewNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonRenamed renamed) {
        jdbc.update(
                "update training_member set display_name = ? where person_id = ?",
                renamed.displayName(),
                renamed.personId());
    }
}
