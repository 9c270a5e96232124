package nl.regioportaal.training;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.export.TableExport;
import nl.regioportaal.shared.export.TableExport.Column;
import nl.regioportaal.shared.export.TableExport.Sheet;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import nl.regioportaal.training.ComplianceService.Cell;
import nl.regioportaal.training.ComplianceService.CourseColumn;
import nl.regioportaal.training.ComplianceService.Level;
import nl.regioportaal.training.ComplianceService.Rollup;
import nl.regioportaal.training.ComplianceService.Row;

/**
 * The compliance overview as CSV and XLSX, with the screen's columns: a sheet of roll-ups (in the
 * screen's tree order) and the matrix, where each course has a state column (in words, not colour)
 * and a date column (a real date: valid until when met, otherwise the deadline). Written by the
 * shared {@link TableExport}, which keeps names like "=1+1" text; the rows are read from the
 * iterable while the file is written, so a region's export is never held in memory.
 */
public final class ComplianceExport {

    /** What is exported: the columns, the (small) roll-ups and the rows, read once. */
    public record Content(List<CourseColumn> courses, List<Rollup> rollups, Iterable<Row> rows, boolean stateFilter) {
        public static Content of(ComplianceService.Page page, boolean stateFilter) {
            return new Content(page.courses(), page.rollups(), page.rows(), stateFilter);
        }
    }

    private ComplianceExport() {}

    public static void csv(Content content, Locale locale, OutputStream out) {
        TableExport.csv(List.of(rollups(content, locale), matrix(content, locale)), locale, out);
    }

    public static void xlsx(Content content, Locale locale, OutputStream out) {
        TableExport.xlsx(List.of(rollups(content, locale), matrix(content, locale)), locale, out);
    }

    public static byte[] csv(Content content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(content, locale, out);
        return out.toByteArray();
    }

    public static byte[] xlsx(Content content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(content, locale, out);
        return out.toByteArray();
    }

    static Sheet matrix(Content content, Locale locale) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(t("training.overview.person", locale)),
                Column.text(t("training.overview.team", locale)),
                Column.text(t("training.overview.municipality", locale))));
        for (CourseColumn c : content.courses()) {
            columns.add(Column.text(c.title()));
            columns.add(Column.date(t("training.overview.date-of", locale, c.title())));
        }
        Iterable<List<?>> lines = () -> new Iterator<>() {
            private final Iterator<Row> rows = content.rows().iterator();

            public boolean hasNext() {
                return rows.hasNext();
            }

            public List<?> next() {
                Row row = rows.next();
                List<Object> line = new ArrayList<>(List.of(row.name(), row.teamName(), row.municipalityName()));
                for (CourseColumn c : content.courses()) {
                    Cell cell = row.cells().get(c.id());
                    line.add(stateText(cell, locale));
                    line.add(date(cell));
                }
                return line;
            }
        };
        return new Sheet(t("training.overview.sheet.matrix", locale), columns, lines);
    }

    /** The screen's roll-up columns; counts as numbers and the share as a real percentage. */
    static Sheet rollups(Content content, Locale locale) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(t("training.overview.name", locale)),
                Column.text(t("training.overview.level", locale)),
                Column.number(t("training.overview.required", locale)),
                Column.number(t("training.overview.compliant", locale)),
                Column.percent(t("training.overview.percent", locale)),
                Column.number(t("training.overview.behind", locale))));
        if (content.stateFilter()) {
            columns.add(Column.number(t("training.overview.matching", locale)));
        }
        List<List<?>> lines = treeOrder(content.rollups()).stream()
                .<List<?>>map(r -> {
                    List<Object> line = new ArrayList<>(List.of(
                            r.name(),
                            t("training.overview.level." + r.level().name(), locale),
                            r.required(),
                            r.compliant(),
                            r.percent(),
                            r.late()));
                    if (content.stateFilter()) {
                        line.add(r.matching());
                    }
                    return line;
                })
                .toList();
        return new Sheet(t("training.overview.sheet.rollups", locale), columns, lines);
    }

    /** The roll-up a row hangs under on screen: a team under its municipality, a municipality under the region. */
    public static Rollup parent(Rollup r, List<Rollup> all) {
        return switch (r.level()) {
            case REGION -> null;
            case MUNICIPALITY ->
                all.stream().filter(p -> p.level() == Level.REGION).findFirst().orElse(null);
            case TEAM ->
                all.stream()
                        .filter(p -> p.level() == Level.MUNICIPALITY && p.id().equals(r.parentId()))
                        .findFirst()
                        .orElse(null);
        };
    }

    /** Depth first, as the screen's tree shows it fully expanded. */
    public static List<Rollup> treeOrder(List<Rollup> all) {
        List<Rollup> ordered = new ArrayList<>();
        all.stream().filter(r -> parent(r, all) == null).forEach(root -> addTree(root, all, ordered));
        return ordered;
    }

    private static void addTree(Rollup node, List<Rollup> all, List<Rollup> ordered) {
        ordered.add(node);
        all.stream().filter(r -> parent(r, all) == node).forEach(child -> addTree(child, all, ordered));
    }

    /** "Verlopen": the state in words (the date has a column of its own). */
    public static String stateText(Cell cell, Locale locale) {
        return t(
                cell == null
                        ? TrainingState.NOT_REQUIRED.i18nKey()
                        : cell.state().i18nKey(),
                locale);
    }

    /** The date that matters for the state: valid until when met, otherwise the deadline. */
    public static LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        return cell.state().compliant() ? cell.validUntil() : cell.deadline();
    }

    /** "Verlopen (15-03-2026)": state and date in one text, as a table cell shows it. */
    public static String cellText(Cell cell, Locale locale) {
        LocalDate date = date(cell);
        String text = stateText(cell, locale);
        return date == null ? text : text + " (" + PortalFormats.date(date, locale) + ")";
    }

    private static String t(String key, Locale locale, Object... params) {
        return PortalI18NProvider.translate(key, locale, params);
    }
}
