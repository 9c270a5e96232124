package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.regioportaal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Recording a notice when another one creates the same calendar item at the same moment. */
class NoticeListenerTest extends ServiceTest {

    record InvitedNotice(
            long recipientPersonId,
            String kind,
            String textKey,
            List<String> params,
            String link,
            String deliveryKey,
            CalendarInvite calendar)
            implements NoticeEvent {}

    @Autowired
    NoticeListener listener;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * A session planned and moved at once: both notices create the person's calendar item. The one
     * that loses the race on the item's unique key is recorded on a second try, not dropped as if it
     * were a duplicate of itself.
     */
    @Test
    void aNoticeWhoseCalendarItemWasCreatedBesideItIsRecordedNotLost() throws Exception {
        inFlight.awaitRecorded(Duration.ofMinutes(2)); // the listener runs on the notice threads: free them first
        long person = users.login("wijkcoach.baarn").personId();
        String itemRef = "test-item-" + UUID.randomUUID();
        LocalDateTime start = LocalDateTime.of(2030, 3, 12, 9, 30);
        InvitedNotice moved = new InvitedNotice(
                person,
                "test.moved",
                NoticeRequested.PLAIN,
                List.of("Verplaatst", "Naar 9:30"),
                "start",
                "test.moved|" + itemRef + "|" + person,
                new CalendarInvite(
                        itemRef,
                        "Test",
                        null,
                        "start",
                        List.of(new CalendarInvite.Slot(start, start.plusHours(1))),
                        false));

        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> planned =
                CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    jdbc.update(
                            "insert into notify_calendar_item (uid, item_ref, person_id, title, slots, updated_at)"
                                    + " values (?, ?, ?, 'Test', ?, now(6))",
                            itemRef + "-p" + person + "@regioportaal",
                            itemRef,
                            person,
                            "2030-03-12T08:00\u001F2030-03-12T09:00");
                    inserted.countDown();
                    waitFor(commit);
                }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        listener.on(moved); // asynchronous, as after a commit
        // the recording waits on the item's unique key until the other transaction commits
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from information_schema.processlist where info like 'insert into notify_calendar_item%'",
                                Integer.class)
                        > 0);
        commit.countDown();
        planned.get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notification where delivery_key = ?",
                                Integer.class,
                                moved.deliveryKey())
                        > 0);

        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where delivery_key = ?", Integer.class, moved.deliveryKey()))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select slots from notify_calendar_item where item_ref = ? and person_id = ?",
                        String.class,
                        itemRef,
                        person))
                .as("the item shows the moved time")
                .startsWith("2030-03-12T09:30");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
