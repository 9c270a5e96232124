package nl.regioportaal.forum;

import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Where the user stands in a forum or meeting, from the forum's own tables; the access policy then
 * decides what that standing may do. An adviser counts as a member; a guest only for the meeting
 * they are invited to.
 */
@Component
class ForumStandings {

    private final ForumMemberRepository members;
    private final MeetingGuestRepository guests;

    ForumStandings(ForumMemberRepository members, MeetingGuestRepository guests) {
        this.members = members;
        this.guests = guests;
    }

    ForumStanding inForum(PortalUser user, long forumId) {
        return members.findByForumIdAndPersonId(forumId, user.personId())
                .map(m -> switch (m.getRole()) {
                    case CHAIR -> ForumStanding.CHAIR;
                    case SECRETARY -> ForumStanding.SECRETARY;
                    case MEMBER, ADVISER -> ForumStanding.MEMBER;
                })
                .orElse(ForumStanding.NONE);
    }

    ForumStanding inMeeting(PortalUser user, Meeting meeting) {
        ForumStanding standing = inForum(user, meeting.getForum().getId());
        if (standing != ForumStanding.NONE) {
            return standing;
        }
        return guests.findByMeetingIdAndPersonId(meeting.getId(), user.personId())
                        .isPresent()
                ? ForumStanding.GUEST
                : ForumStanding.NONE;
    }
}
