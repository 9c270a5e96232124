package nl.regioportaal.devagenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.devagenda.AgendaFixtures;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaQueries;
import nl.regioportaal.devagenda.InitiativeStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaStartCardsTest extends KaribuTest {

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaFixtures fixtures;

    private static Optional<Div> agendaCard() {
        navigate(StartView.class);
        return _find(Div.class, s -> s.withClasses("rp-card")).stream()
                .filter(c -> "devagenda".equals(c.getElement().getAttribute("data-module")))
                .findFirst();
    }

    private static List<String> links(Div card) {
        return _find(card, Anchor.class).stream().map(Anchor::getText).toList();
    }

    @Test
    void aProviderRepresentativeSeesTheInitiativesSharedWithTheirOrganisation() {
        for (String account : new String[] {"aanbieder", "aanbieder.mee"}) {
            login(account);
            List<String> shared =
                    queries.initiatives().stream().map(InitiativeRow::title).toList();
            Div card = agendaCard().orElseThrow();
            assertThat(_find(card, H3.class).getFirst().getText())
                    .isEqualTo("Ontwikkelagenda: gedeeld met jouw organisatie");
            assertThat(links(card)).containsAll(shared.stream().limit(8).toList());
        }
    }

    @Test
    void aFollowerSeesTheInitiativesThatChangedThisWeek() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        login("procesbegeleider"); // the creator follows it
        String title = queries.initiative(id).row().title();
        Div card = agendaCard().orElseThrow();
        assertThat(_find(card, H3.class).getFirst().getText()).isEqualTo("Ontwikkelagenda: deze week gewijzigd");
        assertThat(links(card)).contains(title);
    }

    @Test
    void aTrainerHasNoAgendaCard() {
        login("trainer");
        assertThat(agendaCard()).isEmpty();
    }
}
