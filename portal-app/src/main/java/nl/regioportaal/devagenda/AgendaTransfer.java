package nl.regioportaal.devagenda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportaal.devagenda.AgendaModel.ImportReport;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDraft;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.RejectedRow;
import nl.regioportaal.devagenda.AgendaModel.ThemeView;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.export.TableExport;
import nl.regioportaal.shared.export.TableExport.Column;
import nl.regioportaal.shared.export.TableExport.Sheet;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives out and in. The export (CSV or XLSX through {@link TableExport}) holds what the user may
 * see, with status and progress. The import is all or nothing: every row is checked first; one bad
 * row and nothing is imported, and the report names each bad row (counting the header as row 1) with
 * the reason in Dutch.
 */
@Service
@Transactional
public class AgendaTransfer {

    /** The columns, in the order of the export and of an import file. */
    static final List<String> HEADER =
            List.of("Thema", "Titel", "Eigenaar", "Mede-eigenaar", "Status", "Percentage", "Gewicht", "Start", "Einde");

    /** An agenda of a thousand initiatives is some 100 kB; far more is no agenda. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final double ROUNDING_NOISE = 1e-9;

    private final AgendaQueries queries;
    private final InitiativeService agenda;
    private final RegionDirectory directory;

    AgendaTransfer(AgendaQueries queries, InitiativeService agenda, RegionDirectory directory) {
        this.queries = queries;
        this.agenda = agenda;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public byte[] exportCsv(Locale locale) {
        return TableExport.csv(List.of(sheet(locale)), locale);
    }

    @Transactional(readOnly = true)
    public byte[] exportXlsx(Locale locale) {
        return TableExport.xlsx(List.of(sheet(locale)), locale);
    }

    private Sheet sheet(Locale locale) {
        List<Column> columns = List.of(
                Column.text(HEADER.get(0)),
                Column.text(HEADER.get(1)),
                Column.text(HEADER.get(2)),
                Column.text(HEADER.get(3)),
                Column.text(HEADER.get(4)),
                Column.percent(HEADER.get(5)),
                Column.number(HEADER.get(6)),
                Column.date(HEADER.get(7)),
                Column.date(HEADER.get(8)));
        List<List<?>> rows = new ArrayList<>();
        for (InitiativeRow r : queries.initiatives()) {
            rows.add(Arrays.asList(
                    r.theme(),
                    r.title(),
                    r.owner(),
                    r.coOwner() == null ? "" : r.coOwner(),
                    PortalI18NProvider.translate("devagenda.status." + r.status(), locale),
                    r.percentage(),
                    r.weight(),
                    r.start(),
                    r.end()));
        }
        return new Sheet(PortalI18NProvider.translate("devagenda.initiatives", locale), columns, rows);
    }

    /**
     * Imports an uploaded file, reading at most one byte more than allowed: a file above the limit is
     * refused without being held whole (nor unpacked, for a workbook).
     */
    public ImportReport importFile(String fileName, InputStream in) {
        byte[] content;
        try {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return new ImportReport(0, List.of(new RejectedRow(1, dutch("devagenda.import.unreadable"))));
        }
        if (content.length > MAX_BYTES) {
            return new ImportReport(
                    0, List.of(new RejectedRow(1, dutch("devagenda.import.too-large", MAX_BYTES / (1024 * 1024)))));
        }
        return importFile(fileName, content);
    }

    /** Imports every row or none; a file named {@code *.xlsx} is read as a workbook, anything else as CSV (; or ,). */
    public ImportReport importFile(String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? xlsxRows(content)
                    : csvRows(content);
        } catch (IOException | RuntimeException e) {
            return new ImportReport(0, List.of(new RejectedRow(1, dutch("devagenda.import.unreadable"))));
        }
        if (rows.isEmpty()) {
            return new ImportReport(0, List.of(new RejectedRow(1, dutch("devagenda.import.empty"))));
        }
        Map<String, Long> themes = byName(queries.themes(), ThemeView::title, ThemeView::id);
        Map<String, Long> municipalities =
                byName(directory.municipalities(), MunicipalityRef::name, MunicipalityRef::id);
        Map<String, Long> providers = byName(directory.providers(), ProviderRef::name, ProviderRef::id);
        List<InitiativeDraft> drafts = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = i + 1;
            List<String> reasons = new ArrayList<>();
            InitiativeDraft draft = draft(cells, themes, municipalities, providers, reasons);
            if (reasons.isEmpty() && !agenda.mayOwnFor(draft.ownerMunicipalityId())) {
                reasons.add(dutch("devagenda.import.not-owner", cell(cells, 2)));
            }
            if (reasons.isEmpty()) {
                agenda.initiativeErrors(draft).values().forEach(key -> reasons.add(dutch(key)));
            }
            if (reasons.isEmpty() && agenda.initiativeExists(draft.themeId(), draft.title())) {
                reasons.add(dutch("devagenda.import.exists", cell(cells, 0), cell(cells, 1)));
            }
            if (reasons.isEmpty()
                    && !seen.add(draft.themeId() + "/" + draft.title().strip().toLowerCase(Locale.ROOT))) {
                reasons.add(dutch("devagenda.import.duplicate"));
            }
            if (reasons.isEmpty()) {
                drafts.add(draft);
            } else {
                rejected.add(new RejectedRow(rowNumber, String.join("; ", reasons)));
            }
        }
        if (!rejected.isEmpty()) {
            return new ImportReport(0, rejected);
        }
        drafts.forEach(agenda::createInitiative);
        return new ImportReport(drafts.size(), List.of());
    }

    private static InitiativeDraft draft(
            List<String> c,
            Map<String, Long> themes,
            Map<String, Long> municipalities,
            Map<String, Long> providers,
            List<String> reasons) {
        Long theme = themes.get(key(cell(c, 0)));
        if (theme == null) {
            reasons.add(dutch("devagenda.import.theme", cell(c, 0)));
        }
        Long owner = municipalities.get(key(cell(c, 2)));
        if (owner == null) {
            reasons.add(dutch("devagenda.import.owner", cell(c, 2)));
        }
        Long coOwner = null;
        if (!cell(c, 3).isBlank()) {
            coOwner = providers.get(key(cell(c, 3)));
            if (coOwner == null) {
                reasons.add(dutch("devagenda.import.co-owner", cell(c, 3)));
            }
        }
        InitiativeStatus status = status(cell(c, 4));
        if (status == null) {
            reasons.add(dutch("devagenda.import.status", cell(c, 4)));
        }
        Integer percentage = percentage(cell(c, 5), reasons);
        Integer weight = cell(c, 6).isBlank()
                ? Integer.valueOf(1)
                : number(cell(c, 6), false, "devagenda.import.weight", reasons);
        LocalDate start = date(cell(c, 7), reasons);
        LocalDate end = date(cell(c, 8), reasons);
        return new InitiativeDraft(
                theme,
                cell(c, 1),
                null,
                owner,
                coOwner,
                Set.of(),
                Set.of(),
                status,
                percentage,
                weight,
                start,
                end,
                null,
                null);
    }

    private static InitiativeStatus status(String text) {
        for (InitiativeStatus s : InitiativeStatus.values()) {
            if (s.name().equalsIgnoreCase(text.strip())
                    || PortalI18NProvider.translate("devagenda.status." + s, PortalI18NProvider.DUTCH)
                            .equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }

    /** "40", "40 %" or, from a spreadsheet typed as a fraction without a percent format, "0.4". */
    private static Integer percentage(String text, List<String> reasons) {
        String t = text.strip();
        boolean inPercent = t.endsWith("%");
        return number(
                inPercent ? t.substring(0, t.length() - 1) : t, !inPercent, "devagenda.import.percentage", reasons);
    }

    private static Integer number(String text, boolean fractionIsPercent, String reasonKey, List<String> reasons) {
        try {
            String t = text.strip().replace(',', '.');
            double value = Double.parseDouble(t);
            if (fractionIsPercent && value > 0 && value < 1 && t.contains(".")) {
                value = value * 100;
            }
            // 0.07 × 100 is 7.000000000000001 in binary: a whole number within rounding noise is one
            double whole = Math.rint(value);
            if (Math.abs(value - whole) > ROUNDING_NOISE) {
                throw new NumberFormatException(text);
            }
            return (int) whole;
        } catch (NumberFormatException e) {
            reasons.add(dutch(reasonKey, text));
            return null;
        }
    }

    private static LocalDate date(String text, List<String> reasons) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return text.contains("-") && text.indexOf('-') == 4
                    ? LocalDate.parse(text.strip())
                    : LocalDate.parse(text.strip(), DUTCH_DATE);
        } catch (DateTimeParseException e) {
            reasons.add(dutch("devagenda.import.date", text));
            return null;
        }
    }

    private static List<List<String>> csvRows(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        String separator = !lines.isEmpty() && lines.getFirst().contains(";") ? ";" : ",";
        return lines.stream().map(l -> splitCsv(l, separator.charAt(0))).toList();
    }

    /** One CSV line into cells: quotes may hold the separator, "" is a quote. */
    private static List<String> splitCsv(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == separator && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static List<List<String>> xlsxRows(byte[] content) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADER.size(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cellText(cell, format));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String cellText(Cell cell, DataFormatter format) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.NUMERIC
                && cell.getCellStyle().getDataFormatString().contains("%")) {
            // a percent-formatted cell (as the export writes them) holds the fraction: 1 is 100 %, 0.07 is 7 %
            return BigDecimal.valueOf(cell.getNumericCellValue())
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString()
                    + "%";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return String.valueOf(cell.getNumericCellValue());
        }
        return format.formatCellValue(cell).strip();
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, Long> byName(List<T> list, Function<T, String> name, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(t -> key(name.apply(t)), id, (a, b) -> a));
    }

    private static String dutch(String key, Object... params) {
        return PortalI18NProvider.translate(key, PortalI18NProvider.DUTCH, params);
    }
}
