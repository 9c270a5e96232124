package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regioportaal.ServiceTest;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** AVG: notices, preferences and the feed token are exported and erased with the person. */
class NotificationPersonalDataTest extends ServiceTest {

    @Autowired
    NotificationPersonalData personalData;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    CalendarFeed feed;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportHoldsNoticesAndPreferencesAndErasureRemovesThemAndTheFeedToken() {
        PortalUser me = users.login("beheer.amersfoort");
        preferences.choose("training.overdue", Channel.IN_APP);
        feed.renewMine();
        inFlight.send(me.personId(), "test.avg", "Voor de export", "Inhoud", null);

        NotificationPersonalData.Export export = (NotificationPersonalData.Export) personalData.export(me.personId());
        assertThat(export.notices()).extracting(Notice::subject).contains("Voor de export");
        assertThat(export.preferences()).containsEntry("training.overdue", Channel.IN_APP);
        assertThat(export.calendarFeed()).isTrue();

        personalData.erase(me.personId());
        assertThat(count("select count(*) from notification where recipient_person_id = ?", me.personId()))
                .isZero();
        assertThat(count("select count(*) from notify_preference where person_id = ?", me.personId()))
                .isZero();
        assertThat(count("select count(*) from notify_feed_token where person_id = ?", me.personId()))
                .isZero();
        assertThat(count("select count(*) from notify_mail where recipient_person_id = ?", me.personId()))
                .isZero();
    }

    private long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
