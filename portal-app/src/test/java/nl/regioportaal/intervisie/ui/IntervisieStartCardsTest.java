package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.intervisie.IntervisieFixtures;
import nl.regioportaal.intervisie.PeerSessionService;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.AttendanceFixtures;
import nl.regioportaal.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntervisieStartCardsTest extends KaribuTest {

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    AttendanceFixtures people;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    RegionDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void aMemberSeesTheirNextSessionWithTheirRoleOnStart() {
        // a person of this test's own, so that no other test's group or session can come first
        long newcomer = people.newProfessional("Intervisant");
        long group = fixtures.group(4, "wijkcoach.baarn");
        fixtures.addMember(group, newcomer);
        long session = fixtures.session(
                group,
                "incidentmethode",
                "wijkcoach.baarn",
                LocalDateTime.now(clock).plusDays(3).withNano(0));
        String groupName = sessions.session(session).groupName();

        loginAs(TrainingFixtures.profileOf(directory.person(newcomer).orElseThrow()));
        navigate(StartView.class);

        var cards = _find(Div.class, s -> s.withId("intervisie-card"));
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.getElement().getAttribute("data-module")).isEqualTo("intervisie");
            assertThat(card.getElement().getTextRecursively()).contains(groupName, "Jouw rol:");
        });
    }

    @Test
    void someoneWithoutAGroupGetsNoCard() {
        login("manager.leusden");
        navigate(StartView.class);
        assertThat(_find(Div.class, s -> s.withId("intervisie-card"))).isEmpty();
    }
}
