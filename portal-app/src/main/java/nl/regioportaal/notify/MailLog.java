package nl.regioportaal.notify;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of mail ({@code /beheer/e-mail}): where mail goes, the delivery log with
 * failures and retries, and — in the demo — the mails the embedded SMTP server received.
 */
@Service
@Transactional
public class MailLog {

    public record Delivery(
            long id,
            Instant createdAt,
            String kind,
            long recipientPersonId,
            String recipientAddress,
            String subject,
            MailStatus status,
            int attempts,
            String lastError) {}

    public record ReceivedMail(
            String recipient,
            String from,
            String subject,
            Instant time,
            String messageId,
            String text,
            String html,
            String ics,
            Map<String, byte[]> files) {}

    private final MailDeliveryRepository mails;
    private final MailTransport transport;
    private final MailOutbox outbox;
    private final CurrentUser currentUser;
    private final Clock clock;

    MailLog(
            MailDeliveryRepository mails,
            MailTransport transport,
            MailOutbox outbox,
            CurrentUser currentUser,
            Clock clock) {
        this.mails = mails;
        this.transport = transport;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public MailTransport.Mode mode() {
        currentUser.requireAnyRole(Role.ADMIN);
        return transport.mode();
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(int max) {
        currentUser.requireAnyRole(Role.ADMIN);
        return mails.findAllByOrderByIdDesc(PageRequest.ofSize(max)).stream()
                .map(m -> new Delivery(
                        m.getId(),
                        m.getCreatedAt(),
                        m.getKind(),
                        m.getRecipientPersonId(),
                        m.getRecipientAddress(),
                        m.getSubject(),
                        m.getStatus(),
                        m.getAttempts(),
                        m.getLastError()))
                .toList();
    }

    /** How many mails gave up (for the administrator's Start page). */
    @Transactional(readOnly = true)
    public long failedCount() {
        currentUser.requireAnyRole(Role.ADMIN);
        return mails.countByStatus(MailStatus.FAILED);
    }

    /** Every failed mail is tried again (e.g. once the SMTP server is back); returns how many. */
    public int retryFailed() {
        currentUser.requireAnyRole(Role.ADMIN);
        List<MailDelivery> failed = mails.findByStatus(MailStatus.FAILED);
        failed.forEach(m -> m.retry(clock.instant()));
        outbox.sendSoon();
        return failed.size();
    }

    /** The mails the embedded SMTP server received, newest first (none when mail goes elsewhere). */
    public List<ReceivedMail> received() {
        currentUser.requireAnyRole(Role.ADMIN);
        List<ReceivedMail> out = new ArrayList<>();
        for (MimeMessage m : transport.received()) {
            out.add(read(m));
        }
        return out.reversed();
    }

    private static ReceivedMail read(MimeMessage m) {
        try {
            Parts parts = new Parts();
            parts.collect(m);
            return new ReceivedMail(
                    String.join(
                            ", ",
                            Stream.of(m.getAllRecipients())
                                    .map(Object::toString)
                                    .toList()),
                    String.join(
                            ", ", Stream.of(m.getFrom()).map(MailLog::decoded).toList()),
                    m.getSubject(),
                    m.getSentDate() == null ? null : m.getSentDate().toInstant(),
                    m.getMessageID(),
                    parts.text,
                    parts.html,
                    parts.ics,
                    parts.files);
        } catch (MessagingException | IOException e) {
            return new ReceivedMail("?", "?", "? " + e.getMessage(), null, null, null, null, null, Map.of());
        }
    }

    private static String decoded(Address address) {
        return address instanceof InternetAddress internet && internet.getPersonal() != null
                ? internet.getPersonal() + " <" + internet.getAddress() + ">"
                : address.toString();
    }

    /** The text, HTML and calendar parts of a received mail. */
    private static final class Parts {
        String text;
        String html;
        String ics;
        final Map<String, byte[]> files = new LinkedHashMap<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multi = (Multipart) part.getContent();
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart child = multi.getBodyPart(i);
                    collect(child);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && !part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    files.put(part.getFileName(), in.readAllBytes());
                }
            } else if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    ics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            }
        }
    }

    /** For tests: the embedded SMTP server goes down or comes back. */
    void embeddedSmtpRunning(boolean running) {
        transport.embeddedRunning(running);
    }
}
