package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.plugins.ActivePlugin;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.api.StartWidget;
import nl.regioportaal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins' Start-page widgets, for the plugins enabled for the user. The Start page takes one
 * component per card bean, so this one returns a "display: contents" wrapper whose children take their
 * places among the other cards. Each widget is built on its own: one that throws becomes a Dutch error
 * card (and marks its plugin failed); the others and the rest of the page are unaffected.
 */
@org.springframework.stereotype.Component
class PluginStartCards implements StartCard {

    private static final Logger LOG = LoggerFactory.getLogger(PluginStartCards.class);

    private final PluginService plugins;

    PluginStartCards(PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Optional<Component> create(PortalUser user) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        record Placed(int order, Component card) {}
        List<Placed> cards = new ArrayList<>();
        for (ActivePlugin plugin : plugins.visibleTo(user)) {
            List<StartWidget> widgets;
            try {
                widgets = plugin.module().widgets();
            } catch (RuntimeException | LinkageError e) {
                cards.add(new Placed(Integer.MAX_VALUE, failed(plugin, "?", e, locale)));
                continue;
            }
            for (StartWidget widget : widgets) {
                if (widget.permission() != null && !plugin.context().hasPermission(widget.permission())) {
                    continue;
                }
                try {
                    widget.factory().create().ifPresent(content -> {
                        Div card = StartView.card(widget.title().in(locale), content);
                        card.addClassName("rp-plugin-card");
                        card.getElement().setAttribute("data-plugin", plugin.id());
                        cards.add(new Placed(widget.order(), card));
                    });
                } catch (RuntimeException | LinkageError e) {
                    cards.add(new Placed(
                            widget.order(), failed(plugin, widget.title().in(locale), e, locale)));
                }
            }
        }
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        Div wrapper = new Div();
        wrapper.getStyle().set("display", "contents");
        cards.stream().sorted(Comparator.comparingInt(Placed::order)).forEach(p -> wrapper.add(p.card()));
        return Optional.of(wrapper);
    }

    private Component failed(ActivePlugin plugin, String widgetTitle, Throwable e, Locale locale) {
        LOG.error("plugin {} widget '{}' failed", plugin.id(), widgetTitle, e);
        plugins.reportFailure(
                plugin.id(),
                "plugins.failed.widget",
                widgetTitle,
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        String name;
        try {
            name = plugin.module().name().in(locale);
        } catch (RuntimeException ex) {
            name = plugin.id();
        }
        Div card = PluginViewHost.errorCard(
                UI.getCurrent() == null ? name : UI.getCurrent().getTranslation("plugins.error-card.widget", name));
        card.getElement().setAttribute("data-plugin", plugin.id());
        return card;
    }
}
