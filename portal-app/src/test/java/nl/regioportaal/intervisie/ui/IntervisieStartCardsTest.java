package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import org.junit.jupiter.api.Test;

class IntervisieStartCardsTest extends KaribuTest {

    @Test
    void aMemberSeesTheirNextSessionWithTheirRoleOnStart() {
        login("wijkcoach.baarn");
        navigate(StartView.class);

        var cards = _find(Div.class, s -> s.withId("intervisie-card"));
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.getElement().getAttribute("data-module")).isEqualTo("intervisie");
            assertThat(card.getElement().getTextRecursively()).contains("Intervisie sociaal team Baarn", "Jouw rol:");
        });
    }

    @Test
    void someoneWithoutAGroupGetsNoCard() {
        login("manager.leusden");
        navigate(StartView.class);
        assertThat(_find(Div.class, s -> s.withId("intervisie-card"))).isEmpty();
    }
}
