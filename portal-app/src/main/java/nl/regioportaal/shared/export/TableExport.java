package nl.regioportaal.shared.export;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalFormats;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as CSV or XLSX, written row by row (exports of a whole region must not sit in memory
 * twice). Columns are typed, so a spreadsheet gets real numbers and dates.
 *
 * <p>CSV: UTF-8 with a byte-order mark, {@code ;} between cells and CRLF line ends (what Dutch
 * Excel opens without an import wizard); numbers with a decimal point, dates as the locale's
 * short date; several sheets follow each other, separated by an empty line. XLSX: one worksheet
 * per sheet, a bold frozen header row with an autofilter, column widths from the longest value.
 *
 * <p>Formula injection: a text cell starting with {@code = + - @}, tab or carriage return would be
 * run as a formula by a spreadsheet. In CSV it gets a leading apostrophe (OWASP's advice); in XLSX
 * it is a string cell with Excel's "quote prefix" style, never a formula, its value unchanged.
 */
public final class TableExport {

    public enum Type {
        TEXT,
        /** Any {@link Number}; in XLSX a plain number. */
        NUMBER,
        /** A {@link LocalDate}; in XLSX a real date with the locale's date format. */
        DATE,
        /** A {@link Number} in percent (46.2 means 46.2 %); in XLSX the fraction with a % format. */
        PERCENT
    }

    public record Column(String title, Type type) {
        public static Column text(String title) {
            return new Column(title, Type.TEXT);
        }

        public static Column number(String title) {
            return new Column(title, Type.NUMBER);
        }

        public static Column date(String title) {
            return new Column(title, Type.DATE);
        }

        public static Column percent(String title) {
            return new Column(title, Type.PERCENT);
        }
    }

    /** A named table; its rows are read once, in order (a list, or a stream's iterator). */
    public record Sheet(String name, List<Column> columns, Iterable<? extends List<?>> rows) {}

    private static final int MAX_WIDTH = 60;

    private TableExport() {}

    /** The text a CSV cell gets: a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralised(String text) {
        return dangerous(text) ? "'" + text : text;
    }

    /** Would a spreadsheet read this text as a formula (or a command, via DDE)? */
    public static boolean dangerous(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    public static byte[] csv(List<Sheet> sheets, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(sheets, locale, out);
        return out.toByteArray();
    }

    public static byte[] xlsx(List<Sheet> sheets, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(sheets, locale, out);
        return out.toByteArray();
    }

    /** Writes the sheets as CSV to {@code out} (flushed, not closed). */
    public static void csv(List<Sheet> sheets, Locale locale, OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            for (int s = 0; s < sheets.size(); s++) {
                Sheet sheet = sheets.get(s);
                if (s > 0) {
                    w.write("\r\n");
                }
                csvLine(w, sheet.columns().stream().map(Column::title).toList(), null, locale);
                for (List<?> row : sheet.rows()) {
                    csvLine(w, row, sheet.columns(), locale);
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csvLine(Writer w, List<?> cells, List<Column> columns, Locale locale) throws IOException {
        if (columns != null) {
            checkWidth(cells, columns);
        }
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                w.write(';');
            }
            Type type = columns == null ? Type.TEXT : columns.get(c).type();
            w.write(quoted(csvText(cells.get(c), type, locale)));
        }
        w.write("\r\n");
    }

    private static String csvText(Object value, Type type, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> neutralised(value.toString());
            case NUMBER, PERCENT -> plain(number(value));
            case DATE -> PortalFormats.date(date(value), locale);
        };
    }

    private static String quoted(String s) {
        return s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }

    /** Writes the sheets as an XLSX workbook to {@code out} (flushed, not closed). */
    public static void xlsx(List<Sheet> sheets, Locale locale, OutputStream out) {
        // rows beyond the window go to a temporary file, so a large export needs little memory
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(wb, locale);
            for (Sheet sheet : sheets) {
                writeSheet(wb.createSheet(sheet.name()), sheet, styles);
            }
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private static void writeSheet(SXSSFSheet sheet, Sheet data, Styles styles) {
        List<Column> columns = data.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).title());
            cell.setCellStyle(dangerous(columns.get(c).title()) ? styles.quotedHeader : styles.header);
            widths[c] = columns.get(c).title().length();
        }
        int r = 0;
        for (List<?> values : data.rows()) {
            checkWidth(values, columns);
            Row row = sheet.createRow(++r);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    widths[c] = Math.max(widths[c], xlsxCell(row.createCell(c), value, columns.get(c), styles));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, columns.size() - 1));
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 3) * 256);
        }
    }

    /** Fills the cell; returns its width in characters. */
    private static int xlsxCell(Cell cell, Object value, Column column, Styles styles) {
        switch (column.type()) {
            case TEXT -> {
                String text = value.toString();
                // setCellValue(String) always makes a string cell: the text is shown, never evaluated
                cell.setCellValue(text);
                if (dangerous(text)) {
                    cell.setCellStyle(styles.quoted);
                }
                return text.length();
            }
            case NUMBER -> {
                BigDecimal n = number(value);
                cell.setCellValue(n.doubleValue());
                return plain(n).length();
            }
            case PERCENT -> {
                BigDecimal n = number(value);
                cell.setCellValue(n.movePointLeft(2).doubleValue());
                cell.setCellStyle(styles.percent);
                return plain(n).length() + 2;
            }
            case DATE -> {
                cell.setCellValue(date(value));
                cell.setCellStyle(styles.date);
                return 10;
            }
        }
        throw new IllegalStateException(column.type().name());
    }

    private static void checkWidth(List<?> row, List<Column> columns) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
        }
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    private static String plain(BigDecimal n) {
        return n.toPlainString();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        throw new IllegalArgumentException("not a date: " + value);
    }

    /** The cell styles of one workbook (a workbook has a limited number of styles: create them once). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quotedHeader;
        final CellStyle quoted;
        final CellStyle date;
        final CellStyle percent;

        Styles(SXSSFWorkbook wb, Locale locale) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            quotedHeader = wb.createCellStyle();
            quotedHeader.cloneStyleFrom(header);
            quotedHeader.setQuotePrefixed(true);
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            date = wb.createCellStyle();
            boolean english = PortalI18NProvider.supported(locale) == PortalI18NProvider.ENGLISH;
            date.setDataFormat(wb.createDataFormat().getFormat(english ? "dd/mm/yyyy" : "dd-mm-yyyy"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        }
    }
}
