package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.intervisie.IntervisieFixtures;
import nl.regioportaal.intervisie.PeerSessionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupViewTest extends KaribuTest {

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    Clock clock;

    @Test
    void aMemberPlansASeriesAndSeesItsSessionsWithTheirRoles() {
        long group = fixtures.group(5, "wijkcoach.baarn");
        login("wijkcoach.baarn");
        GroupView view = open(group);

        view.method.setValue(view.method
                .getListDataView()
                .getItems()
                .filter(m -> m.code().equals("balint"))
                .findFirst()
                .orElseThrow());
        LocalDateTime first = LocalDateTime.now(clock)
                .plusDays(2)
                .withHour(13)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        type(view.startsAt, first);
        type(view.series, true);
        type(view.until, first.toLocalDate().plusWeeks(8));
        _click(view.plan);

        assertThat(sessions.sessions(group)).hasSize(3);
        assertThat(GridKt._size(view.sessions)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.sessions, 0)).contains("Balintmethode", "Gepland");
    }

    @Test
    void aMissingStartIsShownNextToTheField() {
        long group = fixtures.group(4, "wijkcoach.baarn");
        login("wijkcoach.baarn");
        GroupView view = open(group);
        view.method.setValue(
                view.method.getListDataView().getItems().findFirst().orElseThrow());

        _click(view.plan);

        assertThat(view.startsAt.isInvalid()).isTrue();
        assertThat(view.startsAt.getErrorMessage()).isEqualTo("Kies een begintijd in de toekomst.");
        assertThat(sessions.sessions(group)).isEmpty();
    }

    @Test
    void theDemoTeamLeadersGroupShowsItsPastAveragesAndKeptLesson() {
        login("teamleider.soest");
        long group = fixtures.groupId("Intervisie teamleiders");
        GroupView view = open(group);

        assertThat(view.averages.getElement().getTextRecursively()).contains("gemiddeld", "4 beoordelingen");
        assertThat(view.lessons.getElement().getTextRecursively())
                .contains("Vraag eerst wat het gezin zelf al geprobeerd heeft");
        assertThat(GridKt._size(view.sessions)).isEqualTo(6);
    }

    @Test
    void nonMembersProvidersAndManagersAreRefusedTheGroup() {
        long group = fixtures.group(4, "teamleider.soest");
        for (String outsider : List.of("wijkcoach.baarn", "aanbieder", "manager.leusden")) {
            login(outsider);
            assertRefused("intervisie/groep/" + group);
        }
    }

    static GroupView open(long groupId) {
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("groupId", String.valueOf(groupId)));
        return _get(GroupView.class);
    }
}
