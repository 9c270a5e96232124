package nl.regioportaal.notify.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticeArrivals;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.security.PortalUser;

/**
 * The bell in the shell: the unread count, kept current by server push when notices arrive (also
 * those recorded on another node); a click shows the latest notices with their links.
 */
public class NotificationBell extends Composite<Div> {

    final Button button = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final VerticalLayout list = new VerticalLayout();
    private final transient NotificationService notifications;
    private final transient NoticeArrivals arrivals;
    private final long personId;
    private transient NoticeArrivals.Subscription subscription;

    NotificationBell(PortalUser user, NotificationService notifications, NoticeArrivals arrivals) {
        this.notifications = notifications;
        this.arrivals = arrivals;
        this.personId = user.personId();
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        badge.getElement().getThemeList().add("badge pill small primary");
        badge.getStyle().set("margin-inline-start", "-0.6rem");
        Popover popover = new Popover();
        popover.setTarget(button);
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fillList();
            }
        });
        list.setPadding(false);
        list.setWidth("22rem");
        getContent().add(button, badge);
        getContent().getStyle().set("display", "flex").set("align-items", "center");
        show(notifications.myUnreadCount());
    }

    /** The count as shown, and said to screen readers. */
    void show(long unread) {
        badge.setText(String.valueOf(unread));
        badge.setVisible(unread > 0);
        button.getElement().setAttribute("aria-label", getTranslation("notify.bell.label", unread));
    }

    private void fillList() {
        list.removeAll();
        List<Notice> latest = notifications.myNotices(5);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notify.bell.empty")));
        }
        for (Notice n : latest) {
            Div item = new Div();
            Span subject = new Span(n.subject());
            subject.getStyle().set("font-weight", n.read() ? "400" : "600");
            item.add(n.link() == null ? subject : new Anchor(n.link(), n.subject()));
            if (!n.read()) {
                Button read = new Button(getTranslation("notify.bell.mark-read"), e -> {
                    notifications.markRead(n.id());
                    show(notifications.myUnreadCount());
                    fillList();
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                item.add(read);
            }
            list.add(item);
        }
        list.add(new Anchor("meldingen", getTranslation("notify.bell.all")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = arrivals.subscribe(personId, unread -> ui.access(() -> show(unread)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
