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
 * to as a guest, their attendance answers and their proposals with the chair's answer.
 * <p>
 * <b>Erasure:</b> memberships, guest invitations and attendance answers are <b>deleted</b> (they
 * say nothing once the person is gone; the forum keeps its other members). Proposals are
 * <b>kept, anonymised</b>: an accepted one lives on as an agenda item of the forum, which belongs to
 * the forum's record, and the proposal holds only the person's id, which the region module turns
 * into an anonymous placeholder.
 */
@Component
class ForumPersonalData implements PersonalData {

    record MembershipData(String forum, String role) {}

    record GuestData(String forum, String meeting, String startsAt) {}

    record AnswerData(String meeting, String startsAt, String answer, String substitute) {}

    record ProposalData(String forum, String title, String status, String reason, Instant proposedAt) {}

    private final ForumMemberRepository members;
    private final MeetingGuestRepository guests;
    private final MeetingRsvpRepository answers;
    private final AgendaProposalRepository proposals;

    ForumPersonalData(
            ForumMemberRepository members,
            MeetingGuestRepository guests,
            MeetingRsvpRepository answers,
            AgendaProposalRepository proposals) {
        this.members = members;
        this.guests = guests;
        this.answers = answers;
        this.proposals = proposals;
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
        return data;
    }

    @Override
    @Transactional
    public void erase(long personId) {
        members.deleteAll(members.findByPersonId(personId));
        guests.deleteAll(guests.findByPersonId(personId));
        answers.deleteAll(answers.findByPersonId(personId));
    }
}
