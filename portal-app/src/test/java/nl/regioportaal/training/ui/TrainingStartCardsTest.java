package nl.regioportaal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H3;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import org.junit.jupiter.api.Test;

class TrainingStartCardsTest extends KaribuTest {

    @Test
    void professionalGetsNextSessionAndToDoCards() {
        login("wijkcoach.baarn");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains("Mijn volgende sessie", "Verplichte scholing nog te doen")
                .doesNotContain("Scholing van mijn team");
    }

    @Test
    void leadersGetTheirTeamsCompliance() {
        login("teamleider.soest");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).contains("Scholing van mijn team");
        login("manager.leusden");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains("Scholing in mijn gemeente")
                .doesNotContain("Mijn volgende sessie", "Scholing van mijn team");
        login("procesbegeleider");
        navigate(StartView.class);
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).contains("Scholing in de regio");
    }
}
