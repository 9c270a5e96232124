package nl.regioportaal.plugins.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The trend charts (SVG) and the quarterly report (PDF), from plain figures. */
class CaseloadReportTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void quarterlyReportIsADutchPdfWithTheTeamsAndTheirFigures() throws IOException {
        Weights soest = new Weights(new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("2.5"));
        List<QuarterReport.Row> rows = List.of(
                new QuarterReport.Row(
                        "Soest", "Sociaal team Soest", YearMonth.of(2026, 7), 4, 10, 3, soest.weighted(4, 10, 3)),
                new QuarterReport.Row(
                        "Soest", "Sociaal team Soest", YearMonth.of(2026, 8), 6, 8, 2, soest.weighted(6, 8, 2)),
                new QuarterReport.Row(
                        "Soest", "Jeugdteam Soest en Eemnes", YearMonth.of(2026, 8), 1, 2, 7, soest.weighted(1, 2, 7)));

        byte[] pdf = QuarterReport.pdf(
                QuarterReport.Quarter.parse("2026-Q3"), rows, Map.of("Soest", soest), DUTCH, CaseloadReportTest::dutch);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains(
                        "Kwartaalrapportage caseload 2026-Q3",
                        "2026-07 tot en met 2026-09",
                        "Soest",
                        "Gewichten: licht 0,5, middel 1, zwaar 2,5",
                        "Sociaal team Soest",
                        "Jeugdteam Soest en Eemnes",
                        "Platte",
                        "Gewogen",
                        "2026-07",
                        "2026-08");
        // the extractor runs a row's cells together; the order of the numbers is what counts
        // Sociaal team Soest in July: 4 + 10 + 3 = 17 cases, 4 × 0,5 + 10 × 1 + 3 × 2,5 = 19,5 weighted
        assertThat(text).containsPattern("Sociaal team Soest\\s*2026-07\\s*4\\s*10\\s*3\\s*17\\s*19,5");
        // the quarter's average of the team: flat (17 + 16) / 2 = 16,5, weighted (19,5 + 16) / 2 = 17,75
        assertThat(text).containsPattern("Gemiddelde Sociaal team Soest\\s*16,5\\s*17,75");
    }

    @Test
    void anEmptyQuarterSaysSo() throws IOException {
        byte[] pdf = QuarterReport.pdf(
                QuarterReport.Quarter.parse("2026-Q1"), List.of(), Map.of(), DUTCH, CaseloadReportTest::dutch);
        assertThat(text(pdf)).contains("Over dit kwartaal zijn geen cijfers ingevoerd.");
    }

    @Test
    void teamChartIsAnAccessibleSvgWithOneLinePerTeamAndGapsForMissingMonths() {
        List<Figure> figures = List.of(
                figure(1, 10, YearMonth.of(2026, 6), "12"),
                figure(1, 10, YearMonth.of(2026, 8), "14.5"),
                figure(2, 10, YearMonth.of(2026, 6), "20"),
                figure(2, 10, YearMonth.of(2026, 7), "22"),
                figure(2, 10, YearMonth.of(2026, 8), "21"));
        String svg = CaseloadCharts.teamChart(
                "Gewogen caseload per team", figures, Map.of(1L, "Team <Noord>", 2L, "Team Zuid"));

        assertThat(svg)
                .startsWith("<svg")
                .endsWith("</svg>")
                .contains(
                        "role=\"img\"",
                        "aria-label=\"Gewogen caseload per team\"",
                        "Team &lt;Noord&gt;",
                        "Team Zuid",
                        "2026-06",
                        "2026-07",
                        "2026-08");
        assertThat(svg.split("<path ", -1)).as("one line per team").hasSize(3);
        // team 1 has no July: its line is broken there (two pieces, "M" twice), team 2's is not
        assertThat(svg)
                .contains("<title>Team &lt;Noord&gt;, 2026-08: 14.5</title>", "<title>Team Zuid, 2026-07: 22</title>");
        assertThat(svg).doesNotContain("Team &lt;Noord&gt;, 2026-07");
    }

    @Test
    void municipalityChartAveragesTheTeamsThatEnteredTheMonth() {
        List<Figure> figures = List.of(
                figure(1, 10, YearMonth.of(2026, 8), "14.5"), figure(2, 10, YearMonth.of(2026, 8), "21"),
                figure(3, 20, YearMonth.of(2026, 8), "9"), figure(3, 20, YearMonth.of(2026, 7), "8"));
        String svg = CaseloadCharts.municipalityChart("Per gemeente", figures, Map.of(10L, "Soest", 20L, "Amersfoort"));
        assertThat(svg)
                .contains(
                        "<title>Soest, 2026-08: 17.8</title>",
                        "<title>Amersfoort, 2026-08: 9</title>",
                        "<title>Amersfoort, 2026-07: 8</title>")
                .doesNotContain("Soest, 2026-07");
    }

    @Test
    void weightsAreZeroToTenWithTwoDecimals() {
        assertThat(new Weights(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("2")).weighted(4, 10, 3))
                .isEqualByComparingTo("18");
        assertThatThrownBy(() -> new Weights(new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(new BigDecimal("11"), BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(new BigDecimal("0.125"), BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(null, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothBundlesHaveTheSameKeysAndTheSecondScriptIsThere() throws IOException {
        assertThat(bundle("en").keySet()).isEqualTo(bundle("nl").keySet());
        assertThat(getClass().getResource("/db/plugin/caseload/V2__municipality_weights.sql"))
                .isNotNull();
    }

    private static Figure figure(long team, long municipality, YearMonth month, String weighted) {
        return new Figure(team, municipality, month, 0, 0, 0, new BigDecimal(weighted));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** As the portal's translate: the plugin's Dutch bundle, MessageFormat with parameters. */
    private static String dutch(String key, Object[] params) {
        String pattern = bundle("nl").getProperty(key, "!" + key + "!");
        return params.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(params);
    }

    private static Properties bundle(String language) {
        Properties p = new Properties();
        try (var in = new InputStreamReader(
                CaseloadReportTest.class.getResourceAsStream("/plugin-i18n/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
