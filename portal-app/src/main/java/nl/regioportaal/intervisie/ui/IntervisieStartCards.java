package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.intervisie.PeerSessionService;
import nl.regioportaal.security.PortalUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Intervisie's card on Start: my next session, with my role in it. */
@Configuration(proxyBeanMethods = false)
class IntervisieStartCards {

    @Bean
    StartCard intervisieNextSessionCard(PeerSessionService sessions) {
        return new StartCard() {
            public int order() {
                return 210;
            }

            public Optional<Component> create(PortalUser user) {
                List<SessionSummary> next = sessions.myUpcoming(1);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                SessionSummary s = next.getFirst();
                String role = s.roles().entrySet().stream()
                        .filter(e -> e.getValue() == user.personId())
                        .map(e -> IntervisieUi.t("intervisie.role." + e.getKey()))
                        .findFirst()
                        .orElse(IntervisieUi.t("intervisie.role.none"));
                Paragraph text = new Paragraph(
                        IntervisieUi.t("intervisie.card.text", s.groupName(), IntervisieUi.when(s), role));
                Component card = StartView.card(
                        IntervisieUi.t("intervisie.card.title"),
                        text,
                        IntervisieUi.sessionLink(s, IntervisieUi.t("intervisie.card.open")));
                // which card a person gets depends on their groups, not on their role
                card.getElement().setAttribute("data-module", "intervisie");
                card.setId("intervisie-card");
                return Optional.of(card);
            }
        };
    }
}
