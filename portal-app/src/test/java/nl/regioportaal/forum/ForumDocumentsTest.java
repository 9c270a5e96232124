package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.LibreOffice;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumDocumentsTest extends ServiceTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    ForumDocuments documents;

    @Autowired
    AgendaService agendas;

    @Autowired
    MinutesService minutes;

    @Autowired
    MeetingService meetings;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Clock clock;

    @Test
    void theAgendaPdfShowsTheScreensOrderAndTimesAndTheGuestVersionLeavesConfidentialItemsOut() throws IOException {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long work = AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING);
        long partners = AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.PARTNER_DIALOGUE);
        agendas.addItem(meeting, work, new ItemDraft("Werkwijze toegang", null, null, 30, ItemKind.DECISION, false));
        agendas.addItem(meeting, work, new ItemDraft("Personele zaak", null, null, 20, ItemKind.DISCUSSION, true));
        agendas.addItem(
                meeting, partners, new ItemDraft("Dialoog met Lumens", null, "Lumens", 30, ItemKind.DISCUSSION, false));

        String full = text(documents.agendaPdf(meeting, false, DUTCH));
        assertThat(full).contains("Werkoverleg", "Dialoog met externe partners", "Personele zaak");
        assertThat(full.indexOf("14:15")).isLessThan(full.indexOf("Werkwijze toegang"));
        assertThat(full.indexOf("Werkwijze toegang")).isLessThan(full.indexOf("Personele zaak"));
        assertThat(full.indexOf("Personele zaak")).isLessThan(full.indexOf("Dialoog met Lumens"));
        assertThat(full).contains("15:05"); // 14:00 + 15 standing + 30 + 20

        String guest = text(documents.agendaPdf(meeting, true, DUTCH));
        assertThat(guest)
                .contains("Werkwijze toegang", "Dialoog met Lumens", "15:05")
                .doesNotContain("Personele zaak");

        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), partners);
        meetings.publish(meeting);
        users.login("aanbieder");
        String asGuest = text(documents.agendaPdf(meeting, false, DUTCH));
        assertThat(asGuest).contains("Dialoog met Lumens").doesNotContain("Werkwijze toegang", "Personele zaak");
    }

    @Test
    void theMinutesPdfCarriesTheAttendanceListDecisionsAndActions() throws IOException {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(3));
        long work = AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING);
        long item = agendas.addItem(meeting, work, AgendaServiceTest.item("Werkwijze toegang", 30));
        long soest = fixtures.personOf("teamleider.soest");
        minutes.start(meeting);
        minutes.recordAttendance(meeting, soest, true);
        String reference = minutes.decide(item, "Eén gespreksleidraad voor alle teams.");
        minutes.addFollowUp(
                meeting,
                item,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Leidraad rondsturen",
                        soest,
                        null,
                        null,
                        LocalDate.now(clock).plusDays(7)));

        String text = text(documents.minutesPdf(meeting, false, DUTCH));
        assertThat(text)
                .contains("Aanwezigheid", "Aanwezig:", reference, "Eén gespreksleidraad", "Actie: Leidraad rondsturen");
    }

    @Test
    void theDecisionListOpensAsASpreadsheetWithEveryDecision() throws IOException {
        long forum = fixtures.forumWith();
        long item = itemOfARunningMeeting(forum);
        String first = minutes.decide(item, "=HYPERLINK(\"http://x\",\"y\")");
        String second = minutes.decide(item, "Tweede besluit");

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.decisionsXlsx(forum, null, DUTCH)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nummer");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(second);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(first);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
        assertThat(new String(documents.decisionsCsv(forum, null, DUTCH), StandardCharsets.UTF_8))
                .contains("'=HYPERLINK");
    }

    @Test
    void theDecisionListOpensInLibreOffice() throws Exception {
        long forum = fixtures.forumWith();
        long item = itemOfARunningMeeting(forum);
        String reference = minutes.decide(item, "Alle teams gebruiken de regionale leidraad");

        List<String> lines = LibreOffice.firstSheetAsCsv("besluitenlijst", documents.decisionsXlsx(forum, null, DUTCH));
        assertThat(lines.getFirst()).startsWith("Nummer,Besluit");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(reference + ",Alle teams gebruiken de regionale leidraad");
    }

    /** An item on the agenda of a meeting of the forum that has just started (decisions can be recorded). */
    private long itemOfARunningMeeting(long forum) {
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        long item = agendas.addItem(
                meeting,
                AgendaServiceTest.section(agendas.agenda(meeting), SectionKind.WORK_MEETING),
                AgendaServiceTest.item("Punt", 10));
        minutes.start(meeting);
        return item;
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return all.toString();
    }
}
