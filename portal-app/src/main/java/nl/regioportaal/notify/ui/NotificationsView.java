package nl.regioportaal.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.shared.i18n.PortalFormats;

/** "Meldingen": the notices the portal sent to me, newest first. */
@Route("meldingen")
@Menu(title = "menu.notifications", order = 800, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends PortalPage {

    final Grid<Notice> grid = new Grid<>(Notice.class, false);

    public NotificationsView(NotificationService notifications) {
        super("notifications.title");
        // an instant is shown in the region's time, in the reader's language
        grid.addColumn(n -> PortalFormats.dateTime(n.createdAt(), getLocale()))
                .setHeader(getTranslation("notifications.when"))
                .setAutoWidth(true);
        grid.addColumn(Notice::subject)
                .setHeader(getTranslation("notifications.subject"))
                .setAutoWidth(true);
        grid.addColumn(Notice::body)
                .setHeader(getTranslation("notifications.body"))
                .setFlexGrow(1);
        grid.addComponentColumn(
                        n -> n.link() == null ? new Span() : new Anchor(n.link(), getTranslation("notifications.open")))
                .setHeader("");
        // the whole message, however long: cells wrap instead of cutting the text off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(n -> n.read() ? null : "rp-unread");
        grid.setItems(notifications.myNotices(200));
        grid.setAriaLabel(getTranslation("notifications.title"));
        Button markRead = new Button(getTranslation("notifications.mark-read"), e -> {
            notifications.markAllRead();
            grid.setItems(notifications.myNotices(200));
        });
        add(markRead, grid);
        setSizeFull();
    }
}
