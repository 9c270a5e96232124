package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalI18NProvider;

/** The administrator's Start: plugins that failed to start or failed since. */
@org.springframework.stereotype.Component
class PluginStateCard implements StartCard {

    private final PluginService plugins;

    PluginStateCard(PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public int order() {
        return 901;
    }

    @Override
    public Optional<Component> create(PortalUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            return Optional.empty();
        }
        Locale locale = UI.getCurrent() == null
                ? PortalI18NProvider.DUTCH
                : UI.getCurrent().getLocale();
        List<PluginRow> failed = plugins.list().stream()
                .filter(p -> p.state() != PluginRow.State.STARTED)
                .toList();
        Component state;
        if (failed.isEmpty()) {
            state = new Paragraph(PortalI18NProvider.translate("plugins.card.state.ok", locale));
        } else {
            UnorderedList list = new UnorderedList();
            failed.forEach(p -> list.add(new ListItem(p.name().in(locale) + " ("
                    + PortalI18NProvider.translate("plugins.state." + p.state().name(), locale) + ")")));
            state = list;
        }
        state.setId("state-plugins");
        return Optional.of(StartView.card(
                PortalI18NProvider.translate("plugins.card.state", locale),
                state,
                new Anchor("beheer/plugins", PortalI18NProvider.translate("plugins.menu", locale))));
    }
}
