package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.devagenda.AgendaModel.ImportReport;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.RejectedRow;
import nl.regioportaal.devagenda.AgendaModel.ThemeView;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
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
