package nl.regioportaal.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Where mail goes: the SMTP server of {@code SMTP_HOST}; with demo data and no SMTP server configured,
 * an embedded SMTP server (GreenMail) whose mails administrators read on {@code /beheer/e-mail};
 * otherwise nowhere — mail is then off, which the log and the admin screen say, and the mails wait
 * (pending) until a server is configured.
 */
@Component
public class MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);

    public enum Mode {
        SMTP,
        EMBEDDED,
        OFF
    }

    private final Mode mode;
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final GreenMail embedded;
    private final String from;
    private final String senderName;
    private final String publicUrl;

    MailTransport(
            @Value("${portal.mail.host:}") String host,
            @Value("${portal.mail.port:587}") int port,
            @Value("${portal.mail.username:}") String username,
            @Value("${portal.mail.password:}") String password,
            @Value("${portal.mail.starttls:true}") boolean starttls,
            @Value("${portal.mail.from:noreply@regioportaal.local}") String from,
            @Value("${portal.mail.sender-name:}") String senderName,
            @Value("${portal.mail.embedded-port:2525}") int embeddedPort,
            @Value("${portal.demo-data:auto}") String demoData,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl,
            ObjectProvider<EmbeddedMariaDbConfig.EmbeddedDatabase> embeddedDatabase) {
        this.from = from;
        this.senderName = senderName;
        this.publicUrl = publicUrl;
        boolean demo = "true".equalsIgnoreCase(demoData)
                || ("auto".equalsIgnoreCase(demoData) && embeddedDatabase.getIfAvailable() != null);
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        if (!host.isBlank()) {
            mode = Mode.SMTP;
            embedded = null;
            sender.setHost(host);
            sender.setPort(port);
            if (!username.isBlank()) {
                sender.setUsername(username);
                sender.setPassword(password);
                props.put("mail.smtp.auth", "true");
            }
            props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
            LOG.info("mail: SMTP server {}:{}", host, port);
        } else if (demo) {
            mode = Mode.EMBEDDED;
            ServerSetup setup = new ServerSetup(embeddedPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            embedded = new GreenMail(embeddedPort == 0 ? setup.dynamicPort() : setup);
            embedded.start();
            sender.setHost("127.0.0.1");
            sender.setPort(embedded.getSmtp().getPort());
            LOG.info("mail: demo data and no SMTP_HOST, embedded SMTP server on 127.0.0.1:{}", sender.getPort());
        } else {
            mode = Mode.OFF;
            embedded = null;
            LOG.warn("mail is OFF: no SMTP_HOST configured; mails stay pending until one is");
        }
    }

    public Mode mode() {
        return mode;
    }

    JavaMailSenderImpl sender() {
        return sender;
    }

    String fromAddress() {
        return from;
    }

    /** The sender's display name: configured, or else the region's name. */
    String configuredSenderName() {
        return senderName;
    }

    String publicUrl() {
        return publicUrl;
    }

    /** The embedded server's mails, newest last (empty when mail goes to a real server). */
    List<MimeMessage> received() {
        return embedded == null ? List.of() : List.of(embedded.getReceivedMessages());
    }

    /** For tests of an SMTP outage: stops or starts the embedded server. */
    void embeddedRunning(boolean running) {
        if (embedded == null) {
            return;
        }
        if (running && !embedded.isRunning()) {
            embedded.start();
            sender.setPort(embedded.getSmtp().getPort());
        } else if (!running && embedded.isRunning()) {
            embedded.stop();
        }
    }

    /** Derived from the delivery key, so a resend carries the same Message-ID and clients drop it. */
    static String messageId(String deliveryKey) {
        return "<" + Notices.sha256(deliveryKey).substring(0, 40) + "@regioportaal>";
    }

    @PreDestroy
    void stop() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
