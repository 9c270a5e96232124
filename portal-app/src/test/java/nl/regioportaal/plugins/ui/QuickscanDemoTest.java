package nl.regioportaal.plugins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's quickscan answers (added by the plugin on demo creation): Amersfoort's report shows marks
 * for teams with five or more answers, the chart, and a team with too few answers without marks.
 */
class QuickscanDemoTest extends KaribuTest {

    private static final List<String> DIMENSIONS = List.of("help", "money", "client", "neighbourhood", "team");

    @Autowired
    RegionDirectory directory;

    @Test
    void amersfoortReportShowsMarksTheChartAndATeamWithTooFewAnswers() {
        login("beheer.amersfoort");
        UI.getCurrent().navigate("plugin/quickscan/rapport");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("quickscan-report"));
        Map<String, Integer> answers = new TreeMap<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            int n = Integer.parseInt(GridKt._getFormatted(grid, row, "answers"));
            answers.put(GridKt._getFormatted(grid, row, "team-name"), n);
            for (String d : DIMENSIONS) {
                String mark = GridKt._getFormatted(grid, row, d);
                if (n >= 5) {
                    assertThat(mark).as("mark of a team with %d answers", n).matches("([1-9]|10),\\d");
                } else {
                    assertThat(mark).as("no marks below five answers").isEqualTo("–");
                }
            }
        }
        // one row per team of Amersfoort, as the directory has them now (other tests may add teams)
        long amersfoort = directory.municipalities().stream()
                .filter(m -> m.name().equals("Amersfoort"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(answers.keySet())
                .containsExactlyInAnyOrderElementsOf(directory.teamsOf(amersfoort).stream()
                        .map(TeamRef::name)
                        .toList());
        // the demo answered for Amersfoort's first four teams by name: 8, 6, 5 and 3 people; nobody else did
        assertThat(answers)
                .containsEntry("Wijkteam Centrum", 8)
                .containsEntry("Wijkteam Hoogland", 6)
                .containsEntry("Wijkteam Kattenbroek", 5)
                .containsEntry("Wijkteam Kruiskamp", 3);
        assertThat(answers.values().stream().filter(n -> n != 0)).containsExactlyInAnyOrder(8, 6, 5, 3);
        assertThat(_find(Html.class).stream().map(h -> h.getElement().getOuterHTML()))
                .anyMatch(html -> html.contains("quickscan-chart") && html.contains("<svg") && html.contains("<rect"));
    }
}
