package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.devagenda.AgendaModel.ImportReport;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.RejectedRow;
import nl.regioportaal.devagenda.AgendaModel.ThemeView;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaTransferTest extends ServiceTest {

    @Autowired
    AgendaTransfer transfer;

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaFixtures fixtures;

    private String themeTitle(long id) {
        return queries.themes().stream()
                .filter(t -> t.id() == id)
                .map(ThemeView::title)
                .findFirst()
                .orElseThrow();
    }

    /** Acceptance: one bad row and nothing is imported; the report names the row and the reason in Dutch. */
    @Test
    void aCsvWithOneBadRowImportsNothingAndNamesTheRowAndTheReasonInDutch() {
        long theme = fixtures.theme();
        String title = themeTitle(theme);
        String csv = String.join(
                "\r\n",
                "Thema;Titel;Eigenaar;Mede-eigenaar;Status;Percentage;Gewicht;Start;Einde",
                title + ";Goede regel;Amersfoort;Lumens;Lopend;40;2;01-02-2027;31-12-2027",
                title + ";Foute regel;Amersfoort;;Bijna klaar;40;1;;",
                title + ";Nog een goede;Baarn;;Idee;0;;;");
        int before = queries.initiatives().size();

        ImportReport report = transfer.importFile("initiatieven.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isZero();
        assertThat(report.rejected())
                .containsExactly(
                        new RejectedRow(
                                3,
                                "status 'Bijna klaar' bestaat niet (kies Idee, In voorbereiding, Lopend, Geëvalueerd of Gestopt)"));
        assertThat(queries.initiatives()).hasSize(before);
    }

    /**
     * A row whose initiative the theme already has (whatever the case of its title), or that repeats an
     * earlier row of the file, is named in the Dutch report before anything is saved (before, the
     * first of them stopped the import with the generic error page).
     */
    @Test
    void rowsOfExistingOrRepeatedInitiativesAreReportedPerRowAndNothingIsImported() {
        long theme = fixtures.theme();
        String title = themeTitle(theme);
        long existing = fixtures.initiative(theme, InitiativeStatus.RUNNING, 10, 1, null);
        String existingTitle = queries.initiative(existing).row().title();
        String csv = String.join(
                "\r\n",
                "Thema;Titel;Eigenaar;Mede-eigenaar;Status;Percentage;Gewicht;Start;Einde",
                title + ";Nieuw initiatief;Amersfoort;;Idee;0;;;",
                title + ";" + existingTitle.toUpperCase(Locale.ROOT) + ";Amersfoort;;Lopend;20;;;",
                title + ";Dubbel;Amersfoort;;Idee;0;;;",
                title + ";dubbel;Baarn;;Idee;0;;;");
        int before = queries.initiatives().size();

        ImportReport report = transfer.importFile("initiatieven.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isZero();
        assertThat(report.rejected())
                .containsExactly(
                        new RejectedRow(
                                3,
                                "thema '" + title + "' heeft al een initiatief '"
                                        + existingTitle.toUpperCase(Locale.ROOT) + "'"),
                        new RejectedRow(5, "dit initiatief staat al eerder in het bestand"));
        assertThat(queries.initiatives()).hasSize(before);
    }

    /** An upload above the limit is refused after reading one byte past it: an endless file does not end the portal. */
    @Test
    void aFileAboveTheLimitIsRefusedWithoutBeingReadWhole() {
        long theme = fixtures.theme();
        byte[] goodStart = ("Thema;Titel;Eigenaar;Mede-eigenaar;Status;Percentage;Gewicht;Start;Einde\r\n"
                        + themeTitle(theme) + ";Te groot;Amersfoort;;Idee;0;;;\r\n")
                .getBytes(StandardCharsets.UTF_8);
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                long at = read[0]++;
                return at < goodStart.length ? goodStart[(int) at] : '\n';
            }
        };

        ImportReport report = transfer.importFile("groot.csv", endless);

        assertThat(report.imported()).isZero();
        assertThat(report.rejected())
                .containsExactly(
                        new RejectedRow(1, "het bestand is groter dan 2 MB; splits het in kleinere bestanden"));
        assertThat(read[0]).isEqualTo(AgendaTransfer.MAX_BYTES + 1L);
        assertThat(queries.initiatives()).noneMatch(r -> r.themeId() == theme);
    }

    @Test
    void aGoodCsvImportsEveryRow() {
        long theme = fixtures.theme();
        String title = themeTitle(theme);
        String csv = "\uFEFFThema;Titel;Eigenaar;Mede-eigenaar;Status;Percentage;Gewicht;Start;Einde\r\n"
                + title + ";Eerste;Amersfoort;Lumens;Lopend;40;2;01-02-2027;31-12-2027\r\n"
                + title + ";Tweede;Baarn;;Idee;0;;;\r\n";

        ImportReport report = transfer.importFile("initiatieven.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(queries.initiatives())
                .filteredOn(r -> r.themeId() == theme)
                .extracting(
                        InitiativeRow::title, InitiativeRow::coOwner, InitiativeRow::percentage, InitiativeRow::weight)
                .containsExactlyInAnyOrder(tuple("Eerste", "Lumens", 40, 2), tuple("Tweede", null, 0, 1));
    }

    @Test
    void theExportRoundTripsThroughTheImportChecks() {
        long theme = fixtures.theme();
        fixtures.initiative(theme, InitiativeStatus.RUNNING, 40, 2, fixtures.provider("Lumens"));
        String csv = new String(transfer.exportCsv(PortalI18NProvider.DUTCH), StandardCharsets.UTF_8);
        assertThat(csv).contains("Thema;Titel;Eigenaar;Mede-eigenaar;Status;Percentage;Gewicht;Start;Einde");
        assertThat(csv).contains(themeTitle(theme) + ";Initiatief").contains(";Lumens;Lopend;");
        assertThat(transfer.exportXlsx(PortalI18NProvider.DUTCH)).startsWith((byte) 0x50, (byte) 0x4B); // a zip: XLSX
    }

    /**
     * The XLSX export writes progress as a fraction with a percent format; read back it is the same
     * progress again (before, 100 % came back as 1 % and 7 % was refused as "geen heel getal"). The
     * export's rows of one theme are moved into a second theme in the real workbook and imported.
     */
    @Test
    void anExportedXlsxImportsWithTheSameProgress() throws IOException {
        long theme = fixtures.theme();
        for (int percentage : new int[] {100, 7, 29, 0}) {
            fixtures.initiative(theme, InitiativeStatus.RUNNING, percentage, 1, null);
        }
        Map<String, Integer> exported = progressIn(theme);
        long copy = fixtures.theme();
        byte[] xlsx =
                onlyThemeMovedTo(transfer.exportXlsx(PortalI18NProvider.DUTCH), themeTitle(theme), themeTitle(copy));

        ImportReport report = transfer.importFile("ontwikkelagenda.xlsx", xlsx);

        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported()).isEqualTo(4);
        assertThat(progressIn(copy)).isEqualTo(exported);
        assertThat(exported.values()).containsExactlyInAnyOrder(100, 7, 29, 0);
    }

    private Map<String, Integer> progressIn(long theme) {
        return queries.initiatives().stream()
                .filter(r -> r.themeId() == theme)
                .collect(Collectors.toMap(InitiativeRow::title, InitiativeRow::percentage));
    }

    /** Drops the rows of other themes and renames the theme in the rest; every other cell stays as exported. */
    private static byte[] onlyThemeMovedTo(byte[] xlsx, String theme, String newTheme) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                Row row = sheet.getRow(r);
                if (row != null && theme.equals(row.getCell(0).getStringCellValue())) {
                    // a new cell: POI keeps showing the export's inline string when one is overwritten
                    row.removeCell(row.getCell(0));
                    row.createCell(0).setCellValue(newTheme);
                } else if (row != null) {
                    sheet.removeRow(row);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aProviderRepresentativeMayNotImport() {
        long theme = fixtures.theme();
        String csv = "Thema;Titel;Eigenaar;Mede-eigenaar;Status;Percentage;Gewicht;Start;Einde\r\n" + themeTitle(theme)
                + ";Van een aanbieder;Amersfoort;;Idee;0;;;\r\n";
        users.login("aanbieder");
        ImportReport report = transfer.importFile("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).hasSize(1);
    }
}
