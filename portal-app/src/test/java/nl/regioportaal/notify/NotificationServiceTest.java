package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        users.login("procesbegeleider");
        notifications.send(trainer.personId(), "test.hello", "Onderwerp", "Tekst van het bericht", "/scholing");

        users.login("trainer");
        assertThat(notifications.myNotices(10)).anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Onderwerp");
            assertThat(n.read()).isFalse();
        });
        assertThat(notifications.myUnreadCount()).isPositive();
        notifications.markAllRead();
        assertThat(notifications.myUnreadCount()).isZero();

        users.login("manager.leusden");
        assertThat(notifications.myNotices(50)).noneMatch(n -> n.kind().equals("test.hello"));
        assertThatThrownBy(() -> notifications.noticesOf(trainer.personId(), "test.hello"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCannotSend() {
        assertThatThrownBy(() -> notifications.send(1, "x", "s", "b", null)).isInstanceOf(AccessDeniedException.class);
    }
}
