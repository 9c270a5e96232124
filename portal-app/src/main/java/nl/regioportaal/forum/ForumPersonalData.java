package nl.regioportaal.forum;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's share of a person's data (AVG). {@code region.PersonalDataService} checks who may
 * ask; this class does no checks of its own.
 * <p>
 * <b>Export:</b> the forums the person belongs to and in which role, the meetings they are invited
 * to as a guest, their attendance answers, their proposals with the chair's answer, whether they
 * were present at meetings as the minutes record it, their review comments and amendments with the
 * chair's answer, and the actions and commitments they own with their closing note.
 * <p>
 * <b>Erasure:</b> memberships, guest invitations and attendance answers are <b>deleted</b> (they
 * say nothing once the person is gone; the forum keeps its other members). Proposals, recorded
 * presence, review comments and owned actions are <b>kept, anonymised</b>: they belong to the
 * forum's record (an accepted proposal lives on as an agenda item; the minutes, once approved, are
 * final and must keep their attendance list, the amendments they took in and the action list), and
 * each holds only the person's id, which the region module turns into an anonymous placeholder.
 */
@Component
class ForumPersonalData implements PersonalData {

    record MembershipData(String forum, String role) {}

    record GuestData(String forum, String meeting, String startsAt) {}

    record AnswerData(String meeting, String startsAt, String answer, String substitute) {}

    record ProposalData(String forum, String title, String status, String reason, Instant proposedAt) {}

    record PresenceData(String forum, String meeting, String startsAt, boolean present) {}

    record CommentData(
            String forum, String meeting, String text, boolean amendment, String status, Instant writtenAt) {}

    record FollowUpData(
            String forum,
            String meeting,
            String kind,
            String description,
            String toWhom,
            String due,
            String status,
            String note) {}

    private final ForumMemberRepository members;
    private final MeetingGuestRepository guests;
    private final MeetingRsvpRepository answers;
    private final AgendaProposalRepository proposals;
    private final MeetingAttendanceRepository attendance;
    private final MinutesCommentRepository comments;
    private final FollowUpRepository followUps;

    ForumPersonalData(
            ForumMemberRepository members,
            MeetingGuestRepository guests,
            MeetingRsvpRepository answers,
            AgendaProposalRepository proposals,
            MeetingAttendanceRepository attendance,
            MinutesCommentRepository comments,
            FollowUpRepository followUps) {
        this.members = members;
        this.guests = guests;
        this.answers = answers;
        this.proposals = proposals;
        this.attendance = attendance;
        this.comments = comments;
        this.followUps = followUps;
    }

    @Override
    public String section() {
        return "forum";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "memberships",
                members.findByPersonId(personId).stream()
                        .map(m -> new MembershipData(
                                m.getForum().getName(), m.getRole().name()))
                        .toList());
        data.put(
                "guestInvitations",
                guests.findByPersonId(personId).stream()
                        .map(g -> new GuestData(
                                g.getMeeting().getForum().getName(),
                                g.getMeeting().getTitle(),
                                g.getMeeting().getStartsAt().toString()))
                        .toList());
        data.put(
                "attendanceAnswers",
                answers.findByPersonId(personId).stream()
                        .map(a -> new AnswerData(
                                a.getMeeting().getTitle(),
                                a.getMeeting().getStartsAt().toString(),
                                a.getAnswer().name(),
                                a.getSubstitute()))
                        .toList());
        List<ProposalData> mine = proposals.findByProposerPersonIdOrderByProposedAtDesc(personId).stream()
                .map(p -> new ProposalData(
                        p.getForum().getName(), p.getTitle(), p.getStatus().name(), p.getReason(), p.getProposedAt()))
                .toList();
        data.put("proposals", mine);
        data.put(
                "presence",
                attendance.findByPersonId(personId).stream()
                        .map(a -> new PresenceData(
                                a.getMeeting().getForum().getName(),
                                a.getMeeting().getTitle(),
                                a.getMeeting().getStartsAt().toString(),
                                a.isPresent()))
                        .toList());
        data.put(
                "minutesComments",
                comments.findByPersonIdOrderByCreatedAtAsc(personId).stream()
                        .map(c -> new CommentData(
                                c.getMeeting().getForum().getName(),
                                c.getMeeting().getTitle(),
                                c.getText(),
                                c.isAmendment(),
                                c.getStatus().name(),
                                c.getCreatedAt()))
                        .toList());
        data.put(
                "actions",
                followUps.findByOwnerPersonIdOrderByDueAsc(personId).stream()
                        .map(f -> new FollowUpData(
                                f.getForum().getName(),
                                f.getMeeting().getTitle(),
                                f.getKind().name(),
                                f.getDescription(),
                                f.getToWhom(),
                                f.getDue().toString(),
                                f.getStatus().name(),
                                f.getStatusNote()))
                        .toList());
        return data;
    }

    @Override
    @Transactional
    public void erase(long personId) {
        members.deleteAll(members.findByPersonId(personId));
        guests.deleteAll(guests.findByPersonId(personId));
        answers.deleteAll(answers.findByPersonId(personId));
        // proposals, presence, comments and owned actions stay as the forum's record (see above)
    }
}
