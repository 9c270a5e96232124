package nl.regioportaal.plugins.caseload;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The quarterly caseload report as PDF (OpenPDF, packed into the plugin jar: PF4J gives a jar plugin
 * only its own classes, and the portal does not offer PDF to plugins). Per municipality the weights used,
 * then per team and month the cases per class with the flat and the weighted caseload, and the team's
 * average over the quarter. Texts come from the plugin's bundles, so the report is Dutch by default.
 */
final class QuarterReport {

    private QuarterReport() {}

    /** A quarter, e.g. 2026-Q3: its three months. */
    record Quarter(int year, int quarter) {
        static Quarter of(YearMonth month) {
            return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
        }

        static Quarter parse(String text) {
            return new Quarter(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(6)));
        }

        List<YearMonth> months() {
            YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
            return List.of(first, first.plusMonths(1), first.plusMonths(2));
        }

        boolean contains(YearMonth month) {
            return of(month).equals(this);
        }

        @Override
        public String toString() {
            return year + "-Q" + quarter;
        }
    }

    record Row(
            String municipality, String team, YearMonth month, int light, int medium, int heavy, BigDecimal weighted) {
        int flat() {
            return light + medium + heavy;
        }
    }

    /**
     * @param rows      the quarter's figures, any order
     * @param weights   per municipality name, the weights that were applied
     * @param translate the plugin's translate(key, params)
     */
    static byte[] pdf(
            Quarter quarter,
            List<Row> rows,
            Map<String, Weights> weights,
            Locale locale,
            BiFunction<String, Object[], String> translate) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        String title = t(translate, "caseload.report.title", quarter.toString());
        document.addTitle(title);
        document.addCreator("Regioportaal – plugin caseload");
        document.open();
        document.add(new Paragraph(title, h1));
        document.add(new Paragraph(
                t(
                        translate,
                        "caseload.report.intro",
                        quarter.months().getFirst().toString(),
                        quarter.months().getLast().toString()),
                body));
        if (rows.isEmpty()) {
            document.add(new Paragraph(t(translate, "caseload.report.empty"), body));
        }
        Map<String, Map<String, List<Row>>> byMunicipality = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing(Row::municipality)
                        .thenComparing(Row::team)
                        .thenComparing(Row::month))
                .forEach(r -> byMunicipality
                        .computeIfAbsent(r.municipality(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.team(), k -> new ArrayList<>())
                        .add(r));
        for (var municipality : byMunicipality.entrySet()) {
            Paragraph heading = new Paragraph(municipality.getKey(), h2);
            heading.setSpacingBefore(14);
            document.add(heading);
            Weights w = weights.get(municipality.getKey());
            if (w != null) {
                document.add(new Paragraph(
                        t(
                                translate,
                                "caseload.report.weights",
                                number.format(w.light()),
                                number.format(w.medium()),
                                number.format(w.heavy())),
                        body));
            }
            PdfPTable table = new PdfPTable(new float[] {3.2f, 1.4f, 1, 1, 1, 1.3f, 1.4f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            for (String key : List.of(
                    "caseload.team",
                    "caseload.month",
                    "caseload.light.short",
                    "caseload.medium.short",
                    "caseload.heavy.short",
                    "caseload.flat",
                    "caseload.weighted")) {
                PdfPCell cell = new PdfPCell(new Phrase(t(translate, key), head));
                cell.setBackgroundColor(new Color(230, 236, 245));
                table.addCell(cell);
            }
            for (var team : municipality.getValue().entrySet()) {
                for (Row r : team.getValue()) {
                    table.addCell(new Phrase(team.getKey(), body));
                    table.addCell(new Phrase(r.month().toString(), body));
                    table.addCell(right(String.valueOf(r.light()), body));
                    table.addCell(right(String.valueOf(r.medium()), body));
                    table.addCell(right(String.valueOf(r.heavy()), body));
                    table.addCell(right(String.valueOf(r.flat()), body));
                    table.addCell(right(number.format(r.weighted()), body));
                }
                double flat =
                        team.getValue().stream().mapToInt(Row::flat).average().orElse(0);
                double weighted = team.getValue().stream()
                        .mapToDouble(r -> r.weighted().doubleValue())
                        .average()
                        .orElse(0);
                PdfPCell label = new PdfPCell(new Phrase(t(translate, "caseload.report.average", team.getKey()), head));
                label.setColspan(5);
                table.addCell(label);
                table.addCell(right(number.format(flat), head));
                table.addCell(right(number.format(weighted), head));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String t(BiFunction<String, Object[], String> translate, String key, Object... params) {
        return translate.apply(key, params);
    }
}
