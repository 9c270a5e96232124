package nl.regioportaal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import nl.regioportaal.KaribuTest;
import org.junit.jupiter.api.Test;

class StartViewTest extends KaribuTest {

    private static final String NEXT_SESSION = "Mijn volgende sessie";
    private static final String TO_DO = "Verplichte scholing nog te doen";
    private static final String MY_TEAM = "Scholing van mijn team";
    private static final String MY_MUNICIPALITY = "Scholing in mijn gemeente";
    private static final String REGION = "Scholing in de regio";
    private static final String EMPTY = "Welkom in het Regioportaal";
    private static final String TRAINER = "Mijn sessies als trainer";
    private static final String PROVIDER_COURSES = "Cursussen van je organisatie";
    private static final String JOBS_AND_MAIL = "Portaalstatus: taken en e-mail";
    private static final String PLUGINS = "Portaalstatus: plugins";

    /**
     * The portal's own cards per demo account, in order: the learner cards for professionals and team
     * leaders, the compliance card (titled after their reach) for those who oversee others, nothing for the rest.
     */
    private static final Map<String, List<String>> PORTAL_CARDS = Map.of(
            "procesbegeleider", List.of(REGION),
            "teamleider.soest", List.of(NEXT_SESSION, TO_DO, MY_TEAM),
            "wijkcoach.baarn", List.of(NEXT_SESSION, TO_DO),
            "manager.leusden", List.of(MY_MUNICIPALITY),
            "aanbieder", List.of(PROVIDER_COURSES),
            "aanbieder.mee", List.of(PROVIDER_COURSES),
            "trainer", List.of(TRAINER),
            "beheer.amersfoort", List.of(),
            "admin", List.of(JOBS_AND_MAIL, PLUGINS));

    @Test
    void greetsTheUserByName() {
        var user = login("wijkcoach.baarn");
        navigate(StartView.class);
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Welkom, " + user.displayName() + ".");
    }

    @Test
    void everyDemoAccountSeesTheCardsOfItsRoles() {
        PORTAL_CARDS.forEach((account, expected) -> {
            login(account);
            assertThat(navigate(StartView.class).getPageTitle()).isEqualTo("Start · Regioportaal");

            // plugin cards depend on which plugins are on where (PluginVisibilityTest covers them), forum
            // cards on the person's meetings and proposals (ForumStartCardsTest covers them), the
            // development agenda's on what changed and was shared (AgendaStartCardsTest), intervisie cards on
            // the person's peer groups (IntervisieStartCardsTest)
            List<Div> cards = _find(Div.class, s -> s.withClasses("rp-card"));
            List<Div> otherCards =
                    cards.stream().filter(StartViewTest::notByRole).toList();
            List<String> portalCards = cards.stream()
                    .filter(card -> !notByRole(card))
                    .map(StartViewTest::title)
                    .toList();
            // the empty-state card only when nothing else is there
            assertThat(portalCards)
                    .as("cards of %s", account)
                    .containsExactlyElementsOf(expected.isEmpty() && otherCards.isEmpty() ? List.of(EMPTY) : expected);
        });
    }

    private static boolean notByRole(Div card) {
        return card.getElement().hasAttribute("data-plugin")
                || card.getElement().hasAttribute("data-module");
    }

    private static String title(Div card) {
        return card.getChildren()
                .filter(H3.class::isInstance)
                .map(h -> ((H3) h).getText())
                .findFirst()
                .orElse("");
    }
}
