package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumScheduleTest extends ServiceTest {

    @Autowired
    ForumSchedule schedule;

    @Autowired
    ForumService forums;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    ProposalService proposals;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    Clock clock;

    @Test
    void anAgendaGoesOutByItselfOnceItsDayHasComeAndNotBefore() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        forums.setAutoPublishDays(forum, 7);
        LocalDateTime at = LocalDate.now(clock).atTime(14, 0);
        long due = fixtures.meeting(forum, at.plusDays(5));
        long later = fixtures.meeting(forum, at.plusDays(10));

        SystemAuthentication.run(schedule::publishDue);

        users.login("procesbegeleider");
        assertThat(meetings.meeting(due).status()).isEqualTo(MeetingStatus.PUBLISHED);
        assertThat(meetings.meeting(later).status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(noticesOf(fixtures.personOf("teamleider.soest"), "forum.agenda-published"))
                .anySatisfy(n -> assertThat(n.link()).isEqualTo("overleg/vergadering/" + due));
    }

    @Test
    void theChairHearsTheDayBeforeThatProposalsWait() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long tomorrow = fixtures.meeting(forum, LocalDate.now(clock).plusDays(1).atTime(14, 0));
        users.login("teamleider.soest");
        proposals.propose(forum, tomorrow, "Nog een punt", null, 10);

        SystemAuthentication.run(schedule::remindChairs);

        assertThat(noticesOf(fixtures.personOf("procesbegeleider"), "forum.proposals-waiting"))
                .anySatisfy(n -> assertThat(n.link()).isEqualTo("overleg/vergadering/" + tomorrow));
    }

    @Test
    void ownersOfOverdueActionsGetThemListed() {
        long forum = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);
        long soest = fixtures.personOf("teamleider.soest");
        long held = fixtures.meeting(forum, LocalDateTime.now(clock).minusDays(14));
        minutes.start(held);
        minutes.addFollowUp(
                held,
                null,
                new FollowUpDraft(
                        FollowUpKind.ACTION,
                        "Rapportage aanleveren " + ForumFixtures.uniqueCode(),
                        soest,
                        null,
                        null,
                        LocalDate.now(clock).minusDays(2)));

        SystemAuthentication.run(schedule::sendOverdueActions);

        assertThat(noticesOf(soest, "forum.actions-overdue"))
                .anySatisfy(n -> assertThat(n.body()).contains("Rapportage aanleveren"));
    }

    private List<Notice> noticesOf(long personId, String kind) {
        return SystemAuthentication.call(() -> inFlight.noticesOf(personId, kind));
    }
}
