package nl.regioportaal.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Render, read back with OpenPDF's reader: text, page numbers, language, title and the structure tree. */
class PortalPdfTest {

    private static final PdfName TR = new PdfName("TR");

    private static byte[] minutes(Locale locale, int paragraphs) {
        PortalPdf pdf = PortalPdf.a4("Verslag teamleidersoverleg", locale)
                .region("Regio Eemland")
                .title("Verslag teamleidersoverleg", PortalPdf.Style.TITLE)
                .heading("Aanwezig")
                .table(
                        List.of("Naam", "Team", "Rol"),
                        List.of(
                                List.of("Anne de Boer", "Sociaal team Soest", "teamleider"),
                                List.of("Bram Visser", "Sociaal team Baarn", "teamleider")))
                .subheading("Besluiten");
        IntStream.rangeClosed(1, paragraphs)
                .forEach(i -> pdf.paragraph("Besluit " + i + ": het overleg bespreekt de casus en spreekt af wie"
                        + " wat doet, wanneer het terugkomt en wie de cliënt informeert. "));
        return pdf.toBytes();
    }

    @Test
    void theTextTheHeaderAndDutchPageNumbersCanBeReadBack() throws IOException {
        PdfReader reader = new PdfReader(minutes(Locale.of("nl"), 60));
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        assertThat(first)
                .contains("Verslag teamleidersoverleg", "Aanwezig", "Anne de Boer", "Sociaal team Baarn")
                .contains("Besluiten", "Besluit 1: het overleg", "cliënt");
        assertThat(text.getTextFromPage(pages)).contains("Besluit 60:");
        // header and footer are pagination artifacts: in the page, but skipped by text extraction as by screen readers
        assertThat(first).doesNotContain("Regio Eemland", "Pagina");
        assertThat(frame(reader, 1))
                .contains("(Regio Eemland)", "(Verslag teamleidersoverleg)", "(Pagina 1 van " + pages + ")");
        assertThat(frame(reader, 3)).contains("(Pagina 3 van " + pages + ")");
        assertThat(frame(reader, pages)).contains("(Pagina " + pages + " van " + pages + ")");
        reader.close();
    }

    /** The page's pagination artifacts as written in its content stream. */
    private static String frame(PdfReader reader, int page) throws IOException {
        String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
        int start = content.indexOf("/Artifact");
        assertThat(start).as("artifact on page " + page).isNotNegative();
        return content.substring(start, content.indexOf("EMC", start));
    }

    @Test
    void englishDocumentsSayPageXOfY() throws IOException {
        PdfReader reader = new PdfReader(minutes(Locale.ENGLISH, 1));
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(frame(reader, 1)).contains("(Page 1 of 1)");
        assertThat(reader.getCatalog().get(PdfName.LANG).toString()).isEqualTo("en-GB");
        reader.close();
    }

    @Test
    void theDocumentIsTaggedWithLanguageTitleAndAStructureTree() throws IOException {
        PdfReader reader = new PdfReader(minutes(Locale.of("nl"), 60));
        PdfDictionary catalog = reader.getCatalog();
        assertThat(catalog.get(PdfName.LANG).toString()).isEqualTo("nl-NL");
        assertThat(reader.getInfo()).containsEntry("Title", "Verslag teamleidersoverleg");
        PdfDictionary preferences = catalog.getAsDict(PdfName.VIEWERPREFERENCES);
        assertThat(preferences.get(PdfName.DISPLAYDOCTITLE)).isEqualTo(PdfBoolean.PDFTRUE);
        PdfDictionary markInfo = catalog.getAsDict(PdfName.MARKINFO);
        assertThat(markInfo.get(PdfName.MARKED)).isEqualTo(PdfBoolean.PDFTRUE);

        PdfDictionary root = catalog.getAsDict(PdfName.STRUCTTREEROOT);
        assertThat(root).isNotNull();
        assertThat(root.get(PdfName.PARENTTREE)).as("content → structure map").isNotNull();
        PdfDictionary document = (PdfDictionary)
                PdfReader.getPdfObject(root.getAsArray(PdfName.K).getPdfObject(0));
        assertThat(document.getAsName(PdfName.S)).isEqualTo(PdfName.DOCUMENT);
        List<PdfName> kinds = children(document);
        PdfArray kids = document.getAsArray(PdfName.K);
        assertThat(kinds.subList(0, 5)).containsExactly(PdfName.H1, PdfName.H2, PdfName.TABLE, PdfName.H3, PdfName.P);
        assertThat(kinds).hasSize(4 + 60);
        PdfDictionary table = (PdfDictionary) PdfReader.getPdfObject(kids.getPdfObject(2));
        assertThat(children(table)).containsExactly(TR, TR, TR);
        PdfArray rows = table.getAsArray(PdfName.K);
        assertThat(children((PdfDictionary) PdfReader.getPdfObject(rows.getPdfObject(0))))
                .containsExactly(PdfName.TH, PdfName.TH, PdfName.TH);
        assertThat(children((PdfDictionary) PdfReader.getPdfObject(rows.getPdfObject(1))))
                .containsExactly(PdfName.TD, PdfName.TD, PdfName.TD);
        // every page is part of the structure (its marked content points back to elements)
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfObject structParents = reader.getPageN(page).get(PdfName.STRUCTPARENTS);
            assertThat(structParents).as("page " + page).isNotNull();
        }
        reader.close();
    }

    @Test
    void aLongTableContinuesOnTheNextPageUnderItsRepeatedHeader() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> List.of("Deelnemer " + i, "Sociaal team " + i, ""))
                .toList();
        PdfReader reader = new PdfReader(PortalPdf.a4("Presentielijst", Locale.of("nl"))
                .region("Regio Eemland")
                .heading("Presentielijst")
                .table(List.of("Naam", "Team", "Handtekening"), rows, new float[] {2, 2, 3})
                .toBytes());
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(1)).contains("Naam", "Handtekening", "Deelnemer 1", "Sociaal team 1");
        assertThat(text.getTextFromPage(pages)).contains("Deelnemer 80");
        for (int page = 2; page <= pages; page++) {
            // the repeated header row is there for the eye, as an artifact
            assertThat(text.getTextFromPage(page)).doesNotContain("Naam");
            assertThat(new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1))
                    .contains("(Naam)", "(Handtekening)");
        }
        PdfDictionary document = (PdfDictionary) PdfReader.getPdfObject(reader.getCatalog()
                .getAsDict(PdfName.STRUCTTREEROOT)
                .getAsArray(PdfName.K)
                .getPdfObject(0));
        PdfDictionary table = (PdfDictionary)
                PdfReader.getPdfObject(document.getAsArray(PdfName.K).getPdfObject(1));
        assertThat(children(table)).hasSize(1 + 80);
        reader.close();
    }

    @Test
    void withoutAPageFrameThereIsNoHeaderAndNoPageNumber() throws IOException {
        byte[] pdf = PortalPdf.a4("Certificaat", Locale.of("nl"))
                .landscape()
                .withoutPageFrame()
                .title("Certificaat", new PortalPdf.Style(30, true, true, 30))
                .paragraph("Anne de Boer", new PortalPdf.Style(20, true, true, 10))
                .toBytes();
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSizeWithRotation(1).getWidth())
                .isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Certificaat", "Anne de Boer");
        assertThat(new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1))
                .doesNotContain("/Artifact", "Pagina");
        reader.close();
    }

    private static List<PdfName> children(PdfDictionary element) {
        List<PdfName> kinds = new ArrayList<>();
        PdfArray kids = element.getAsArray(PdfName.K);
        for (int i = 0; i < kids.size(); i++) {
            kinds.add(((PdfDictionary) PdfReader.getPdfObject(kids.getPdfObject(i))).getAsName(PdfName.S));
        }
        return kinds;
    }

    @Test
    void aTableRowNeedsACellPerColumnAndADocumentABlock() {
        assertThatThrownBy(() -> PortalPdf.a4("x", Locale.of("nl")).table(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalPdf.a4("x", Locale.of("nl")).toBytes())
                .isInstanceOf(IllegalStateException.class);
    }
}
