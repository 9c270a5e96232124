package nl.regioportaal.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts are accessible images with escaped texts; a missing value is left out, not drawn as zero. */
class SvgChartTest {

    @Test
    void aBarChartIsAnImageWithATitleAndOneBarPerValue() {
        String svg = SvgChart.bar(
                "Cijfers <test> & \"meer\"",
                List.of("Hulp", "Geld <x>"),
                List.of(
                        new SvgChart.Series("Team", Arrays.asList(7.5, null)),
                        new SvgChart.Series("Regio", List.of(6.0, 8.0))),
                10.0);

        assertThat(svg)
                .startsWith("<svg")
                .endsWith("</svg>")
                .contains("role=\"img\"", "aria-label=\"Cijfers &lt;test&gt; &amp; &quot;meer&quot;\"")
                .contains("<title>Cijfers &lt;test&gt; &amp; &quot;meer&quot;</title>")
                .contains("<title>Team, Hulp: 7.5</title>", "<title>Regio, Geld &lt;x&gt;: 8</title>")
                .doesNotContain("Team, Geld", "<x>");
        // three bars and two legend keys
        assertThat(svg.split("<rect ", -1)).hasSize(6);
    }

    @Test
    void aLineChartBreaksWhereAValueIsMissing() {
        String svg = SvgChart.line(
                "Trend",
                List.of("2026-01", "2026-02", "2026-03"),
                List.of(new SvgChart.Series("Baarn", Arrays.asList(3.0, null, 5.0))));

        assertThat(svg).contains("role=\"img\"", "<title>Trend</title>", "<title>Baarn, 2026-03: 5</title>");
        String path = svg.substring(svg.indexOf("<path d=\""), svg.indexOf("\" fill=\"none\""));
        assertThat(path.split("M", -1)).as("two pieces").hasSize(3);
        assertThat(svg).doesNotContain("Baarn, 2026-02");
    }

    @Test
    void theValueAxisEndsAtARoundNumber() {
        assertThat(SvgChart.niceStep(17)).isEqualTo(5);
        assertThat(SvgChart.niceStep(0)).isEqualTo(1);
        assertThat(SvgChart.line("Leeg", List.of(), List.of())).contains("<title>Leeg</title>");
    }
}
