package nl.regioportaal.devagenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.AgendaReach;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agenda's card on Start: initiatives I own or follow that changed this week; for a provider
 * representative the initiatives shared with their organisation. Marked as the agenda's, since
 * whether it shows depends on what changed, not on the role alone.
 */
@Configuration(proxyBeanMethods = false)
class AgendaStartCards {

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
    }

    private static String t(String key, Object... params) {
        return PortalI18NProvider.translate(key, locale(), params);
    }

    @Bean
    StartCard devagendaCard(AgendaQueries queries, AccessPolicy access) {
        return new StartCard() {
            public int order() {
                return 250;
            }

            public Optional<Component> create(PortalUser user) {
                AgendaReach reach = access.agendaReach(user);
                if (reach instanceof AgendaReach.Nothing) {
                    return Optional.empty();
                }
                List<InitiativeRow> rows = queries.forStart();
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                UnorderedList list = new UnorderedList();
                rows.stream()
                        .limit(8)
                        .forEach(r -> list.add(new ListItem(
                                AgendaUi.initiativeLink(r.id(), r.title()),
                                new Span(" · " + t("devagenda.status." + r.status()) + " · "
                                        + PortalFormats.percent(r.percentage(), locale())))));
                String title = reach instanceof AgendaReach.SharedWith
                        ? t("devagenda.card.shared")
                        : t("devagenda.card.changed");
                Component card = StartView.card(title, list, new Anchor("ontwikkelagenda", t("devagenda.card.open")));
                card.getElement().setAttribute("data-module", "devagenda");
                return Optional.of(card);
            }
        };
    }
}
