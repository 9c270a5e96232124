package nl.regioportaal.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.pdf.PortalPdf;
import nl.regioportaal.shared.pdf.PortalPdf.Style;

/** The Dutch certificate: who completed which course when, and until when it counts. */
final class CertificatePdf {

    private CertificatePdf() {}

    static byte[] render(
            String name, String course, BigDecimal hours, LocalDate completedOn, LocalDate validUntil, String number) {
        Style normal = new Style(14, false, true, 10);
        Style big = new Style(20, true, true, 10);
        return PortalPdf.a4("Certificaat " + course, PortalI18NProvider.DUTCH)
                .landscape()
                .withoutPageFrame()
                .title("Certificaat", new Style(30, true, true, 30))
                .paragraph("Regionaal scholingsplan", new Style(14, false, true, 30))
                .paragraph("Hierbij verklaren wij dat", normal)
                .paragraph(name, big)
                .paragraph("met goed gevolg de cursus heeft afgerond:", normal)
                .paragraph(course, new Style(20, true, true, 20))
                .paragraph(
                        "Studiebelasting: " + PortalFormats.number(hours, 2, PortalI18NProvider.DUTCH) + " uur",
                        new Style(14, false, true, 6))
                .paragraph(
                        "Afgerond op: " + PortalFormats.longDate(completedOn, PortalI18NProvider.DUTCH),
                        new Style(14, false, true, 6))
                .paragraph(
                        validUntil == null
                                ? "Geldig: onbeperkt"
                                : "Geldig tot en met: " + PortalFormats.longDate(validUntil, PortalI18NProvider.DUTCH),
                        new Style(14, false, true, 30))
                .paragraph("Certificaatnummer " + number, new Style(10, false, true, 0))
                .toBytes();
    }
}
