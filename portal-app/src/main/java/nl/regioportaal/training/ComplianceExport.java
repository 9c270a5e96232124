package nl.regioportaal.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The compliance overview as CSV and XLSX, with the same rows and roll-ups as the screen: the
 * matrix (state text per course, not colour) and a sheet of roll-ups with their percentages.
 */
public final class ComplianceExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ComplianceExport() {}

    public static byte[] csv(ComplianceService.Page page, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : matrix(page, locale)) {
            out.append(String.join(
                            ";", line.stream().map(ComplianceExport::quote).toList()))
                    .append("\r\n");
        }
        out.append("\r\n");
        for (List<String> line : rollups(page, locale)) {
            out.append(String.join(
                            ";", line.stream().map(ComplianceExport::quote).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(ComplianceService.Page page, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet(t("training.overview.sheet.rollups", locale)), rollups(page, locale), true);
            fill(wb.createSheet(t("training.overview.sheet.matrix", locale)), matrix(page, locale), false);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, List<List<String>> lines, boolean numeric) {
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> line = lines.get(r);
            for (int c = 0; c < line.size(); c++) {
                String v = line.get(c);
                // roll-up counts and percentages as numbers, so a spreadsheet can add them up
                if (numeric && r > 0 && c >= 2) {
                    row.createCell(c).setCellValue(Double.parseDouble(v));
                } else {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
    }

    static List<List<String>> matrix(ComplianceService.Page page, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(
                t("training.overview.person", locale),
                t("training.overview.team", locale),
                t("training.overview.municipality", locale)));
        page.courses().forEach(c -> header.add(c.title()));
        lines.add(header);
        for (ComplianceService.Row row : page.rows()) {
            List<String> line = new ArrayList<>(List.of(row.name(), row.teamName(), row.municipalityName()));
            for (ComplianceService.CourseColumn c : page.courses()) {
                line.add(cellText(row.cells().get(c.id()), locale));
            }
            lines.add(line);
        }
        return lines;
    }

    static List<List<String>> rollups(ComplianceService.Page page, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(
                t("training.overview.level", locale),
                t("training.overview.name", locale),
                t("training.overview.required", locale),
                t("training.overview.compliant", locale),
                t("training.overview.percent", locale)));
        for (ComplianceService.Rollup r : page.rollups()) {
            lines.add(List.of(
                    t("training.overview.level." + r.level().name(), locale),
                    r.name(),
                    String.valueOf(r.required()),
                    String.valueOf(r.compliant()),
                    r.percent().toPlainString()));
        }
        return lines;
    }

    /** "Verlopen (15-03-2026)": the state in words, with the date that matters for it. */
    public static String cellText(ComplianceService.Cell cell, Locale locale) {
        if (cell == null) {
            return t("training.state.NOT_REQUIRED", locale);
        }
        String text = t(cell.state().i18nKey(), locale);
        LocalDate date = cell.state().compliant() ? cell.validUntil() : cell.deadline();
        return date == null ? text : text + " (" + DATE.format(date) + ")";
    }

    private static String t(String key, Locale locale) {
        return PortalI18NProvider.translate(key, locale);
    }

    private static String quote(String s) {
        return s.contains(";") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
