package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class NotificationServiceTest extends ServiceTest {

    @Autowired
    NotificationService notifications;

    @Test
    void aNoticeReachesOnlyItsRecipientAndCanBeMarkedRead() {
        PortalUser trainer = users.login("trainer");
        // start from a known state: whatever other tests sent the trainer is read
        notifications.markAllRead();
        assertThat(notifications.myUnreadCount()).isZero();
        String kind = "test.hello." + UUID.randomUUID();

        users.login("procesbegeleider");
        notifications.send(trainer.personId(), kind, "Onderwerp", "Tekst van het bericht", "/scholing");

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
    void anonymousCannotSend() {
        assertThatThrownBy(() -> notifications.send(1, "x", "s", "b", null)).isInstanceOf(AccessDeniedException.class);
    }
}
