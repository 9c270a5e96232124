package nl.regioportaal.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
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
 * structure element (H1–H3, P, Table with TR and TH/TD) under one Document element, with its
 * content in marked-content sequences; header, footer and repeated table headers are marked as
 * pagination artifacts, so a screen reader skips them. OpenPDF does not tag
 * {@code Document.add(…)} content by itself, so the blocks are laid out on the page here (text
 * with {@link ColumnText}, tables cell by cell), each inside its own marked content. Not PDF/UA:
 * the standard Helvetica font is not embedded.
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
    private static final PdfName TR = new PdfName("TR");
    private static final float MARGIN = 71; // 2.5 cm
    private static final float FRAME_MARGIN = 85; // room for header and footer
    private static final Color LINE = new Color(0x99, 0x99, 0x99);

    private sealed interface Block permits Text, Table, Picture {}

    private record Picture(byte[] bytes, String alt, float maxHeight) implements Block {}

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

    /**
     * A centred image (PNG or JPEG, e.g. a logo) at most {@code maxHeight} points high, tagged as a
     * Figure with its alternative text.
     */
    public PortalPdf image(byte[] bytes, String alt, float maxHeight) {
        blocks.add(new Picture(bytes.clone(), alt, maxHeight));
        return this;
    }

    /**
     * A file name a person recognises in their downloads folder: the parts in lower case, without
     * accents, joined by hyphens, e.g. {@code certificaat-motiverende-gespreksvoering-anne-de-boer.pdf}.
     */
    public static String fileName(String... parts) {
        String joined = String.join(
                " ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        String plain = Normalizer.normalize(joined, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (plain.length() > 120 ? plain.substring(0, 120).replaceAll("-+$", "") : plain) + ".pdf";
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
        Layout layout = new Layout(doc, writer.getDirectContent());
        for (Block block : blocks) {
            switch (block) {
                case Text t -> layout.text(t, new PdfStructureElement(root, t.tag()));
                case Table t -> layout.table(t, new PdfStructureElement(root, PdfName.TABLE));
                case Picture p -> {
                    PdfStructureElement figure = new PdfStructureElement(root, PdfName.FIGURE);
                    figure.put(PdfName.ALT, new PdfString(p.alt(), PdfObject.TEXT_UNICODE));
                    layout.picture(p, figure);
                }
            }
        }
        int pages = writer.getPageNumber();
        doc.close();
        return new Rendered(out.toByteArray(), pages);
    }

    /**
     * Places blocks from the top of the page down, each inside the marked content of its
     * structure element; a block that does not fit continues on the next page under the same
     * element.
     */
    private static final class Layout {

        private final Document doc;
        private final PdfContentByte canvas;
        private final ColumnText column;
        private float y;

        Layout(Document doc, PdfContentByte canvas) {
            this.doc = doc;
            this.canvas = canvas;
            this.column = new ColumnText(canvas);
            this.y = doc.top();
        }

        void text(Text text, PdfStructureElement element) {
            column.setSimpleColumn(doc.left(), doc.bottom(), doc.right(), y);
            column.addElement(styled(text.text(), text.style()));
            canvas.beginMarkedContentSequence(element);
            while (ColumnText.hasMoreText(column.go())) {
                boolean nothingPlaced = column.getYLine() >= doc.top();
                canvas.endMarkedContentSequence();
                if (nothingPlaced) {
                    throw new IllegalStateException("a block does not fit on one page: " + text);
                }
                newPage();
                column.setSimpleColumn(doc.left(), doc.bottom(), doc.right(), y);
                canvas.beginMarkedContentSequence(element);
            }
            canvas.endMarkedContentSequence();
            y = column.getYLine();
        }

        void picture(Picture picture, PdfStructureElement element) {
            Image image;
            try {
                image = Image.getInstance(picture.bytes());
            } catch (IOException e) {
                throw new IllegalArgumentException("not a readable image", e);
            }
            image.scaleToFit(doc.right() - doc.left(), picture.maxHeight());
            if (y - image.getScaledHeight() < doc.bottom()) {
                newPage();
            }
            float x = doc.left() + (doc.right() - doc.left() - image.getScaledWidth()) / 2;
            image.setAbsolutePosition(x, y - image.getScaledHeight());
            canvas.beginMarkedContentSequence(element);
            canvas.addImage(image);
            canvas.endMarkedContentSequence();
            y -= image.getScaledHeight() + Style.PARAGRAPH.spaceAfter();
        }

        /**
         * Row by row, cell by cell, so that the structure has TR and TH/TD elements; the header row
         * is repeated on each further page as an artifact (a screen reader reads it once).
         */
        void table(Table table, PdfStructureElement element) {
            PdfPTable rows = pdfTable(table);
            rows.setTotalWidth(doc.right() - doc.left());
            rows.setLockedWidth(true);
            float header = rows.getRowHeight(0);
            for (int r = 1; r < rows.size(); r++) {
                if (header + rows.getRowHeight(r) > doc.top() - doc.bottom()) {
                    throw new IllegalStateException("a table row does not fit on one page: "
                            + table.rows().get(r - 1));
                }
            }
            if (rows.size() > 1 && y - header - rows.getRowHeight(1) < doc.bottom()) {
                newPage();
            }
            row(rows, 0, new PdfStructureElement(element, TR), PdfName.TH);
            for (int r = 1; r < rows.size(); r++) {
                if (y - rows.getRowHeight(r) < doc.bottom()) {
                    newPage();
                    PdfDictionary artifact = new PdfDictionary();
                    artifact.put(PdfName.TYPE, PAGINATION);
                    canvas.beginMarkedContentSequence(ARTIFACT, artifact, true);
                    rows.writeSelectedRows(0, 1, doc.left(), y, canvas);
                    canvas.endMarkedContentSequence();
                    y -= header;
                }
                row(rows, r, new PdfStructureElement(element, TR), PdfName.TD);
            }
            y -= Style.PARAGRAPH.spaceAfter();
        }

        private void row(PdfPTable rows, int r, PdfStructureElement tr, PdfName cellTag) {
            float x = doc.left();
            float[] widths = rows.getAbsoluteWidths();
            for (int c = 0; c < widths.length; c++) {
                canvas.beginMarkedContentSequence(new PdfStructureElement(tr, cellTag));
                rows.writeSelectedRows(c, c + 1, r, r + 1, x, y, canvas);
                canvas.endMarkedContentSequence();
                x += widths[c];
            }
            y -= rows.getRowHeight(r);
        }

        private void newPage() {
            doc.newPage();
            y = doc.top();
        }
    }

    private static Paragraph styled(String text, Style style) {
        Paragraph p = new Paragraph(text, font(style.size(), style.bold()));
        p.setAlignment(style.centred() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        p.setSpacingAfter(style.spaceAfter());
        return p;
    }

    private static PdfPTable pdfTable(Table t) {
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
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
