package nl.regioportaal.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Builds a mail (HTML and plain text from Thymeleaf templates {@code templates/mail/*.html|txt}) in
 * the recipient's language, with the region's name as sender, the Message-ID of its delivery key and
 * the calendar invitation attached.
 */
@Component
class MailComposer {

    record Item(String subject, String body, String link) {}

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final MailTransport transport;
    private final Clock clock;

    MailComposer(MailTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** One notice as a mail. */
    MimeMessage notice(
            MailDelivery delivery,
            Recipients.Recipient to,
            Item item,
            String regionName,
            String ics,
            List<MailAttachments.Attachment> files)
            throws MessagingException {
        Context context = context(to, regionName);
        context.setVariable("item", item);
        return message(delivery, to, regionName, item.subject(), "notice", context, ics, files);
    }

    /** The weekly digest: all notices of the week in one mail. */
    MimeMessage digest(MailDelivery delivery, Recipients.Recipient to, List<Item> items, String regionName)
            throws MessagingException {
        Context context = context(to, regionName);
        context.setVariable("items", items);
        String subject = t("notify.mail.digest.subject", to.locale(), items.size());
        context.setVariable("intro", t("notify.mail.digest.intro", to.locale(), items.size()));
        return message(delivery, to, regionName, subject, "digest", context, null, List.of());
    }

    private Context context(Recipients.Recipient to, String regionName) {
        Locale locale = to.locale();
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("greeting", t("notify.mail.greeting", locale, to.name()));
        context.setVariable("open", t("notify.mail.open", locale));
        context.setVariable("footer", t("notify.mail.footer", locale, regionName));
        context.setVariable("preferences", t("notify.mail.preferences", locale));
        context.setVariable("preferencesUrl", IcsWriter.absolute(transport.publicUrl(), "profiel"));
        context.setVariable("baseUrl", transport.publicUrl());
        return context;
    }

    private MimeMessage message(
            MailDelivery delivery,
            Recipients.Recipient to,
            String regionName,
            String subject,
            String template,
            Context context,
            String ics,
            List<MailAttachments.Attachment> files)
            throws MessagingException {
        context.setVariable("subject", subject);
        MimeMessage message = transport.sender().createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        try {
            String name = transport.configuredSenderName().isBlank() ? regionName : transport.configuredSenderName();
            helper.setFrom(transport.fromAddress(), name);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("sender name", e);
        }
        helper.setTo(to.email());
        helper.setSubject(subject);
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(text.process(template, context), html.process(template, context));
        if (ics != null) {
            String method = ics.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            helper.addAttachment(
                    "uitnodiging.ics",
                    new ByteArrayDataSource(
                            ics.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=" + method));
        }
        for (MailAttachments.Attachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayDataSource(file.content(), file.contentType()));
        }
        message.setHeader("Message-ID", delivery.getMessageId());
        return message;
    }

    static String t(String key, Locale locale, Object... params) {
        return PortalI18NProvider.translate(key, locale, params);
    }
}
