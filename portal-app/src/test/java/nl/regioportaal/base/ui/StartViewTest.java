package nl.regioportaal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import nl.regioportaal.KaribuTest;
import org.junit.jupiter.api.Test;

class StartViewTest extends KaribuTest {

    @Test
    void greetsTheUserByName() {
        var user = login("wijkcoach.baarn");
        navigate(StartView.class);
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Welkom, " + user.displayName() + ".");
    }

    @Test
    void everyDemoAccountCanOpenStart() {
        for (String account : new String[] {
            "procesbegeleider",
            "teamleider.soest",
            "wijkcoach.baarn",
            "manager.leusden",
            "aanbieder",
            "trainer",
            "beheer.amersfoort",
            "admin"
        }) {
            login(account);
            assertThat(navigate(StartView.class).getPageTitle()).isEqualTo("Start · Regioportaal");
        }
    }
}
