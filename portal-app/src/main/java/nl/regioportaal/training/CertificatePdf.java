package nl.regioportaal.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.region.RegionSettings.Issuer;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.pdf.PortalPdf;
import nl.regioportaal.shared.pdf.PortalPdf.Style;

/**
 * The Dutch certificate: issued by the region (its name and logo), who completed which course of
 * which provider with which trainer, on which days, until when it counts, and the code anyone can
 * check on the public verification page. One landscape page.
 */
final class CertificatePdf {

    record Content(
            Issuer issuer,
            String name,
            String course,
            String provider,
            String trainer,
            BigDecimal hours,
            List<LocalDate> days,
            LocalDate completedOn,
            LocalDate validUntil,
            String code,
            String verificationUrl) {}

    private static final Style LINE = new Style(12, false, true, 4);

    private CertificatePdf() {}

    static byte[] render(Content c) {
        PortalPdf pdf = PortalPdf.a4("Certificaat " + c.course() + " – " + c.name(), PortalI18NProvider.DUTCH)
                .landscape()
                .withoutPageFrame();
        c.issuer()
                .logo()
                .ifPresent(logo -> pdf.image(logo.bytes(), "Logo " + c.issuer().name(), 48));
        pdf.title("Certificaat", new Style(28, true, true, 4))
                .paragraph("Uitgegeven door " + c.issuer().name(), new Style(13, false, true, 16))
                .paragraph("Hierbij verklaren wij dat", LINE)
                .paragraph(c.name(), new Style(20, true, true, 6))
                .paragraph("met goed gevolg de cursus heeft afgerond:", LINE)
                .paragraph(c.course(), new Style(18, true, true, 12))
                .paragraph(String.join(" · ", whoAndHowLong(c)), LINE);
        if (!c.days().isEmpty()) {
            pdf.paragraph(
                    (c.days().size() == 1 ? "Datum: " : "Data: ")
                            + String.join(
                                    ", ",
                                    c.days().stream()
                                            .map(d -> PortalFormats.longDate(d, PortalI18NProvider.DUTCH))
                                            .toList()),
                    LINE);
        }
        return pdf.paragraph(
                        "Afgerond op " + PortalFormats.longDate(c.completedOn(), PortalI18NProvider.DUTCH) + " · "
                                + (c.validUntil() == null
                                        ? "geldig zonder einddatum"
                                        : "geldig tot en met "
                                                + PortalFormats.longDate(c.validUntil(), PortalI18NProvider.DUTCH)),
                        new Style(12, true, true, 16))
                .paragraph(
                        "Certificaatcode " + c.code() + " · echtheid controleren: " + c.verificationUrl(),
                        new Style(9, false, true, 0))
                .toBytes();
    }

    private static List<String> whoAndHowLong(Content c) {
        List<String> parts = new ArrayList<>();
        if (c.provider() != null && !c.provider().isBlank()) {
            parts.add("Aanbieder: " + c.provider());
        }
        if (c.trainer() != null && !c.trainer().isBlank()) {
            parts.add("Trainer: " + c.trainer());
        }
        parts.add("Studiebelasting: " + PortalFormats.number(c.hours(), 2, PortalI18NProvider.DUTCH) + " uur");
        return parts;
    }
}
