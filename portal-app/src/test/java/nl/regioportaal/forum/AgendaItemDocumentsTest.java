package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.AgendaItemDocuments.DocumentView;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AgendaItemDocumentsTest extends ServiceTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaItemDocuments documents;

    @Autowired
    MinutesService minutes;

    @Autowired
    Clock clock;

    @Test
    void theChairAttachesADocumentAndTooLargeOrDisguisedFilesAreRefusedWithoutASave() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long item = item(meeting, SectionKind.WORK_MEETING, false);

        long id = documents.attach(item, "C:\\stukken\\notitie.pdf", new ByteArrayInputStream(PDF));
        assertThat(documents.ofMeeting(meeting).get(item))
                .extracting(DocumentView::id, DocumentView::fileName)
                .containsExactly(tuple(id, "notitie.pdf"));
        assertThat(documents.download(id).content()).isEqualTo(PDF);
        assertThat(documents.download(id).contentType()).isEqualTo("application/pdf");

        byte[] big = Arrays.copyOf(PDF, AgendaItemDocuments.MAX_BYTES + 1);
        assertRefused(
                () -> documents.attach(item, "groot.pdf", new ByteArrayInputStream(big)),
                "forum.error.document-too-big");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertRefused(
                () -> documents.attach(item, "agenda.pdf", new ByteArrayInputStream(program)),
                "forum.error.document-type");
        assertRefused(
                () -> documents.attach(item, "script.html", new ByteArrayInputStream("<script>".getBytes())),
                "forum.error.document-type");
        assertThat(documents.ofMeeting(meeting).get(item)).hasSize(1);

        users.login("teamleider.soest");
        assertThatThrownBy(() -> documents.attach(item, "lid.pdf", new ByteArrayInputStream(PDF)))
                .as("only the chair adds documents")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.download(id).content()).isEqualTo(PDF);
    }

    @Test
    void aGuestGetsOnlyTheDocumentsOfOpenItemsInTheirPartAndOutsidersNone() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long open = item(meeting, SectionKind.PARTNER_DIALOGUE, false);
        long secret = item(meeting, SectionKind.PARTNER_DIALOGUE, true);
        long otherPart = item(meeting, SectionKind.WORK_MEETING, false);
        long openDoc = documents.attach(open, "wachttijden.pdf", new ByteArrayInputStream(PDF));
        long secretDoc = documents.attach(secret, "contract.pdf", new ByteArrayInputStream(PDF));
        long otherDoc = documents.attach(otherPart, "intern.pdf", new ByteArrayInputStream(PDF));
        long partners = fixtures.section(meeting, SectionKind.PARTNER_DIALOGUE);
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), partners);
        meetings.publish(meeting);

        users.login("aanbieder");
        assertThat(documents.ofMeeting(meeting)).containsOnlyKeys(open);
        assertThat(documents.download(openDoc).fileName()).isEqualTo("wachttijden.pdf");
        assertThatThrownBy(() -> documents.download(secretDoc)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.download(otherDoc)).isInstanceOf(AccessDeniedException.class);

        users.login("wijkcoach.baarn");
        assertThat(documents.ofMeeting(meeting)).isEmpty();
        assertThatThrownBy(() -> documents.download(openDoc)).isInstanceOf(AccessDeniedException.class);

        users.login("teamleider.soest");
        assertThat(documents.ofMeeting(meeting)).containsOnlyKeys(open, secret, otherPart);
    }

    private long item(long meeting, SectionKind kind, boolean confidential) {
        long section = fixtures.section(meeting, kind);
        return agendas.addItem(
                meeting,
                section,
                new ItemDraft("Punt " + ForumFixtures.uniqueCode(), null, null, 10, ItemKind.DISCUSSION, confidential));
    }

    @Test
    void documentsOfAMeetingThatStartedStayAsTheChairCannotRemoveThem() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(1));
        long item = item(meeting, SectionKind.WORK_MEETING, false);
        long id = documents.attach(item, "notitie.pdf", new ByteArrayInputStream(PDF));
        minutes.start(meeting);

        assertRefused(() -> documents.remove(id), "forum.error.meeting-not-open");
        assertThat(documents.ofMeeting(meeting).get(item))
                .extracting(DocumentView::id)
                .containsExactly(id);
    }

    private static void assertRefused(Runnable attach, String key) {
        assertThatThrownBy(attach::run)
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("document", key));
    }
}
