package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.Agenda;
import nl.regioportaal.forum.ForumModel.Destination;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AgendaServiceTest extends ServiceTest {

    @Autowired
    AgendaService agendas;

    @Autowired
    MeetingService meetings;

    @Autowired
    ForumFixtures fixtures;

    @Test
    void aNewMeetingHasEverySectionAndTheStandingItemsInItsOpening() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));

        Agenda agenda = agendas.agenda(meeting);
        assertThat(agenda.sections()).extracting(SectionView::kind).containsExactly(SectionKind.values());
        assertThat(agenda.sections().getFirst().items())
                .extracting(ItemView::standing)
                .containsExactly(StandingItem.PREVIOUS_MINUTES, StandingItem.ACTION_LIST);
        assertThat(agenda.items())
                .extracting(ItemView::startsAt)
                .containsExactly(LocalTime.of(14, 0), LocalTime.of(14, 5));
        assertThat(agenda.overTime()).isFalse();
    }

    @Test
    void itemsInThreeSectionsGetTheirStartTimesAndRunningOverTimeIsFlagged() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        Agenda agenda = agendas.agenda(meeting);
        long work = section(agenda, SectionKind.WORK_MEETING);
        long partners = section(agenda, SectionKind.PARTNER_DIALOGUE);
        long other = section(agenda, SectionKind.OTHER_BUSINESS);

        long a = agendas.addItem(meeting, work, item("Werkwijze toegang", 30));
        long b = agendas.addItem(meeting, work, item("Inkoop 2031", 20));
        long c = agendas.addItem(meeting, partners, item("Dialoog met Lumens", 45));
        long d = agendas.addItem(meeting, other, item("Rondvraag", 10));

        Agenda built = agendas.agenda(meeting);
        assertThat(built.items()).extracting(ItemView::id).endsWith(a, b, c, d);
        assertThat(startOf(built, a)).isEqualTo(LocalTime.of(14, 15));
        assertThat(startOf(built, b)).isEqualTo(LocalTime.of(14, 45));
        assertThat(startOf(built, c)).isEqualTo(LocalTime.of(15, 5));
        assertThat(startOf(built, d)).isEqualTo(LocalTime.of(15, 50));
        assertThat(built.plannedEnd()).isEqualTo(LocalTime.of(16, 0));
        assertThat(built.overTime()).isFalse();

        agendas.addItem(meeting, other, item("Nog een punt", 5));
        assertThat(agendas.agenda(meeting).overTime()).isTrue();
    }

    @Test
    void itemsAreReorderedWithinAndAcrossSectionsAlsoOneStepAtATime() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        Agenda agenda = agendas.agenda(meeting);
        long work = section(agenda, SectionKind.WORK_MEETING);
        long partners = section(agenda, SectionKind.PARTNER_DIALOGUE);
        long a = agendas.addItem(meeting, work, item("A", 10));
        long b = agendas.addItem(meeting, work, item("B", 10));
        long c = agendas.addItem(meeting, partners, item("C", 10));

        agendas.moveItem(b, work, 0); // drag and drop within the section
        assertThat(ids(agendas.agenda(meeting), work)).containsExactly(b, a);

        agendas.moveItem(c, work, 1); // across sections
        assertThat(ids(agendas.agenda(meeting), work)).containsExactly(b, c, a);
        assertThat(ids(agendas.agenda(meeting), partners)).isEmpty();

        agendas.moveDown(a); // the last of its section goes to the start of the next one
        assertThat(ids(agendas.agenda(meeting), work)).containsExactly(b, c);
        assertThat(ids(agendas.agenda(meeting), partners)).containsExactly(a);
        agendas.moveUp(a);
        agendas.moveUp(a);
        assertThat(ids(agendas.agenda(meeting), work)).containsExactly(b, a, c);
        assertThat(startOf(agendas.agenda(meeting), a)).isEqualTo(LocalTime.of(14, 25));
    }

    @Test
    void aGuestSeesOnlyTheOpenItemsOfTheirSectionWithTheRealTimes() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        Agenda agenda = agendas.agenda(meeting);
        long work = section(agenda, SectionKind.WORK_MEETING);
        long partners = section(agenda, SectionKind.PARTNER_DIALOGUE);
        long secret = agendas.addItem(
                meeting, work, new ItemDraft("Personele zaak", null, null, 20, ItemKind.DISCUSSION, true));
        long open = agendas.addItem(meeting, partners, item("Dialoog met Lumens", 30));
        long hidden = agendas.addItem(
                meeting, partners, new ItemDraft("Contractgesprek", null, null, 15, ItemKind.DISCUSSION, true));
        meetings.inviteGuest(meeting, fixtures.personOf("aanbieder"), partners);

        users.login("aanbieder");
        assertThatThrownBy(() -> agendas.agenda(meeting))
                .as("a draft agenda is not yet for guests")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.myUpcoming(10)).extracting(MeetingSummary::id).doesNotContain(meeting);

        users.login("procesbegeleider");
        meetings.publish(meeting);
        users.login("aanbieder");
        assertThat(meetings.myUpcoming(10)).extracting(MeetingSummary::id).contains(meeting);
        Agenda seen = agendas.agenda(meeting);
        assertThat(seen.sections()).extracting(SectionView::kind).containsExactly(SectionKind.PARTNER_DIALOGUE);
        assertThat(seen.items()).extracting(ItemView::id).containsExactly(open);
        assertThat(startOf(seen, open)).isEqualTo(LocalTime.of(14, 35));

        users.login("teamleider.soest");
        assertThat(agendas.agenda(meeting).items()).extracting(ItemView::id).contains(secret, open, hidden);

        users.login("wijkcoach.baarn");
        assertThatThrownBy(() -> agendas.agenda(meeting)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSecondEditOfTheSameItemGetsAConflictAndTheFirstIsKept() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long work = section(agendas.agenda(meeting), SectionKind.WORK_MEETING);
        long id = agendas.addItem(meeting, work, item("Werkwijze", 30));
        long version = itemOf(agendas.agenda(meeting), id).version();

        agendas.editItem(id, version, item("Werkwijze toegang", 25));
        assertThatThrownBy(() -> agendas.editItem(id, version, item("Iets anders", 10)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(itemOf(agendas.agenda(meeting), id).title()).isEqualTo("Werkwijze toegang");
    }

    @Test
    void badInputIsRefusedAndScriptIsCleaned() {
        long forum = fixtures.forumWith();
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long work = section(agendas.agenda(meeting), SectionKind.WORK_MEETING);
        int before = agendas.agenda(meeting).items().size();

        assertThatThrownBy(() -> agendas.addItem(meeting, work, item("", -5)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("title", "forum.error.item-title")
                        .containsEntry("durationMinutes", "forum.error.item-duration"));
        assertThatThrownBy(() -> agendas.addItem(meeting, work, item("Casus BSN 111222333", 10)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("title", "forum.error.privacy"));
        assertThat(agendas.agenda(meeting).items()).hasSize(before);

        long id = agendas.addItem(
                meeting,
                work,
                new ItemDraft(
                        "Toelichting",
                        "<p>Zie <b>bijlage</b></p><script>alert(1)</script>",
                        null,
                        10,
                        ItemKind.INFORMATION,
                        false));
        String explanation = itemOf(agendas.agenda(meeting), id).explanation();
        assertThat(explanation)
                .contains("<b>bijlage</b>")
                .doesNotContain("script")
                .doesNotContain("alert");
    }

    @Test
    void anItemNotReachedIsMovedOrDuplicatedToTheNextMeetingOrTheBacklog() {
        long forum = fixtures.forumWith();
        long first = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long next = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 30, 14, 0));
        long work = section(agendas.agenda(first), SectionKind.WORK_MEETING);
        long moved = agendas.addItem(first, work, item("Niet bereikt", 20));
        long duplicated = agendas.addItem(first, work, item("Half besproken", 20));
        long parked = agendas.addItem(first, work, item("Later", 10));

        long movedCopy = agendas.carryOver(moved, CarryOver.MOVED, Destination.NEXT_MEETING);
        long duplicatedCopy = agendas.carryOver(duplicated, CarryOver.DUPLICATED, Destination.NEXT_MEETING);
        long parkedCopy = agendas.carryOver(parked, CarryOver.MOVED, Destination.BACKLOG);

        Agenda nextAgenda = agendas.agenda(next);
        long nextWork = section(nextAgenda, SectionKind.WORK_MEETING);
        assertThat(ids(nextAgenda, nextWork)).containsExactly(movedCopy, duplicatedCopy);
        assertThat(itemOf(nextAgenda, movedCopy).carriedFromId()).isEqualTo(moved);
        assertThat(agendas.backlog(forum)).extracting(ItemView::id).containsExactly(parkedCopy);
        assertThat(agendas.backlog(forum).getFirst().carriedFromId()).isEqualTo(parked);
        // both stay in the first meeting's record, each with what became of it
        assertThat(agendas.agenda(first).items()).extracting(ItemView::id).contains(moved, duplicated, parked);
        assertThatThrownBy(() -> agendas.carryOver(moved, CarryOver.DUPLICATED, Destination.NEXT_MEETING))
                .isInstanceOf(ValidationFailedException.class);

        agendas.moveItem(parkedCopy, nextWork, 0); // planned from the backlog
        assertThat(ids(agendas.agenda(next), nextWork)).containsExactly(parkedCopy, movedCopy, duplicatedCopy);
        assertThat(agendas.backlog(forum)).isEmpty();
    }

    @Test
    void onlyTheChairBuildsTheAgenda() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 5, 2, 14, 0));
        long work = section(agendas.agenda(meeting), SectionKind.WORK_MEETING);
        users.login("teamleider.soest");
        assertThatThrownBy(() -> agendas.addItem(meeting, work, item("Eigen punt", 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    static ItemDraft item(String title, int minutes) {
        return new ItemDraft(title, null, null, minutes, ItemKind.DISCUSSION, false);
    }

    static long section(Agenda agenda, SectionKind kind) {
        return agenda.sections().stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static List<Long> ids(Agenda agenda, long sectionId) {
        return agenda.sections().stream()
                .filter(s -> s.id() == sectionId)
                .flatMap(s -> s.items().stream())
                .map(ItemView::id)
                .toList();
    }

    private static ItemView itemOf(Agenda agenda, long id) {
        return agenda.items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private static LocalTime startOf(Agenda agenda, long id) {
        return itemOf(agenda, id).startsAt();
    }
}
