package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class NotificationServiceTest extends ServiceTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    Notices notices;

    @Autowired
    NoticesInFlight inFlight;

    @Test
    void aNoticeReachesOnlyItsRecipientAndCanBeMarkedRead() {
        PortalUser trainer = users.login("trainer");
        // start from a known state: whatever other tests sent the trainer is read
        notifications.markAllRead();
        assertThat(notifications.myUnreadCount()).isZero();
        String kind = "test.hello." + UUID.randomUUID();

        users.login("procesbegeleider");
        inFlight.send(trainer.personId(), kind, "Onderwerp", "Tekst van het bericht", "/scholing");

        users.login("trainer");
        assertThat(notifications.myNotices(10))
                .filteredOn(n -> n.kind().equals(kind))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.subject()).isEqualTo("Onderwerp");
                    assertThat(n.read()).isFalse();
                });
        assertThat(notifications.myUnreadCount()).isOne();
        notifications.markAllRead();
        assertThat(notifications.myUnreadCount()).isZero();

        users.login("manager.leusden");
        assertThat(notifications.myNotices(50)).noneMatch(n -> n.kind().equals(kind));
        assertThatThrownBy(() -> notifications.noticesOf(trainer.personId(), kind))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSameDeliveryKeyIsRecordedOnce() {
        PortalUser trainer = users.login("trainer");
        String key = Notices.key("test.once", "object-1", trainer.personId(), "2026-12-01");
        // Three requests with one delivery key, each with its own text. Not three equal events: the event
        // publication registry finds a publication by its serialized event, so two equal events handled at
        // the same moment could both complete the first publication and leave the second open.
        for (String text : List.of("Tekst", "Tekst, nog eens")) {
            notices.publish(new NoticeRequested(
                    trainer.personId(), "test.once", NoticeRequested.PLAIN, List.of("Eén keer", text), null, key));
        }
        inFlight.awaitRecorded();
        notices.publish(new NoticeRequested(
                trainer.personId(), "test.once", NoticeRequested.PLAIN, List.of("Eén keer", "Later"), null, key));
        inFlight.awaitRecorded();
        assertThat(notifications.noticesOf(trainer.personId(), "test.once")).hasSize(1);
    }

    @Test
    void anonymousCannotPublish() {
        NoticeEvent event = new NoticeRequested(1, "x", NoticeRequested.PLAIN, List.of("s", "b"), null, "x|1");
        assertThatThrownBy(() -> notices.publish(event)).isInstanceOf(AccessDeniedException.class);
    }
}
