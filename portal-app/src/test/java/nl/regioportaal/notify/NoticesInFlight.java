package nl.regioportaal.notify;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.regioportaal.security.SystemAuthentication;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notices are recorded asynchronously after the publishing commit: tests wait here until every
 * published notice event has been handled (its publication completed or failed), then assert.
 */
@Component
public class NoticesInFlight {

    private final JdbcTemplate jdbc;
    private final Notices notices;
    private final NotificationService notifications;

    NoticesInFlight(JdbcTemplate jdbc, Notices notices, NotificationService notifications) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.notifications = notifications;
    }

    /** A person's notices of a kind, once every published notice is recorded. */
    public List<Notice> noticesOf(long personId, String kind) {
        awaitRecorded();
        return notifications.noticesOf(personId, kind);
    }

    /** Waits (at most 20 s) until no event publication is still open. */
    public void awaitRecorded() {
        awaitRecorded(Duration.ofSeconds(20));
    }

    /** Waits until no event publication is still open, e.g. longer after a burst of hundreds of notices. */
    public void awaitRecorded(Duration atMost) {
        String open = "from event_publication where completion_date is null "
                + "and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))";
        try {
            await().atMost(atMost)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> jdbc.queryForObject("select count(*) " + open, Long.class) == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "still open: "
                            + jdbc.queryForList("select listener_id, event_type, status, publication_date " + open),
                    e);
        }
    }

    /** Sends a notice with the given texts (as the system) and waits until it is recorded. */
    public void send(long personId, String kind, String subject, String body, String link) {
        SystemAuthentication.run(() -> notices.publish(new NoticeRequested(
                personId,
                kind,
                NoticeRequested.PLAIN,
                List.of(subject, body),
                link,
                Notices.key(kind, "test", personId, UUID.randomUUID().toString()))));
        awaitRecorded();
    }

    /** Waits until no mail to the person is still pending (sent or failed), so nothing of it is being written. */
    public void awaitMailsOf(long personId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notify_mail where recipient_person_id = ? and status = 'PENDING'",
                                Long.class,
                                personId)
                        == 0);
    }
}
