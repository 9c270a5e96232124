package nl.regioportaal.plugins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The demo's quickscan answers (added by the plugin on demo creation): Amersfoort's report shows marks
 * for teams with five or more answers, the chart, and a team with too few answers without marks.
 */
class QuickscanDemoTest extends KaribuTest {

    private static final List<String> DIMENSIONS = List.of("help", "money", "client", "neighbourhood", "team");

    @Test
    void amersfoortReportShowsMarksTheChartAndATeamWithTooFewAnswers() {
        login("beheer.amersfoort");
        UI.getCurrent().navigate("plugin/quickscan/rapport");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("quickscan-report"));
        List<Integer> answers = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            int n = Integer.parseInt(GridKt._getFormatted(grid, row, "answers"));
            answers.add(n);
            for (String d : DIMENSIONS) {
                String mark = GridKt._getFormatted(grid, row, d);
                if (n >= 5) {
                    assertThat(mark).as("mark of a team with %d answers", n).matches("([1-9]|10),\\d");
                } else {
                    assertThat(mark).as("no marks below five answers").isEqualTo("–");
                }
            }
        }
        // Amersfoort's 13 demo teams (and any team other tests added): 8, 6, 5 and 3 answers, the rest none
        assertThat(answers)
                .hasSizeGreaterThanOrEqualTo(13)
                .containsOnlyOnce(8, 6, 5, 3)
                .filteredOn(n -> n != 0)
                .hasSize(4);
        assertThat(_find(Html.class).stream().map(h -> h.getElement().getOuterHTML()))
                .anyMatch(html -> html.contains("quickscan-chart") && html.contains("<svg") && html.contains("<rect"));
    }
}
