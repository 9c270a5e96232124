package nl.regioportaal.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalI18NProvider;

/**
 * A4 documents in the portal's house style (certificates now; agendas, minutes and sign-in
 * sheets later): the region and the title at the top of each page, "Pagina 3 van 5" at the bottom,
 * headings, paragraphs and simple tables.
 *
 * <p>The result is a tagged PDF: the document language (nl-NL or en-GB) and title are in the
 * catalogue and the metadata (viewers show the title, not the file name), and every block is a
 * structure element (H1–H3, P, Table) under one Document element, with its content in a
 * marked-content sequence; header and footer are marked as pagination artifacts, so a screen
 * reader skips them. OpenPDF does not tag {@code Document.add(…)} content by itself, so the blocks
 * are laid out with {@link ColumnText} on the page, each inside its own marked content.
 * Limitations: a table is one Table element (no TR/TD children) and the standard Helvetica font
 * is not embedded, so the output is not PDF/UA.
 *
 * <p>The page total is known only at the end; the document is laid out twice (the footer does not
 * take space from the content, so the second run has the same pages).
 */
public final class PortalPdf {

    /** How a block of text looks: size in points, bold, centred, and the space after it. */
    public record Style(float size, boolean bold, boolean centred, float spaceAfter) {
        public static final Style TITLE = new Style(18, true, false, 12);
        public static final Style HEADING = new Style(14, true, false, 6);
        public static final Style SUBHEADING = new Style(12, true, false, 4);
        public static final Style PARAGRAPH = new Style(11, false, false, 8);
    }

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final float MARGIN = 71; // 2.5 cm
    private static final float FRAME_MARGIN = 85; // room for header and footer
    private static final Color LINE = new Color(0x99, 0x99, 0x99);

    private sealed interface Block permits Text, Table {}

    private record Text(PdfName tag, String text, Style style) implements Block {}

    private record Table(List<String> header, List<List<String>> rows, float[] widths) implements Block {}

    private record Rendered(byte[] bytes, int pages) {}

    private final String title;
    private final Locale locale;
    private final List<Block> blocks = new ArrayList<>();
    private String region;
    private boolean landscape;
    private boolean pageFrame = true;

    private PortalPdf(String title, Locale locale) {
        this.title = title;
        this.locale = PortalI18NProvider.supported(locale);
    }

    /** A portrait A4 document with this title (metadata and page header) in Dutch or English. */
    public static PortalPdf a4(String title, Locale locale) {
        return new PortalPdf(title, locale);
    }

    /** The region's name, shown at the top left of every page. */
    public PortalPdf region(String regionName) {
        this.region = regionName;
        return this;
    }

    public PortalPdf landscape() {
        this.landscape = true;
        return this;
    }

    /** No header and no page numbers (a one-page certificate); margins of 2.5 cm all round. */
    public PortalPdf withoutPageFrame() {
        this.pageFrame = false;
        return this;
    }

    /** The document's main heading (H1). */
    public PortalPdf title(String text, Style style) {
        blocks.add(new Text(PdfName.H1, text, style));
        return this;
    }

    public PortalPdf heading(String text) {
        blocks.add(new Text(PdfName.H2, text, Style.HEADING));
        return this;
    }

    public PortalPdf subheading(String text) {
        blocks.add(new Text(PdfName.H3, text, Style.SUBHEADING));
        return this;
    }

    public PortalPdf paragraph(String text) {
        return paragraph(text, Style.PARAGRAPH);
    }

    public PortalPdf paragraph(String text, Style style) {
        blocks.add(new Text(PdfName.P, text, style));
        return this;
    }

    /** A table with a bold header row (repeated on each page) and equal columns. */
    public PortalPdf table(List<String> header, List<List<String>> rows) {
        float[] widths = new float[header.size()];
        Arrays.fill(widths, 1f);
        return table(header, rows, widths);
    }

    /** A table with relative column widths, e.g. {@code {3, 1, 1}}. */
    public PortalPdf table(List<String> header, List<List<String>> rows, float[] widths) {
        if (widths.length != header.size() || rows.stream().anyMatch(r -> r.size() != header.size())) {
            throw new IllegalArgumentException("every row needs " + header.size() + " cells");
        }
        blocks.add(
                new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList(), widths.clone()));
        return this;
    }

    /** The PDF. */
    public byte[] toBytes() {
        if (blocks.isEmpty()) {
            throw new IllegalStateException("a document needs at least one block");
        }
        Rendered first = render(0);
        return pageFrame ? render(first.pages()).bytes() : first.bytes();
    }

    private Rendered render(int totalPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle size = landscape ? PageSize.A4.rotate() : PageSize.A4;
        float topAndBottom = pageFrame ? FRAME_MARGIN : MARGIN;
        Document doc = new Document(size, MARGIN, MARGIN, topAndBottom, topAndBottom);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(languageTag()));
        doc.addTitle(title);
        doc.addCreator("Regioportaal");
        if (pageFrame) {
            writer.setPageEvent(new Frame(totalPages));
        }
        doc.open();
        PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(doc.left(), doc.bottom(), doc.right(), doc.top());
        for (Block block : blocks) {
            PdfStructureElement element = new PdfStructureElement(root, tag(block));
            column.addElement(element(block));
            canvas.beginMarkedContentSequence(element);
            while (ColumnText.hasMoreText(column.go())) {
                boolean nothingPlaced = column.getYLine() >= doc.top();
                canvas.endMarkedContentSequence();
                if (nothingPlaced) {
                    throw new IllegalStateException("a block does not fit on one page: " + block);
                }
                doc.newPage();
                column.setSimpleColumn(doc.left(), doc.bottom(), doc.right(), doc.top());
                // the same structure element continues on the next page
                canvas.beginMarkedContentSequence(element);
            }
            canvas.endMarkedContentSequence();
        }
        int pages = writer.getPageNumber();
        doc.close();
        return new Rendered(out.toByteArray(), pages);
    }

    private static PdfName tag(Block block) {
        return switch (block) {
            case Text t -> t.tag();
            case Table t -> PdfName.TABLE;
        };
    }

    private static Element element(Block block) {
        return switch (block) {
            case Text t -> styled(t.text(), t.style());
            case Table t -> table(t);
        };
    }

    private static Paragraph styled(String text, Style style) {
        Paragraph p = new Paragraph(text, font(style.size(), style.bold()));
        p.setAlignment(style.centred() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        p.setSpacingAfter(style.spaceAfter());
        return p;
    }

    private static PdfPTable table(Table t) {
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(Style.PARAGRAPH.spaceAfter());
        t.header().forEach(h -> table.addCell(cell(h, true)));
        t.rows().forEach(r -> r.forEach(c -> table.addCell(cell(c, false))));
        return table;
    }

    private static PdfPCell cell(String text, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font(10, header)));
        cell.setPadding(4);
        cell.setBorderColor(LINE);
        if (header) {
            cell.setGrayFill(0.9f);
        }
        return cell;
    }

    private static Font font(float size, boolean bold) {
        return FontFactory.getFont(bold ? FontFactory.HELVETICA_BOLD : FontFactory.HELVETICA, size);
    }

    private String languageTag() {
        return PortalI18NProvider.ENGLISH.equals(locale) ? "en-GB" : "nl-NL";
    }

    /** Header (region, title, a rule) and footer ("Pagina 3 van 5"), marked as pagination artifacts. */
    private final class Frame extends PdfPageEventHelper {

        private final int totalPages;

        Frame(int totalPages) {
            this.totalPages = totalPages;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            PdfDictionary artifact = new PdfDictionary();
            artifact.put(PdfName.TYPE, PAGINATION);
            canvas.beginMarkedContentSequence(ARTIFACT, artifact, true);
            Font small = font(9, false);
            float top = document.top() + 30;
            if (region != null) {
                ColumnText.showTextAligned(
                        canvas, Element.ALIGN_LEFT, new Phrase(region, small), document.left(), top, 0);
            }
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(title, small), document.right(), top, 0);
            canvas.setLineWidth(0.5f);
            canvas.setColorStroke(LINE);
            canvas.moveTo(document.left(), top - 6);
            canvas.lineTo(document.right(), top - 6);
            canvas.stroke();
            String page = PortalI18NProvider.translate("shared.pdf.page", locale, writer.getPageNumber(), totalPages);
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_RIGHT, new Phrase(page, small), document.right(), document.bottom() - 40, 0);
            canvas.endMarkedContentSequence();
        }
    }
}
