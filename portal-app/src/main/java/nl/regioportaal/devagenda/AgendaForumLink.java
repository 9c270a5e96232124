package nl.regioportaal.devagenda;

import java.time.Clock;
import java.util.List;
import nl.regioportaal.forum.DecisionRecorded;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.ProposalService;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda and the forums: an owner proposes an initiative for a coming meeting through the
 * forum's own proposals (the chair decides, as with any proposal), the item's explanation links back
 * to the initiative, and the forum's decision on it lands on the initiative's timeline and reaches its
 * followers. The forum
 * knows nothing of the agenda: it only publishes {@link DecisionRecorded}.
 */
@Service
@Transactional
public class AgendaForumLink {

    private final Initiatives initiatives;
    private final ForumLinkRepository links;
    private final TimelineRepository timeline;
    private final AgendaNotices notices;
    private final ProposalService proposals;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgendaForumLink(
            Initiatives initiatives,
            ForumLinkRepository links,
            TimelineRepository timeline,
            AgendaNotices notices,
            ProposalService proposals,
            MeetingService meetings,
            CurrentUser currentUser,
            Clock clock) {
        this.initiatives = initiatives;
        this.links = links;
        this.timeline = timeline;
        this.notices = notices;
        this.proposals = proposals;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    static final int MEETINGS_OFFERED = 30;

    /** The coming meetings of the user's forums (the forum refuses a proposal where they are only a guest). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetingsToProposeTo() {
        // only meetings whose agenda is still open take proposals; the chair of many forums sees enough of them
        return meetings.myUpcoming(MEETINGS_OFFERED).stream()
                .filter(m -> m.status().agendaOpen())
                .toList();
    }

    /** Proposes the initiative for the meeting's agenda; the proposal goes to the forum's chair. */
    public long propose(long initiativeId, Long meetingId) {
        PortalUser user = currentUser.require();
        Initiative initiative = initiatives.owned(initiativeId);
        if (meetingId == null) {
            throw ValidationFailedException.of("meeting", "devagenda.error.meeting");
        }
        MeetingSummary meeting = meetings.meeting(meetingId);
        String explanation =
                "<p>Initiatief uit de ontwikkelagenda (" + initiative.getTheme().getTitle() + "): <a href=\"/"
                        + AgendaNotices.link(initiative) + "\">" + escape(initiative.getTitle()) + "</a></p>";
        long proposalId = proposals.propose(meeting.forumId(), meetingId, initiative.getTitle(), explanation, 15);
        links.save(new ForumLink(initiative, proposalId, meeting.forumId(), meetingId));
        timeline.save(new TimelineEntry(initiative, TimelineKind.PROPOSED, meeting.title(), clock.instant())
                .by(user.personId(), user.displayName())
                .referring(meeting.forumName()));
        initiative.touched(clock.instant());
        return proposalId;
    }

    /**
     * The forum decided on an item that came from one of our proposals: it goes onto the timeline,
     * and the initiative's followers are told.
     */
    @ApplicationModuleListener
    void on(DecisionRecorded decision) {
        if (decision.proposalId() == null) {
            return;
        }
        links.findByProposalId(decision.proposalId()).ifPresent(link -> {
            Initiative initiative = link.getInitiative();
            timeline.save(new TimelineEntry(initiative, TimelineKind.DECISION, decision.text(), clock.instant())
                    .referring(decision.reference()));
            initiative.touched(clock.instant());
            // the forum's event arrives without anyone logged in; the notices are the system's
            SystemAuthentication.run(() -> notices.decisionRecorded(initiative, decision));
        });
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
