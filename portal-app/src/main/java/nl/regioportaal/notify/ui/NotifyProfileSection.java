package nl.regioportaal.notify.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.regioportaal.base.ui.ProfileSection;
import nl.regioportaal.notify.CalendarFeed;
import nl.regioportaal.notify.Channel;
import nl.regioportaal.notify.NotificationPreferences;
import nl.regioportaal.security.PortalUser;

/** On "Mijn profiel": how each kind of notice reaches me, and my personal calendar feed. */
@SpringComponent
class NotifyProfileSection implements ProfileSection {

    private final NotificationPreferences preferences;
    private final CalendarFeed feed;

    NotifyProfileSection(NotificationPreferences preferences, CalendarFeed feed) {
        this.preferences = preferences;
        this.feed = feed;
    }

    @Override
    public Component create(PortalUser user) {
        return new Section(preferences, feed);
    }

    static class Section extends Div {

        final Grid<NotificationPreferences.KindChoice> kinds =
                new Grid<>(NotificationPreferences.KindChoice.class, false);
        final Paragraph feedState = new Paragraph();
        final TextField feedUrl = new TextField();
        final Button renew;
        final Button revoke;
        private final transient NotificationPreferences preferences;
        private final transient CalendarFeed feed;

        Section(NotificationPreferences preferences, CalendarFeed feed) {
            this.preferences = preferences;
            this.feed = feed;
            kinds.addColumn(k -> getTranslation(k.labelKey()))
                    .setHeader(getTranslation("notify.preferences.kind"))
                    .setFlexGrow(1);
            kinds.addComponentColumn(this::channelSelect)
                    .setHeader(getTranslation("notify.preferences.channel"))
                    .setAutoWidth(true);
            kinds.setAllRowsVisible(true);
            kinds.setAriaLabel(getTranslation("notify.preferences.title"));
            kinds.setItems(preferences.mine());

            feedUrl.setReadOnly(true);
            feedUrl.setWidthFull();
            feedUrl.setVisible(false);
            feedUrl.setLabel(getTranslation("notify.feed.new-url"));
            renew = new Button(getTranslation("notify.feed.renew"), e -> {
                feedUrl.setValue(feed.renewMine());
                feedUrl.setVisible(true);
                showFeedState();
            });
            revoke = new Button(getTranslation("notify.feed.revoke"), e -> {
                feed.revokeMine();
                feedUrl.clear();
                feedUrl.setVisible(false);
                Notification.show(getTranslation("notify.feed.revoked"));
                showFeedState();
            });
            add(
                    new H3(getTranslation("notify.preferences.title")),
                    kinds,
                    new H3(getTranslation("notify.feed.title")),
                    new Paragraph(getTranslation("notify.feed.help")),
                    feedState,
                    feedUrl,
                    new HorizontalLayout(renew, revoke));
            setWidthFull();
            getStyle().set("max-width", "50rem");
            showFeedState();
        }

        private Select<Channel> channelSelect(NotificationPreferences.KindChoice choice) {
            Select<Channel> select = new Select<>();
            select.setItems(Channel.values());
            select.setItemLabelGenerator(c -> getTranslation(c.i18nKey()));
            select.setValue(choice.channel());
            select.setAriaLabel(getTranslation(choice.labelKey()));
            select.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    preferences.choose(choice.kind(), e.getValue());
                    Notification.show(getTranslation("notify.preferences.saved"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            });
            return select;
        }

        private void showFeedState() {
            feedState.setText(feed.myFeedSince()
                    .map(since -> getTranslation(
                            "notify.feed.active",
                            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
                                    .withZone(ZoneId.of("Europe/Amsterdam"))
                                    .format(since)))
                    .orElse(getTranslation("notify.feed.none")));
            revoke.setEnabled(feed.myFeedSince().isPresent());
        }
    }
}
