package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.forum.ForumModel.Minutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForumPersonalDataTest extends ServiceTest {

    @Autowired
    ForumPersonalData personalData;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    ForumService forums;

    @Autowired
    MinutesService minutes;

    @Autowired
    MinutesQueries minutesQueries;

    @Autowired
    FollowUpService followUps;

    @Autowired
    Clock clock;

    @Test
    void exportNamesMembershipsGuestInvitationsAndAnswersAndErasureRemovesThem() {
        long forum = fixtures.forumWith("wijkcoach.baarn", ForumRole.SECRETARY);
        long meeting = fixtures.meeting(forum, LocalDateTime.of(2030, 6, 6, 14, 0));
        long other = fixtures.forumWith();
        long guestMeeting = fixtures.meeting(other, LocalDateTime.of(2030, 6, 13, 14, 0));
        long person = fixtures.personOf("wijkcoach.baarn");
        meetings.inviteGuest(guestMeeting, person, null);
        users.login("wijkcoach.baarn");
        meetings.answer(meeting, RsvpAnswer.ATTEND, null);

        @SuppressWarnings("unchecked")
        Map<String, List<Object>> exported = (Map<String, List<Object>>) personalData.export(person);
        String forumName = forumName(forum);
        assertThat(exported.get("memberships")).contains(new ForumPersonalData.MembershipData(forumName, "SECRETARY"));
        String guestTitle = titleOf(guestMeeting);
        assertThat(exported.get("guestInvitations"))
                .anySatisfy(g ->
                        assertThat(((ForumPersonalData.GuestData) g).meeting()).isEqualTo(guestTitle));
        String answered = titleOf(meeting);
        assertThat(exported.get("attendanceAnswers"))
                .anySatisfy(a ->
                        assertThat(((ForumPersonalData.AnswerData) a).meeting()).isEqualTo(answered));

        personalData.erase(person);
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> after = (Map<String, List<Object>>) personalData.export(person);
        assertThat(after.get("memberships")).isEmpty();
        assertThat(after.get("guestInvitations")).isEmpty();
        assertThat(after.get("attendanceAnswers")).isEmpty();
    }

    @Test
    void exportNamesPresenceReviewCommentsAndOwnedActionsAndErasureKeepsTheMinutesWhole() {
        // someone without a demo account: the erasure below leaves no other test class short of a member
        long person = fixtures.outsider(140);
        long forum = fixtures.forumWith();
        fixtures.addMember(forum, person, ForumRole.MEMBER);
        long meeting = fixtures.meeting(forum, LocalDateTime.now(clock).minusHours(3));
        minutes.start(meeting); // the chair records
        minutes.recordAttendance(meeting, person, true);
        long action = minutes.addFollowUp(
                meeting,
                null,
                new FollowUpDraft(
                        FollowUpKind.COMMITMENT,
                        "Werkinstructie delen",
                        person,
                        null,
                        "Lumens",
                        LocalDate.now(clock).plusDays(7)));
        minutes.close(meeting);
        minutes.openReview(meeting, LocalDate.now(clock).plusDays(5));
        fixtures.loginAsOutsider(person);
        minutes.comment(meeting, null, "Graag mijn naam bij de actie zetten.", true);
        followUps.close(action, FollowUpStatus.DONE, "Gedeeld in het teamoverleg");

        @SuppressWarnings("unchecked")
        Map<String, List<Object>> exported = (Map<String, List<Object>>) personalData.export(person);
        String title = titleOf(meeting);
        String forumName = forumName(forum);
        assertThat(exported.get("presence"))
                .filteredOn(p -> ((ForumPersonalData.PresenceData) p).meeting().equals(title))
                .singleElement()
                .satisfies(p ->
                        assertThat(((ForumPersonalData.PresenceData) p).forum()).isEqualTo(forumName))
                .satisfies(p -> assertThat(((ForumPersonalData.PresenceData) p).present())
                        .isTrue());
        assertThat(exported.get("minutesComments"))
                .filteredOn(c -> ((ForumPersonalData.CommentData) c).meeting().equals(title))
                .singleElement()
                .satisfies(c -> {
                    ForumPersonalData.CommentData comment = (ForumPersonalData.CommentData) c;
                    assertThat(comment.text()).isEqualTo("Graag mijn naam bij de actie zetten.");
                    assertThat(comment.amendment()).isTrue();
                    assertThat(comment.status()).isEqualTo("PROPOSED");
                });
        assertThat(exported.get("actions"))
                .filteredOn(a -> ((ForumPersonalData.FollowUpData) a).meeting().equals(title))
                .singleElement()
                .satisfies(a -> {
                    ForumPersonalData.FollowUpData owned = (ForumPersonalData.FollowUpData) a;
                    assertThat(owned.kind()).isEqualTo("COMMITMENT");
                    assertThat(owned.description()).isEqualTo("Werkinstructie delen");
                    assertThat(owned.toWhom()).isEqualTo("Lumens");
                    assertThat(owned.status()).isEqualTo("DONE");
                    assertThat(owned.note()).isEqualTo("Gedeeld in het teamoverleg");
                });

        personalData.erase(person);
        assertThat((List<?>) ((Map<?, ?>) personalData.export(person)).get("memberships"))
                .isEmpty();
        users.login("procesbegeleider");
        Minutes record = minutesQueries.minutes(meeting);
        assertThat(record.present()).as("the attendance list of the minutes").hasSize(1);
        assertThat(record.comments()).hasSize(1);
        assertThat(followUps.ofForum(forum, new FollowUpService.Filter(null, null, false)))
                .singleElement()
                .satisfies(f -> assertThat(f.id()).isEqualTo(action))
                .satisfies(f -> assertThat(f.ownerPersonId()).isEqualTo(person));
    }

    private String titleOf(long meetingId) {
        users.login("procesbegeleider");
        return meetings.meeting(meetingId).title();
    }

    private String forumName(long forumId) {
        users.login("procesbegeleider");
        return forums.forum(forumId).name();
    }
}
