package nl.regioportaal.training;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The Dutch certificate: who completed which course when, and until when it counts. */
final class CertificatePdf {

    private static final DateTimeFormatter LONG_DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    private CertificatePdf() {}

    static byte[] render(
            String name, String course, BigDecimal hours, LocalDate completedOn, LocalDate validUntil, String number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Certificaat " + course);
        doc.addCreator("Regioportaal");
        doc.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 30);
        Font big = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 14);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 10);
        doc.add(centered("Certificaat", title, 30));
        doc.add(centered("Regionaal scholingsplan", normal, 30));
        doc.add(centered("Hierbij verklaren wij dat", normal, 10));
        doc.add(centered(name, big, 10));
        doc.add(centered("met goed gevolg de cursus heeft afgerond:", normal, 10));
        doc.add(centered(course, big, 20));
        doc.add(centered("Studiebelasting: " + hours.stripTrailingZeros().toPlainString() + " uur", normal, 6));
        doc.add(centered("Afgerond op: " + LONG_DUTCH.format(completedOn), normal, 6));
        doc.add(centered(
                validUntil == null ? "Geldig: onbeperkt" : "Geldig tot en met: " + LONG_DUTCH.format(validUntil),
                normal,
                30));
        doc.add(centered("Certificaatnummer " + number, small, 0));
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }
}
