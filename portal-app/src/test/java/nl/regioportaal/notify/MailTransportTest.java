package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Where mail goes: configured SMTP, the embedded demo server, or off (never silently swallowed). */
class MailTransportTest {

    private final StaticListableBeanFactory noEmbeddedDatabase = new StaticListableBeanFactory();

    private MailTransport transport(String host, String demoData) {
        return new MailTransport(
                host,
                2525,
                "",
                "",
                false,
                "noreply@example.org",
                "",
                0,
                demoData,
                "http://localhost:8080",
                noEmbeddedDatabase.getBeanProvider(EmbeddedMariaDbConfig.EmbeddedDatabase.class));
    }

    @Test
    void withoutSmtpAndWithoutDemoDataMailIsOff() {
        MailTransport off = transport("", "auto");
        assertThat(off.mode()).isEqualTo(MailTransport.Mode.OFF);
        assertThat(off.received()).isEmpty();
    }

    @Test
    void withDemoDataAndNoSmtpTheEmbeddedServerReceives() {
        MailTransport embedded = transport("", "true");
        try {
            assertThat(embedded.mode()).isEqualTo(MailTransport.Mode.EMBEDDED);
            assertThat(embedded.sender().getHost()).isEqualTo("127.0.0.1");
            assertThat(embedded.sender().getPort()).isPositive();
        } finally {
            embedded.stop();
        }
    }

    @Test
    void aConfiguredSmtpServerWins() {
        MailTransport smtp = transport("smtp.example.org", "true");
        assertThat(smtp.mode()).isEqualTo(MailTransport.Mode.SMTP);
        assertThat(smtp.sender().getHost()).isEqualTo("smtp.example.org");
        assertThat(MailTransport.messageId("k|1"))
                .isEqualTo(MailTransport.messageId("k|1"))
                .endsWith("@regioportaal>");
    }
}
