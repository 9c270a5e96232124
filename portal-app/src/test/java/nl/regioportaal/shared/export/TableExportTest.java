package nl.regioportaal.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.regioportaal.shared.export.TableExport.Column;
import nl.regioportaal.shared.export.TableExport.Sheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableExportTest {

    private static final Locale NL = Locale.of("nl");
    private static final List<Column> TEAMS =
            List.of(Column.text("Team"), Column.number("Leden"), Column.date("Sinds"), Column.percent("Op orde"));

    private static Sheet teams(List<List<?>> rows) {
        return new Sheet("Teams", TEAMS, rows);
    }

    private static List<List<?>> teamNamed(String name) {
        return List.of(Arrays.asList(name, 12, LocalDate.of(2027, 3, 12), new BigDecimal("46.2")));
    }

    /** Each character that starts a formula in Excel, LibreOffice or Google Sheets. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "=1+1",
                "=HYPERLINK(\"http://x.example\",\"y\")",
                "+31 6 1234",
                "-2+3",
                "@SUM(A1:A2)",
                "\t=1+1",
                "\r=1+1",
                "=cmd|' /C calc'!A0"
            })
    void aDangerousTeamNameGetsAnApostropheInCsvAndIsAPlainStringInXlsx(String name) throws IOException {
        String csv = new String(TableExport.csv(List.of(teams(teamNamed(name))), NL), StandardCharsets.UTF_8);
        String firstCell = csv.split("\r\n")[1].split(";")[0];
        // quotes around a cell are CSV syntax; what a spreadsheet reads starts with the apostrophe
        assertThat(firstCell.replaceFirst("^\"", "")).startsWith("'" + name.charAt(0));

        try (XSSFWorkbook wb = read(TableExport.xlsx(List.of(teams(teamNamed(name))), NL))) {
            Cell cell = wb.getSheet("Teams").getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(name);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aDangerousCharacterLaterInTheTextIsHarmlessAndLeftAlone() throws IOException {
        String csv = new String(TableExport.csv(List.of(teams(teamNamed("Team 1+1=2"))), NL), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\nTeam 1+1=2;12;12-03-2027;46.2\r\n");
        try (XSSFWorkbook wb = read(TableExport.xlsx(List.of(teams(teamNamed("Team 1+1=2"))), NL))) {
            assertThat(wb.getSheet("Teams").getRow(1).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
        assertThat(TableExport.dangerous("")).isFalse();
        assertThat(TableExport.dangerous(null)).isFalse();
    }

    @Test
    void csvIsUtf8WithABomSemicolonsCrlfAndQuotesWhereNeeded() {
        List<List<?>> rows = List.of(
                Arrays.asList("Soest; Baarn", 3, null, 0),
                Arrays.asList("Team \"Noord\"", new BigDecimal("12.50"), LocalDate.of(2027, 1, 5), 100));
        Sheet second = new Sheet("Tweede", List.of(Column.text("Naam")), List.of(List.of("cliënt")));
        byte[] bytes = TableExport.csv(List.of(teams(rows), second), NL);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFTeam;Leden;Sinds;Op orde\r\n"
                        + "\"Soest; Baarn\";3;;0\r\n"
                        + "\"Team \"\"Noord\"\"\";12.50;05-01-2027;100\r\n"
                        + "\r\n"
                        + "Naam\r\n"
                        + "cliënt\r\n");
        assertThat(new String(TableExport.csv(List.of(teams(teamNamed("x"))), Locale.ENGLISH), StandardCharsets.UTF_8))
                .contains("x;12;12/03/2027;46.2");
    }

    @Test
    void xlsxHasTypedCellsABoldFrozenFilteredHeaderAndFittingWidths() throws IOException {
        List<List<?>> rows = List.of(
                Arrays.asList("Sociaal team Amersfoort-Noord", 12, LocalDate.of(2027, 3, 12), new BigDecimal("46.2")),
                Arrays.asList("Soest", 3, null, 100));
        try (XSSFWorkbook wb = read(TableExport.xlsx(List.of(teams(rows)), NL))) {
            XSSFSheet sheet = wb.getSheet("Teams");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Cell head = sheet.getRow(0).getCell(0);
            assertThat(head.getStringCellValue()).isEqualTo("Team");
            assertThat(wb.getFontAt(head.getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D3");

            Cell members = sheet.getRow(1).getCell(1);
            assertThat(members.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(members.getNumericCellValue()).isEqualTo(12);
            Cell since = sheet.getRow(1).getCell(2);
            assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
            assertThat(since.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 12));
            assertThat(since.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
            Cell percent = sheet.getRow(1).getCell(3);
            assertThat(percent.getNumericCellValue()).isEqualTo(0.462);
            assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(2).getCell(2)).as("no date, no cell").isNull();

            assertThat(sheet.getColumnWidth(0)).isEqualTo(("Sociaal team Amersfoort-Noord".length() + 3) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(("Leden".length() + 3) * 256);
        }
    }

    @Test
    void rowsMayComeFromAStreamThatIsReadOnce() throws IOException {
        int count = 5_000;
        Stream<List<?>> rows = IntStream.range(0, count)
                .mapToObj(i -> List.of("Team " + i, i, LocalDate.of(2027, 1, 1).plusDays(i % 365), i % 101));
        Iterable<List<?>> once = rows::iterator;
        try (XSSFWorkbook wb = read(TableExport.xlsx(List.of(teams(List.of())), NL))) {
            assertThat(wb.getSheet("Teams").getLastRowNum()).isZero();
        }
        try (XSSFWorkbook wb = read(TableExport.xlsx(List.of(new Sheet("Teams", TEAMS, once)), NL))) {
            XSSFSheet sheet = wb.getSheet("Teams");
            assertThat(sheet.getLastRowNum()).isEqualTo(count);
            assertThat(sheet.getRow(count).getCell(0).getStringCellValue()).isEqualTo("Team " + (count - 1));
            assertThat(sheet.getRow(count)
                            .getCell(2)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 1, 1).plusDays((count - 1) % 365));
        }
    }

    @Test
    void aRowOfTheWrongWidthOrTypeIsRefused() {
        assertThatThrownBy(() -> TableExport.csv(List.of(teams(List.of(List.of("x")))), NL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableExport.xlsx(List.of(teams(List.of(List.of("x", "twaalf", "-", 1)))), NL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
