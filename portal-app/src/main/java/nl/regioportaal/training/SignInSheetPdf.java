package nl.regioportaal.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.shared.pdf.PortalPdf;
import nl.regioportaal.training.TrainingModel.AttendanceSheet;
import nl.regioportaal.training.TrainingModel.Attendee;
import nl.regioportaal.training.TrainingModel.DayPart;

/**
 * The paper list people sign at the door: the session's data, then per person one signature
 * column per day part, and a few empty rows for people who come without being on the list.
 */
final class SignInSheetPdf {

    /** Room for a late arrival to write their name in. */
    private static final int EMPTY_ROWS = 3;

    /** Three lines high: room for a signature. */
    private static final String SIGNATURE_SPACE = "\n\n";

    private SignInSheetPdf() {}

    static byte[] render(String region, AttendanceSheet sheet, String provider, BigDecimal hours) {
        String title = "Presentielijst " + sheet.courseTitle();
        PortalPdf pdf = PortalPdf.a4(title, PortalI18NProvider.DUTCH)
                .landscape()
                .region(region)
                .title(title, PortalPdf.Style.TITLE);
        List<String> facts = new ArrayList<>();
        if (provider != null && !provider.isBlank()) {
            facts.add("Aanbieder: " + provider);
        }
        if (sheet.trainerName() != null && !sheet.trainerName().isBlank()) {
            facts.add("Trainer: " + sheet.trainerName());
        }
        if (sheet.place() != null) {
            facts.add("Plaats: " + sheet.place());
        }
        if (hours != null) {
            facts.add("Studiebelasting: " + PortalFormats.number(hours, 2, PortalI18NProvider.DUTCH) + " uur");
        }
        pdf.paragraph(String.join(" · ", facts));
        List<DayPart> parts = sheet.dates();
        pdf.paragraph(String.join(
                "; ",
                IntStream.range(0, parts.size())
                        .mapToObj(i -> "Dagdeel " + (i + 1) + ": " + when(parts.get(i)))
                        .toList()));
        List<String> header = new ArrayList<>();
        header.add("Naam");
        IntStream.range(0, parts.size())
                .forEach(i -> header.add("Handtekening dagdeel " + (i + 1) + " ("
                        + PortalFormats.date(parts.get(i).start().toLocalDate(), PortalI18NProvider.DUTCH) + ")"));
        List<List<String>> rows = new ArrayList<>();
        for (Attendee a : sheet.attendees()) {
            rows.add(row(a.name(), parts.size()));
        }
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(row("", parts.size()));
        }
        float[] widths = new float[header.size()];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 2;
        }
        return pdf.table(header, rows, widths)
                .paragraph("Met je handtekening bevestig je dat je dit dagdeel aanwezig was.")
                .toBytes();
    }

    private static List<String> row(String name, int dayParts) {
        List<String> row = new ArrayList<>();
        row.add(name + SIGNATURE_SPACE);
        for (int i = 0; i < dayParts; i++) {
            row.add("");
        }
        return row;
    }

    private static String when(DayPart d) {
        return PortalFormats.longDate(d.start().toLocalDate(), PortalI18NProvider.DUTCH) + " "
                + PortalFormats.time(d.start().toLocalTime()) + "–"
                + PortalFormats.time(d.end().toLocalTime());
    }
}
