package nl.regioportaal.audit;

import java.util.Map;
import nl.regioportaal.shared.PersonalData;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasing a person anonymises them in the audit trail too: their names and e-mail in every earlier
 * state of their person record, their name on the changes they made, the trainer's name of
 * sessions they gave, the reasons given on their enrolments, and their login name on plugins they
 * installed. What happened, and when, stays; who it was does not. The erasure's own revision
 * already holds the anonymous values.
 * <p>
 * First of all sections, because the login name is read from the account that another section deletes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditPersonalData implements PersonalData {

    /** The same anonymous name the person record gets (region's PersonalDataService). */
    static String anonymousName(long personId) {
        return "Verwijderde medewerker " + personId;
    }

    private final JdbcTemplate jdbc;

    AuditPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "auditTrail";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "changesYouMade",
                jdbc.queryForObject(
                        "select count(*) from audit_revision where actor_person_id = ?", Long.class, personId),
                "changesToYourRecord",
                jdbc.queryForObject("select count(*) from person_aud where id = ?", Long.class, personId));
    }

    @Override
    public void erase(long personId) {
        jdbc.update(
                "update person_aud set first_name = 'Verwijderde', last_name = ?, email = ? where id = ?",
                "medewerker " + personId,
                "verwijderd-" + personId + "@verwijderd.invalid",
                personId);
        jdbc.update(
                "update audit_revision set actor_name = ? where actor_person_id = ?",
                anonymousName(personId),
                personId);
        jdbc.update("update course_session_aud set trainer_name = null where trainer_person_id = ?", personId);
        jdbc.update("update enrolment_aud set decision_reason = null where person_id = ?", personId);
        jdbc.update(
                "update plugin_installation_aud set installed_by = ? "
                        + "where installed_by = (select username from account where person_id = ?)",
                "verwijderd-" + personId,
                personId);
    }
}
