package nl.regioportaal.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.MailStatus;
import nl.regioportaal.notify.MailTransport;
import nl.regioportaal.security.Role;

/** "E-mail": where mail goes, the delivery log (failed mails can be retried) and the demo's received mails. */
@Route("beheer/e-mail")
@Menu(title = "menu.mail-log", order = 960, icon = "vaadin:envelope")
@RolesAllowed(Role.Names.ADMIN)
public class MailLogView extends PortalPage {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

    final Paragraph mode = new Paragraph();
    final Grid<MailLog.Delivery> deliveries = new Grid<>(MailLog.Delivery.class, false);
    final Grid<MailLog.ReceivedMail> received = new Grid<>(MailLog.ReceivedMail.class, false);
    final Button retryFailed;
    private final transient MailLog mailLog;

    public MailLogView(MailLog mailLog) {
        super("notify.mail-log.title");
        this.mailLog = mailLog;
        MailTransport.Mode current = mailLog.mode();
        mode.setText(getTranslation("notify.mail-log.mode." + current.name()));
        if (current == MailTransport.Mode.OFF) {
            mode.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }

        deliveries.addColumn(d -> when(d.createdAt())).setHeader(getTranslation("notify.mail-log.created"));
        deliveries.addColumn(MailLog.Delivery::kind).setHeader(getTranslation("notify.mail-log.kind"));
        deliveries
                .addColumn(d -> d.recipientAddress() != null ? d.recipientAddress() : "#" + d.recipientPersonId())
                .setHeader(getTranslation("notify.mail-log.recipient"));
        deliveries.addColumn(MailLog.Delivery::subject).setHeader(getTranslation("notify.mail-log.subject"));
        deliveries.addColumn(d -> d.status().name()).setHeader(getTranslation("notify.mail-log.status"));
        deliveries.addColumn(MailLog.Delivery::attempts).setHeader(getTranslation("notify.mail-log.attempts"));
        deliveries.addColumn(MailLog.Delivery::lastError).setHeader(getTranslation("notify.mail-log.error"));
        deliveries.setPartNameGenerator(d -> d.status() == MailStatus.FAILED ? "rp-failed" : null);
        deliveries.setAriaLabel(getTranslation("notify.mail-log.deliveries"));
        deliveries.setAllRowsVisible(true);
        retryFailed = new Button(getTranslation("notify.mail-log.retry-failed"), e -> {
            int n = mailLog.retryFailed();
            Notification.show(getTranslation("notify.mail-log.retried", n));
            refresh();
        });

        received.addColumn(m -> when(m.time())).setHeader(getTranslation("notify.mail-log.time"));
        received.addColumn(MailLog.ReceivedMail::recipient).setHeader(getTranslation("notify.mail-log.recipient"));
        received.addColumn(MailLog.ReceivedMail::subject)
                .setHeader(getTranslation("notify.mail-log.subject"))
                .setFlexGrow(1);
        received.addColumn(m -> m.ics() == null ? "" : "✓").setHeader(getTranslation("notify.mail-log.attachment"));
        received.addComponentColumn(m -> new Button(getTranslation("notify.mail-log.show"), e -> show(m)));
        received.setAriaLabel(getTranslation("notify.mail-log.received"));

        add(mode, new H3(getTranslation("notify.mail-log.deliveries")), retryFailed, deliveries);
        if (current == MailTransport.Mode.EMBEDDED) {
            add(new H3(getTranslation("notify.mail-log.received")), received);
        }
        refresh();
    }

    private void refresh() {
        deliveries.setItems(mailLog.deliveries(200));
        received.setItems(mailLog.received());
    }

    /** The mail as it was received: the rendered HTML in a sandboxed frame, the invitation as text. */
    void show(MailLog.ReceivedMail mail) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(mail.subject());
        dialog.setWidth("min(60rem, 95vw)");
        Paragraph to = new Paragraph(mail.from() + " → " + mail.recipient());
        IFrame html = new IFrame();
        html.setSrcdoc(mail.html() != null ? mail.html() : "");
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.setWidthFull();
        html.setHeight("22rem");
        html.getElement().setAttribute("title", mail.subject());
        dialog.add(to, html);
        if (mail.ics() != null) {
            dialog.add(new H3(getTranslation("notify.mail-log.attachment")), new Pre(mail.ics()));
        }
        dialog.getFooter().add(new Button(getTranslation("notify.mail-log.close"), e -> dialog.close()));
        dialog.open();
    }

    private static String when(Instant i) {
        return i == null ? "" : WHEN.format(i);
    }
}
