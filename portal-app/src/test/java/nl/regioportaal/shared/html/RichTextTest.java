package nl.regioportaal.shared.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list keeps the formatting users need and nothing that runs, loads or styles. */
class RichTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//x.example/xss.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<body onload=alert(1)>",
                "<p onclick=\"alert(1)\">tekst</p>",
                "<b onmouseover=alert(1)>vet</b>",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
                "<a href=\" javascript:alert(1)\">klik</a>",
                "<a href=\"java\tscript:alert(1)\">klik</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">klik</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">klik</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">klik</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
                "<a href=\"DATA:text/html,<script>alert(1)</script>\">klik</a>",
                "<a href=\"vbscript:msgbox(1)\">klik</a>",
                "<iframe src=\"https://x.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<p style=\"background:url(javascript:alert(1))\">tekst</p>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<<script>script>alert(1)<</script>/script>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<a href=\"https://x.example\" onclick=\"alert(1)\">klik</a>",
            })
    void knownAttackVectorsLeaveNothingThatRunsOrLoads(String attack) {
        String safe = RichText.sanitize(attack).toLowerCase();
        assertThat(safe)
                .doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<object", "<embed", "<form")
                .doesNotContain("<body", "<meta", "<math", "<input")
                .doesNotContain("javascript:", "vbscript:", "data:", "onerror", "onload", "onclick", "onmouseover")
                .doesNotContain("style=", "srcdoc", "src=");
        assertThat(RichText.plainText(attack)).doesNotContain("<script", "alert(1)</");
    }

    @Test
    void scriptAndStyleContentIsDroppedNotShownAsText() {
        assertThat(RichText.sanitize("voor<script>alert(1)</script>na<style>p{}</style>"))
                .isEqualTo("voorna");
    }

    @Test
    void listsLinksBoldAndHeadingsAreKept() {
        String html = "<h2>Agenda</h2><p>Welkom bij het <b>teamleidersoverleg</b>, <i>graag</i> <u>op tijd</u>.</p>"
                + "<ol><li>Opening</li><li>Casus</li></ol><ul><li>punt</li></ul>"
                + "<blockquote>citaat</blockquote><h3>Stukken</h3><h4>Bijlage</h4><p>regel<br>twee</p>";
        String safe = RichText.sanitize(html);
        assertThat(safe)
                .contains("<h2>Agenda</h2>", "<b>teamleidersoverleg</b>", "<i>graag</i>", "<u>op tijd</u>")
                .contains("<ol><li>Opening</li><li>Casus</li></ol>", "<ul><li>punt</li></ul>")
                .contains("<blockquote>citaat</blockquote>", "<h3>Stukken</h3>", "<h4>Bijlage</h4>")
                .contains("regel<br />twee");
    }

    @Test
    void safeLinksAreKeptWithRelAndOnlyABlankTarget() {
        String blank = RichText.sanitize("<a href=\"https://www.regioportaal.nl/x\" target=\"_blank\">site</a>");
        assertThat(blank)
                .startsWith("<a href=\"https://www.regioportaal.nl/x\" target=\"_blank\"")
                .endsWith(">site</a>");
        assertThat(rel(blank)).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");

        String mail = RichText.sanitize("<a href=\"mailto:team@soest.nl\" target=\"_top\">mail</a>");
        assertThat(mail).startsWith("<a href=\"mailto:team&#64;soest.nl\"").doesNotContain("target");
        assertThat(rel(mail)).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");

        assertThat(RichText.sanitize("<a href=\"http://x.example\">x</a>")).contains("href=\"http://x.example\"");
    }

    private static List<String> rel(String html) {
        Matcher m = Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("rel in " + html).isTrue();
        return List.of(m.group(1).split(" "));
    }

    @Test
    void headingsOtherThanTwoToFourAndUnknownElementsKeepOnlyTheirText() {
        assertThat(RichText.sanitize("<h1>Groot</h1><h5>klein</h5><span class=\"x\">tekst</span><div>blok</div>"))
                .isEqualTo("Grootkleintekstblok");
    }

    @Test
    void plainTextHasTheWordsOnLinesWithoutMarkupOrEntities() {
        assertThat(RichText.plainText("<h2>Agenda</h2><p>Jan &amp; Piet &lt;3</p><ul><li>een</li><li>twee</li></ul>"
                        + "<script>alert(1)</script>"))
                .isEqualTo("Agenda\nJan & Piet <3\n- een\n- twee");
        assertThat(RichText.plainText(null)).isEmpty();
    }

    @Test
    void typedTextBecomesOneParagraphPerLineWithItsCharactersAsText() {
        String typed = "  Jan & Piet <3\n\n<script>alert(1)</script>\n";
        String html = RichText.fromPlainText(typed);
        assertThat(html).isEqualTo("<p>Jan &amp; Piet &lt;3</p><p>&lt;script>alert(1)&lt;/script></p>");
        assertThat(RichText.sanitize(html)).doesNotContain("<script");
        assertThat(RichText.plainText(RichText.sanitize(html))).isEqualTo("Jan & Piet <3\n<script>alert(1)</script>");
        assertThat(RichText.fromPlainText("  ")).isEqualTo("  ");
        assertThat(RichText.fromPlainText(null)).isNull();
    }

    @Test
    void webAddressesInTypedTextBecomeLinksWithoutTheSentencesPunctuation() {
        String html = RichText.sanitize(
                RichText.fromPlainText("Zie https://www.eemland.nl/zorg?a=1&b=2. Of (https://x.example/p)."));
        assertThat(html)
                .contains("<a href=\"https://www.eemland.nl/zorg?a&#61;1&amp;b&#61;2\"")
                .contains(">https://www.eemland.nl/zorg?a&#61;1&amp;b&#61;2</a>. Of (")
                .contains("<a href=\"https://x.example/p\"")
                .contains("</a>).");
        assertThat(rel(html)).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
        // only http(s) and a portal path in brackets: no other scheme, no address of another host without one
        assertThat(RichText.fromPlainText("javascript:alert(1) (//evil.example/x) en/of (/ontwikkelagenda)"))
                .isEqualTo("<p>javascript:alert(1) (//evil.example/x) en/of (<a href=\"/ontwikkelagenda\">"
                        + "/ontwikkelagenda</a>)</p>");
    }

    @Test
    void editableTextKeepsEachLinksAddressSoSavingItAgainKeepsTheLink() {
        String stored = RichText.sanitize("<p>Initiatief: <a href=\"/ontwikkelagenda/initiatief/5\">Wachttijden</a></p>"
                + "<p>Meer op <a href=\"https://www.eemland.nl\">de site</a> en https://x.example</p>");
        String editable = RichText.editableText(stored);
        assertThat(editable)
                .isEqualTo("Initiatief: Wachttijden (/ontwikkelagenda/initiatief/5)\n"
                        + "Meer op de site (https://www.eemland.nl) en https://x.example");
        String saved = RichText.sanitize(RichText.fromPlainText(editable));
        assertThat(saved)
                .contains("<a href=\"/ontwikkelagenda/initiatief/5\"", "<a href=\"https://www.eemland.nl\"")
                .contains("<a href=\"https://x.example\"");
        assertThat(RichText.editableText(saved))
                .as("a second round changes nothing")
                .isEqualTo(editable);
    }
}
