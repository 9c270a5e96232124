package nl.regioportaal.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.db.UtcInstants;
import nl.regioportaal.shared.metrics.PortalMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the pending mails. Each node polls every few seconds (and right after a notice was recorded);
 * the rows of one batch are locked with {@code FOR UPDATE SKIP LOCKED}, so two nodes never send the
 * same mail, and a mail is marked sent in the transaction that sent it.
 * <p>
 * The one crash window: SMTP accepted the mail and the node dies before the commit. The row is then
 * still pending and is sent again, with the same Message-ID (derived from the delivery key), so mail
 * clients drop the duplicate. A failed send is retried with doubling back-off; after the last try the
 * mail is FAILED and shown so on {@code /beheer/e-mail}, where an administrator can retry it.
 */
@Component
class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 20;

    private final MailDeliveryRepository mails;
    private final NotificationRepository notifications;
    private final NoticeTexts texts;
    private final Recipients recipients;
    private final MailComposer composer;
    private final MailTransport transport;
    private final ObjectProvider<MailAttachments> attachments;
    private final RegionDirectory directory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Executor executor;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final PortalMeters meters;

    MailOutbox(
            MailDeliveryRepository mails,
            NotificationRepository notifications,
            NoticeTexts texts,
            Recipients recipients,
            MailComposer composer,
            MailTransport transport,
            ObjectProvider<MailAttachments> attachments,
            RegionDirectory directory,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock,
            @Value("${portal.mail.max-attempts:5}") int maxAttempts,
            @Value("${portal.mail.first-retry:PT1M}") Duration firstRetry,
            PortalMeters meters) {
        this.mails = mails;
        this.notifications = notifications;
        this.texts = texts;
        this.recipients = recipients;
        this.composer = composer;
        this.transport = transport;
        this.attachments = attachments;
        this.directory = directory;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.executor = executor;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.meters = meters;
    }

    /** After the current transaction commits, sends what is due (not waiting for the next poll). */
    void sendSoon() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(MailOutbox.this::sendDueQuietly);
                }
            });
        } else {
            executor.execute(this::sendDueQuietly);
        }
    }

    @Scheduled(fixedDelayString = "${portal.mail.poll:PT5S}", initialDelayString = "PT10S")
    void poll() {
        sendDueQuietly();
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("mail batch failed: {}", e.toString());
        }
    }

    /** Sends one batch of due mails; returns how many went out. */
    int sendDue() {
        if (transport.mode() == MailTransport.Mode.OFF) {
            return 0;
        }
        Integer sent = tx.execute(st -> {
            List<Long> ids = jdbc.queryForList(
                    "select id from notify_mail where status = 'PENDING' and next_attempt_at <= ? order by id limit "
                            + BATCH + " for update skip locked",
                    Long.class,
                    UtcInstants.bind(clock.instant()));
            int ok = 0;
            for (MailDelivery mail : mails.findAllById(ids)) {
                if (send(mail)) {
                    ok++;
                }
            }
            return ok;
        });
        return sent == null ? 0 : sent;
    }

    private boolean send(MailDelivery mail) {
        Optional<Recipients.Recipient> to = recipients.find(mail.getRecipientPersonId());
        if (to.isEmpty() || to.get().email() == null || to.get().email().isBlank()) {
            mail.undeliverable("no e-mail address");
            return false;
        }
        if (!to.get().active()) {
            mail.undeliverable("recipient no longer active");
            return false;
        }
        try {
            MimeMessage message = compose(mail, to.get());
            transport.sender().send(message);
            mail.sent(to.get().email(), message.getSubject(), clock.instant());
            LOG.info("mail sent kind={} recipient={}", mail.getKind(), mail.getRecipientPersonId());
            meters.noticeMail(true);
            return true;
        } catch (MessagingException | RuntimeException e) {
            boolean last = mail.getAttempts() + 1 >= maxAttempts;
            Instant retryAt = clock.instant().plus(firstRetry.multipliedBy(1L << Math.min(mail.getAttempts(), 10)));
            mail.failed(e.getMessage(), retryAt, last);
            meters.noticeMail(false);
            LOG.warn(
                    "mail failed kind={} recipient={} attempt={} last={}: {}",
                    mail.getKind(),
                    mail.getRecipientPersonId(),
                    mail.getAttempts(),
                    last,
                    e.getMessage());
            return false;
        }
    }

    private MimeMessage compose(MailDelivery mail, Recipients.Recipient to) throws MessagingException {
        String region = SystemAuthentication.call(directory::regionName);
        if (MailDelivery.DIGEST_KIND.equals(mail.getKind())) {
            List<MailComposer.Item> items = mails.findByDigestId(mail.getId()).stream()
                    .map(m -> item(m.getNotificationId(), to))
                    .flatMap(Optional::stream)
                    .toList();
            return composer.digest(mail, to, items, region);
        }
        MailComposer.Item item =
                item(mail.getNotificationId(), to).orElseThrow(() -> new MessagingException("notice gone"));
        return composer.notice(mail, to, item, region, mail.getIcs(), files(mail, to));
    }

    /** What the modules attach to this notice for its recipient (none for a notice without a link). */
    private List<MailAttachments.Attachment> files(MailDelivery mail, Recipients.Recipient to) {
        return notifications
                .findById(mail.getNotificationId())
                .filter(n -> n.getLink() != null)
                .map(n -> attachments
                        .orderedStream()
                        .flatMap(
                                a -> a
                                        .attachmentFor(
                                                n.getKind(), n.getLink(), mail.getRecipientPersonId(), to.locale())
                                        .stream())
                        .toList())
                .orElse(List.of());
    }

    private Optional<MailComposer.Item> item(Long notificationId, Recipients.Recipient to) {
        if (notificationId == null) {
            return Optional.empty();
        }
        return notifications.findById(notificationId).map(n -> {
            NoticeTexts.Rendered r = texts.render(n, to.locale());
            String link = n.getLink() == null ? null : IcsWriter.absolute(transport.publicUrl(), n.getLink());
            return new MailComposer.Item(r.subject(), r.body(), link);
        });
    }
}
