package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class FollowUpServiceTest extends ServiceTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    MinutesService minutes;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Clock clock;

    @Test
    void openActionsFollowToTheNextAgendaOverdueFirstAndTheOwnerClosesThem() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long soest = fixtures.personOf("teamleider.soest");
        long held = fixtures.meeting(forum, LocalDateTime.now(clock).minusDays(20));
        long next = fixtures.meeting(forum, LocalDateTime.now(clock).plusDays(8));
        minutes.start(held);
        long late = minutes.addFollowUp(
                held,
                null,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Notitie schrijven",
                        soest,
                        null,
                        null,
                        LocalDate.now(clock).minusDays(3)));
        long onTime = minutes.addFollowUp(
                held,
                null,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Evaluatie",
                        null,
                        "Lumens",
                        null,
                        LocalDate.now(clock).plusDays(20)));

        assertThat(followUps.forAgenda(next))
                .extracting(FollowUpView::id, FollowUpView::overdue)
                .containsExactly(tuple(late, true), tuple(onTime, false));
        assertThat(followUps.ofForum(forum, new FollowUpService.Filter(null, FollowUpStatus.OPEN, true)))
                .extracting(FollowUpView::id)
                .containsExactly(late);
        assertThat(followUps.ofForum(forum, new FollowUpService.Filter(soest, null, false)))
                .extracting(FollowUpView::id)
                .containsExactly(late);

        users.login("teamleider.soest");
        assertThat(followUps.mine()).extracting(FollowUpView::id).contains(late).doesNotContain(onTime);
        assertThatThrownBy(() -> followUps.close(late, FollowUpStatus.NOT_DONE, " "))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> followUps.close(onTime, FollowUpStatus.DONE, null))
                .isInstanceOf(AccessDeniedException.class);
        followUps.close(late, FollowUpStatus.DONE, "Rondgestuurd");
        assertThat(followUps.mine()).extracting(FollowUpView::id).doesNotContain(late);
        assertThat(followUps.forAgenda(next)).extracting(FollowUpView::id).containsExactly(onTime);
    }

    @Test
    void aClosingNoteWithClientDataIsRefusedAndTheActionStaysOpen() {
        long action = openActionOfSoest("Casus navragen");

        users.login("teamleider.soest");
        assertThatThrownBy(() -> followUps.close(action, FollowUpStatus.NOT_DONE, "Cliënt met BSN 111222333 verhuisd"))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("note", "forum.error.privacy"));
        assertThat(followUps.mine())
                .filteredOn(f -> f.id() == action)
                .extracting(FollowUpView::status)
                .containsExactly(FollowUpStatus.OPEN);
        followUps.close(action, FollowUpStatus.NOT_DONE, "Niet meer nodig");
        assertThat(followUps.mine()).extracting(FollowUpView::id).doesNotContain(action);
    }

    @Test
    void aClosingNoteLongerThanTheFieldIsRefusedThere() {
        long action = openActionOfSoest("Rooster maken");

        users.login("teamleider.soest");
        assertThatThrownBy(() -> followUps.close(action, FollowUpStatus.DONE, "Klaar en gedeeld. ".repeat(60)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("note", "forum.error.follow-up-note-too-long"));
        assertThat(followUps.mine())
                .filteredOn(f -> f.id() == action)
                .extracting(FollowUpView::status)
                .containsExactly(FollowUpStatus.OPEN);
    }

    /** An open action for teamleider.soest, due in three days, from a meeting held two days ago. */
    private long openActionOfSoest(String description) {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long held = fixtures.meeting(forum, LocalDateTime.now(clock).minusDays(2));
        minutes.start(held);
        return minutes.addFollowUp(
                held,
                null,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        description,
                        fixtures.personOf("teamleider.soest"),
                        null,
                        null,
                        LocalDate.now(clock).plusDays(3)));
    }

    @Test
    void theOverdueListAcrossForumsIsForTheSystemJobOnly() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY);
        long soest = fixtures.personOf("teamleider.soest");
        long held = fixtures.meeting(forum, LocalDateTime.now(clock).minusDays(10));
        minutes.start(held);
        long late = minutes.addFollowUp(
                held,
                null,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Verslag sturen",
                        soest,
                        null,
                        null,
                        LocalDate.now(clock).minusDays(2)));

        users.login("teamleider.soest"); // the forum's secretary, but not region-wide
        assertThatThrownBy(() -> followUps.overdueByOwner(List.of(forum))).isInstanceOf(AccessDeniedException.class);
        Map<Long, List<FollowUpView>> byOwner =
                SystemAuthentication.call(() -> followUps.overdueByOwner(List.of(forum)));
        assertThat(byOwner.get(soest)).extracting(FollowUpView::id).containsExactly(late);
    }
}
