package nl.regioportaal.forum;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ProposalView;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members propose items; the chair accepts one into a section of the meeting, defers it to the
 * backlog, or declines it with a reason — the proposer is told each time. The chair can also forward
 * an item to another forum's next meeting (team leaders → managers), linked both ways.
 */
@Service
@Transactional
public class ProposalService {

    private final ForumRepository forums;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaProposalRepository proposals;
    private final ForumMemberRepository members;
    private final AgendaService agenda;
    private final ForumStandings standings;
    private final ForumNotices notices;
    private final RegionDirectory directory;
    private final PrivacyGuard privacy;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    ProposalService(
            ForumRepository forums,
            MeetingRepository meetings,
            AgendaItemRepository items,
            AgendaProposalRepository proposals,
            ForumMemberRepository members,
            AgendaService agenda,
            ForumStandings standings,
            ForumNotices notices,
            RegionDirectory directory,
            PrivacyGuard privacy,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.forums = forums;
        this.meetings = meetings;
        this.items = items;
        this.proposals = proposals;
        this.members = members;
        this.agenda = agenda;
        this.standings = standings;
        this.notices = notices;
        this.directory = directory;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** A member proposes an item for an upcoming meeting of the forum (or for no meeting in particular). */
    public long propose(long forumId, Long meetingId, String title, String explanation, int durationMinutes) {
        PortalUser user = currentUser.require();
        access.require(access.mayProposeInForum(user, standings.inForum(user, forumId)), "not a member of this forum");
        Meeting meeting = null;
        if (meetingId != null) {
            meeting = meetings.findById(meetingId)
                    .filter(m ->
                            m.getForum().getId() == forumId && m.getStatus().agendaOpen())
                    .orElseThrow(() -> ValidationFailedException.of("meeting", "forum.error.meeting-not-open"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            errors.put("title", "forum.error.item-title");
        } else if (!privacy.maySave(title)) {
            errors.put("title", "forum.error.privacy");
        }
        if (explanation != null && !privacy.maySave(RichText.plainText(explanation))) {
            errors.put("explanation", "forum.error.privacy");
        }
        if (durationMinutes < 0 || durationMinutes > 480) {
            errors.put("durationMinutes", "forum.error.item-duration");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        AgendaProposal proposal = new AgendaProposal(
                forums.findById(forumId).orElseThrow(),
                meeting,
                user.personId(),
                title.strip(),
                durationMinutes,
                clock.instant());
        proposal.setExplanation(explanation == null ? null : RichText.sanitize(explanation));
        return proposals.save(proposal).getId();
    }

    /** Proposals waiting for the chair's answer. */
    @Transactional(readOnly = true)
    public List<ProposalView> waiting(long forumId) {
        requireChair(forumId);
        return views(proposals.findByForumIdAndStatusOrderByProposedAtAsc(forumId, ProposalStatus.PENDING));
    }

    /** Proposals waiting in the forums the user chairs (for the chair's Start card). */
    @Transactional(readOnly = true)
    public List<ProposalView> waitingForMyAnswer() {
        PortalUser user = currentUser.require();
        return views(
                members.findByPersonId(user.personId()).stream()
                        .filter(m -> m.getRole() == ForumRole.CHAIR)
                        .flatMap(m -> proposals
                                .findByForumIdAndStatusOrderByProposedAtAsc(
                                        m.getForum().getId(), ProposalStatus.PENDING)
                                .stream())
                        .toList());
    }

    /** The user's own proposals, newest first, with the chair's answer. */
    @Transactional(readOnly = true)
    public List<ProposalView> mine() {
        return views(proposals.findByProposerPersonIdOrderByProposedAtDesc(
                currentUser.require().personId()));
    }

    /** Accepts the proposal into a section of the meeting's agenda. */
    public long accept(long proposalId, long meetingId, long sectionId) {
        AgendaProposal proposal = pending(proposalId);
        if (proposal.getMeeting() != null && proposal.getMeeting().getId() != meetingId) {
            throw ValidationFailedException.of("meeting", "forum.error.other-meeting");
        }
        long itemId = agenda.addItem(meetingId, sectionId, draft(proposal));
        proposal.accepted(itemId);
        notices.proposalAnswered(proposal, null);
        return itemId;
    }

    /** Not now: the item goes to the forum's backlog, the proposer is told why. */
    public long defer(long proposalId, String reason) {
        AgendaProposal proposal = pending(proposalId);
        checkReason(reason);
        long itemId = agenda.addToBacklog(proposal.getForum().getId(), draft(proposal));
        proposal.deferred(ForumService.blankToNull(reason));
        notices.proposalAnswered(proposal, proposal.getReason());
        return itemId;
    }

    /** Declined, always with a reason the proposer gets to read. */
    public void decline(long proposalId, String reason) {
        AgendaProposal proposal = pending(proposalId);
        if (reason == null || reason.isBlank()) {
            throw ValidationFailedException.of("reason", "forum.error.reason");
        }
        checkReason(reason);
        proposal.declined(reason.strip());
        notices.proposalAnswered(proposal, proposal.getReason());
    }

    /**
     * Forwards an item to another forum: onto its next meeting whose agenda is open (the same kind of
     * section, else its work meeting), or its backlog when none is planned; each item links to the other.
     *
     * @return the id of the item in the other forum
     */
    public long forward(long itemId, long targetForumId) {
        PortalUser user = currentUser.require();
        AgendaItem item = items.findById(itemId).orElseThrow();
        access.require(
                access.mayChairForum(
                        user, standings.inForum(user, item.getForum().getId())),
                "not the chair of this forum");
        access.require(
                access.mayProposeInForum(user, standings.inForum(user, targetForumId)),
                "not a member of the other forum");
        if (targetForumId == item.getForum().getId() || item.getForwardedToId() != null) {
            throw ValidationFailedException.of("forum", "forum.error.forward");
        }
        Forum target = forums.findById(targetForumId).orElseThrow();
        AgendaItem copy = item.forwardedTo(target);
        SectionKind kind = item.getSection() == null
                ? SectionKind.WORK_MEETING
                : item.getSection().getKind();
        meetings.findFirstByForumIdAndStartsAtAfterAndStatusInOrderByStartsAtAsc(
                        targetForumId,
                        LocalDateTime.now(clock),
                        EnumSet.of(MeetingStatus.DRAFT, MeetingStatus.PUBLISHED))
                .ifPresent(next -> {
                    meetings.lockById(next.getId());
                    AgendaSection section = agenda.sectionLike(next, kind);
                    copy.placeIn(
                            section,
                            items.findBySectionIdOrderByPositionAsc(section.getId())
                                    .size());
                });
        items.save(copy);
        item.setForwardedToId(copy.getId());
        return copy.getId();
    }

    /** The proposer reads the reason in a notice, so it must not name a client either. */
    private void checkReason(String reason) {
        if (reason != null && reason.strip().length() > 1000) {
            throw ValidationFailedException.of("reason", "forum.error.reason-too-long");
        }
        if (reason != null && !privacy.maySave(reason)) {
            throw ValidationFailedException.of("reason", "forum.error.privacy");
        }
    }

    private AgendaProposal pending(long proposalId) {
        AgendaProposal proposal = proposals.findById(proposalId).orElseThrow();
        requireChair(proposal.getForum().getId());
        if (proposal.getStatus() != ProposalStatus.PENDING) {
            throw ValidationFailedException.of("", "forum.error.proposal-answered");
        }
        return proposal;
    }

    private static ItemDraft draft(AgendaProposal p) {
        return new ItemDraft(
                p.getTitle(), p.getExplanation(), null, p.getDurationMinutes(), ItemKind.DISCUSSION, false);
    }

    private List<ProposalView> views(List<AgendaProposal> list) {
        Map<Long, String> names =
                directory
                        .people(list.stream()
                                .map(AgendaProposal::getProposerPersonId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        return list.stream()
                .map(p -> new ProposalView(
                        p.getId(),
                        p.getForum().getId(),
                        p.getMeeting() == null ? null : p.getMeeting().getId(),
                        names.getOrDefault(p.getProposerPersonId(), "?"),
                        p.getTitle(),
                        p.getExplanation(),
                        p.getDurationMinutes(),
                        p.getStatus(),
                        p.getReason()))
                .toList();
    }

    private void requireChair(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayChairForum(user, standings.inForum(user, forumId)), "not the chair of this forum");
    }
}
