package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mail through the embedded SMTP server: an outage is retried, then shown as failed, and a retry delivers. */
class MailOutboxTest extends ServiceTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailLog mailLog;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionDirectory directory;

    @Test
    void smtpDownIsRetriedThenFailedAndARetryDeliversWithTheSameMessageId() {
        PortalUser me = users.login("teamleider.soest");
        users.login("admin");
        mailLog.embeddedSmtpRunning(false);
        long mailId;
        try {
            inFlight.send(me.personId(), "test.outage", "Storing", "Tijdens de storing verstuurd", null);
            mailId = jdbc.queryForObject(
                    "select max(id) from notify_mail where kind = 'test.outage' and recipient_person_id = ?",
                    Long.class,
                    me.personId());
            // every try fails; each time the back-off is over (made due here instead of waiting minutes)
            for (int i = 0; i < 6 && status(mailId).equals("PENDING"); i++) {
                jdbc.update("update notify_mail set next_attempt_at = '2000-01-01' where id = ?", mailId);
                outbox.sendDue();
            }
            assertThat(status(mailId)).isEqualTo("FAILED");
            assertThat(mailLog.deliveries(50))
                    .filteredOn(d -> d.id() == mailId)
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.status()).isEqualTo(MailStatus.FAILED);
                        assertThat(d.attempts()).isEqualTo(5);
                        assertThat(d.lastError()).isNotBlank();
                    });
        } finally {
            mailLog.embeddedSmtpRunning(true);
        }
        String key = jdbc.queryForObject("select delivery_key from notify_mail where id = ?", String.class, mailId);

        assertThat(mailLog.retryFailed()).isPositive();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> status(mailId).equals("SENT"));
        List<MailLog.ReceivedMail> received = mailLog.received().stream()
                .filter(m -> "Storing".equals(m.subject()))
                .toList();
        assertThat(received).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo(MailTransport.messageId(key));
            assertThat(m.text()).contains("Tijdens de storing verstuurd");
        });
    }

    @Test
    void aMailIsSentOnceAndCarriesTheRegionAsSender() {
        PortalUser me = users.login("manager.leusden");
        users.login("admin");
        inFlight.send(me.personId(), "test.sender", "Afzender", "Van de regio", null);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailLog.received().stream().anyMatch(m -> "Afzender".equals(m.subject())));
        outbox.sendDue();
        String region = directory.regionName();
        assertThat(mailLog.received())
                .filteredOn(m -> "Afzender".equals(m.subject()))
                .singleElement()
                .satisfies(m -> assertThat(m.from()).startsWith(region + " <"));
        assertThat(mailLog.deliveries(20)).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("test.sender");
            assertThat(d.status()).isEqualTo(MailStatus.SENT);
            assertThat(d.recipientAddress()).contains("@");
        });
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from notify_mail where id = ?", String.class, id);
    }
}
