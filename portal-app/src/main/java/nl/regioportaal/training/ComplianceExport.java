package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.export.TableExport;
import nl.regioportaal.shared.export.TableExport.Column;
import nl.regioportaal.shared.export.TableExport.Sheet;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;

/**
 * The compliance overview as CSV and XLSX, with the same rows and roll-ups as the screen: the
 * matrix (state text per course, not colour) and a sheet of roll-ups with their percentages.
 * Written by the shared {@link TableExport}, which also keeps names like "=1+1" from running as
 * formulas.
 */
public final class ComplianceExport {

    private ComplianceExport() {}

    public static byte[] csv(ComplianceService.Page page, Locale locale) {
        return TableExport.csv(List.of(matrix(page, locale), rollups(page, locale)), locale);
    }

    public static byte[] xlsx(ComplianceService.Page page, Locale locale) {
        return TableExport.xlsx(List.of(rollups(page, locale), matrix(page, locale)), locale);
    }

    static Sheet matrix(ComplianceService.Page page, Locale locale) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(t("training.overview.person", locale)),
                Column.text(t("training.overview.team", locale)),
                Column.text(t("training.overview.municipality", locale))));
        page.courses().forEach(c -> columns.add(Column.text(c.title())));
        List<List<String>> lines = new ArrayList<>();
        for (ComplianceService.Row row : page.rows()) {
            List<String> line = new ArrayList<>(List.of(row.name(), row.teamName(), row.municipalityName()));
            for (ComplianceService.CourseColumn c : page.courses()) {
                line.add(cellText(row.cells().get(c.id()), locale));
            }
            lines.add(line);
        }
        return new Sheet(t("training.overview.sheet.matrix", locale), columns, lines);
    }

    /** Counts and the percentage as numbers (the percentage in percent, as on screen), so a spreadsheet can add them up. */
    static Sheet rollups(ComplianceService.Page page, Locale locale) {
        List<Column> columns = List.of(
                Column.text(t("training.overview.level", locale)),
                Column.text(t("training.overview.name", locale)),
                Column.number(t("training.overview.required", locale)),
                Column.number(t("training.overview.compliant", locale)),
                Column.number(t("training.overview.percent", locale)));
        List<List<?>> lines = page.rollups().stream()
                .<List<?>>map(r -> List.of(
                        t("training.overview.level." + r.level().name(), locale),
                        r.name(),
                        r.required(),
                        r.compliant(),
                        r.percent()))
                .toList();
        return new Sheet(t("training.overview.sheet.rollups", locale), columns, lines);
    }

    /** "Verlopen (15-03-2026)": the state in words, with the date that matters for it. */
    public static String cellText(ComplianceService.Cell cell, Locale locale) {
        if (cell == null) {
            return t("training.state.NOT_REQUIRED", locale);
        }
        String text = t(cell.state().i18nKey(), locale);
        LocalDate date = cell.state().compliant() ? cell.validUntil() : cell.deadline();
        return date == null ? text : text + " (" + PortalFormats.date(date, locale) + ")";
    }

    private static String t(String key, Locale locale) {
        return PortalI18NProvider.translate(key, locale);
    }
}
