package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
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

    private String titleOf(long meetingId) {
        users.login("procesbegeleider");
        return meetings.meeting(meetingId).title();
    }

    private String forumName(long forumId) {
        users.login("procesbegeleider");
        return forums.forum(forumId).name();
    }
}
