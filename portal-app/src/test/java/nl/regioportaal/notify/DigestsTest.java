package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Weekly digest" for a kind: no mail at once, one digest with the week's notices of that kind. */
class DigestsTest extends ServiceTest {

    @Autowired
    Digests digests;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    MailLog mailLog;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aWeeklyDigestPersonGetsNoImmediateMailAndOneDigestWithTheWeeksNotices() {
        PortalUser me = users.login("procesbegeleider");
        assertThat(preferences.mine())
                .filteredOn(k -> k.kind().equals("training.reminder"))
                .singleElement()
                .satisfies(k -> assertThat(k.defaultChannel()).isEqualTo(Channel.EMAIL));
        preferences.choose("training.reminder", Channel.DIGEST);
        try {
            inFlight.send(me.personId(), "training.reminder", "Eerste herinnering", "Tekst een", null);
            inFlight.send(me.personId(), "training.reminder", "Tweede herinnering", "Tekst twee", null);
            outbox.sendDue();
            users.login("admin");
            assertThat(mailLog.received())
                    .noneMatch(m -> m.subject().equals("Eerste herinnering")
                            || m.subject().equals("Tweede herinnering"));

            // a week later (the job passes the clock's time; here the clock is moved on by a week)
            Instant nextWeek = clock.instant().plus(Duration.ofDays(7));
            assertThat(digests.sendWeekly(nextWeek)).isPositive();
            assertThat(digests.sendWeekly(nextWeek))
                    .as("same week: nothing new")
                    .isZero();
            await().pollInSameThread()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> mailLog.received().stream()
                            .anyMatch(m -> m.text() != null && m.text().contains("Eerste herinnering")));
            assertThat(mailLog.received())
                    .filteredOn(m -> m.text() != null && m.text().contains("Eerste herinnering"))
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.subject()).startsWith("Je meldingen van deze week");
                        assertThat(m.text()).contains("Tweede herinnering").contains("Tekst twee");
                    });
        } finally {
            users.login("procesbegeleider");
            preferences.choose("training.reminder", Channel.EMAIL);
        }
    }
}
