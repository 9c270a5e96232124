package nl.regioportaal.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.forum.ForumModel.FollowUpDraft;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes, live: the secretary (or chair) starts the meeting and records attendance, notes per
 * item, numbered decisions, actions and commitments; then a review round until a deadline in
 * which only those who attended comment or propose amendments, the chair answers each and
 * approves. During the review round the secretary (or chair) may still correct the notes and the
 * text of decisions, so that accepted amendments end up in the approved minutes. Approved minutes
 * are final: every change is refused here, not only hidden on screen.
 */
@Service
@Transactional
public class MinutesService {

    private static final Set<MeetingStatus> RECORDING = EnumSet.of(MeetingStatus.IN_PROGRESS, MeetingStatus.HELD);

    /** Corrections of what was recorded: also in the review round, where accepted amendments are worked in. */
    private static final Set<MeetingStatus> CORRECTING =
            EnumSet.of(MeetingStatus.IN_PROGRESS, MeetingStatus.HELD, MeetingStatus.IN_REVIEW);

    private final ForumRepository forums;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingAttendanceRepository attendance;
    private final DecisionRepository decisions;
    private final FollowUpRepository followUps;
    private final MinutesCommentRepository comments;
    private final ForumMemberRepository members;
    private final ForumNotices notices;
    private final AgendaProposalRepository proposals;
    private final ApplicationEventPublisher events;
    private final ForumStandings standings;
    private final PrivacyGuard privacy;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    MinutesService(
            ForumRepository forums,
            MeetingRepository meetings,
            AgendaItemRepository items,
            MeetingAttendanceRepository attendance,
            DecisionRepository decisions,
            FollowUpRepository followUps,
            MinutesCommentRepository comments,
            ForumMemberRepository members,
            ForumNotices notices,
            AgendaProposalRepository proposals,
            ApplicationEventPublisher events,
            ForumStandings standings,
            PrivacyGuard privacy,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.forums = forums;
        this.meetings = meetings;
        this.items = items;
        this.attendance = attendance;
        this.decisions = decisions;
        this.followUps = followUps;
        this.comments = comments;
        this.members = members;
        this.notices = notices;
        this.proposals = proposals;
        this.events = events;
        this.standings = standings;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** The meeting begins: from now on the minutes are recorded. */
    public void start(long meetingId) {
        Meeting meeting = lockForSecretary(meetingId);
        require(meeting.getStatus().agendaOpen(), "forum.error.not-startable");
        meeting.setStatus(MeetingStatus.IN_PROGRESS);
    }

    /** The meeting is over; notes and decisions may still be completed until the review round opens. */
    public void close(long meetingId) {
        Meeting meeting = lockForSecretary(meetingId);
        require(meeting.getStatus() == MeetingStatus.IN_PROGRESS, "forum.error.not-in-progress");
        meeting.setStatus(MeetingStatus.HELD);
    }

    public void recordAttendance(long meetingId, long personId, boolean present) {
        Meeting meeting = recording(meetingId);
        MeetingAttendance row = attendance
                .findByMeetingIdAndPersonId(meetingId, personId)
                .orElseGet(() -> new MeetingAttendance(meeting, personId));
        row.setPresent(present);
        attendance.save(row);
    }

    /** The whole attendance list at once: of {@code people}, those in {@code present} were there, the others not. */
    public void recordAttendance(long meetingId, Collection<Long> people, Set<Long> present) {
        recording(meetingId);
        for (long personId : people) {
            recordAttendance(meetingId, personId, present.contains(personId));
        }
    }

    /**
     * The item's notes, replacing what was there: refused when someone saved notes on the item since
     * {@code version} was read (the secretary and the chair may both be typing), so neither text is lost.
     * Also during the review round, to work in accepted amendments.
     */
    public void recordNotes(long itemId, long version, String notes) {
        AgendaItem item = items.findById(itemId).orElseThrow();
        correcting(item.getMeeting().getId());
        ConcurrentEditException.requireVersion(item.getVersion(), version, "agenda item", itemId);
        checkPrivacy("notes", notes);
        item.setMinutesNotes(notes == null || notes.isBlank() ? null : RichText.sanitize(notes));
        items.saveAndFlush(item);
    }

    /** Records a decision on the item and gives it the forum's next number for the meeting's year. */
    public String decide(long itemId, String text) {
        AgendaItem item = items.findById(itemId).orElseThrow();
        Meeting meeting = recording(item.getMeeting().getId());
        checkDecisionText(text);
        int year = meeting.getStartsAt().getYear();
        long forumId = meeting.getForum().getId();
        forums.lockById(forumId);
        decisions.drawNumber(forumId, year);
        int number = decisions.lastNumber(forumId, year);
        Decision decision = decisions.save(new Decision(item, year, number, text.strip()));
        // a decision on a confidential item stays in the forum: other modules may show it to outsiders
        if (!item.isConfidential()) {
            events.publishEvent(new DecisionRecorded(
                    forumId,
                    meeting.getId(),
                    itemId,
                    proposals
                            .findFirstByItemId(itemId)
                            .map(AgendaProposal::getId)
                            .orElse(null),
                    decision.getReference(),
                    decision.getText(),
                    meeting.getStartsAt().toLocalDate()));
        }
        return decision.getReference();
    }

    /**
     * Corrects the text of a decision until the minutes are approved, typically to work in an accepted
     * amendment; its number stays, since it may already be quoted. Refused when someone changed the
     * decision since {@code version} was read.
     */
    public void reviseDecision(long decisionId, long version, String text) {
        Decision decision = decisions.findById(decisionId).orElseThrow();
        correcting(decision.getMeeting().getId());
        ConcurrentEditException.requireVersion(decision.getVersion(), version, "decision", decisionId);
        checkDecisionText(text);
        decision.setText(text.strip());
        decisions.saveAndFlush(decision);
    }

    /** An action or commitment from the minutes; it stays on the forum's list until closed. */
    public long addFollowUp(long meetingId, Long itemId, FollowUpDraft draft) {
        Meeting meeting = recording(meetingId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.description() == null
                || draft.description().isBlank()
                || draft.description().length() > 1000) {
            errors.put("description", "forum.error.follow-up-description");
        }
        String ownerName = ForumService.blankToNull(draft.ownerName());
        if (draft.ownerPersonId() == null && ownerName == null) {
            errors.put("owner", "forum.error.owner");
        }
        if (draft.due() == null) {
            errors.put("due", "forum.error.due");
        }
        if (draft.kind() == FollowUpKind.COMMITMENT && ForumService.blankToNull(draft.toWhom()) == null) {
            errors.put("toWhom", "forum.error.to-whom");
        } else if (draft.toWhom() != null && draft.toWhom().strip().length() > 150) {
            errors.put("toWhom", "forum.error.to-whom-too-long");
        }
        if (ownerName != null && ownerName.strip().length() > 150) {
            errors.put("ownerName", "forum.error.owner-name");
        }
        // every free text here lands in the minutes that the whole forum (and its PDF) reads
        privacyOf("description", draft.description(), errors);
        privacyOf("ownerName", ownerName, errors);
        privacyOf("toWhom", draft.toWhom(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        AgendaItem item = itemId == null
                ? null
                : items.findById(itemId)
                        .filter(i -> meeting.equals(i.getMeeting()))
                        .orElseThrow();
        FollowUp f = new FollowUp(
                meeting,
                item,
                draft.kind() == null ? FollowUpKind.ACTION : draft.kind(),
                draft.description().strip(),
                draft.due());
        f.ownedBy(draft.ownerPersonId(), draft.ownerPersonId() == null ? ownerName : null);
        f.setToWhom(ForumService.blankToNull(draft.toWhom()));
        return followUps.save(f).getId();
    }

    /** Opens the review round until {@code deadline}: those who attended may comment and propose amendments. */
    public void openReview(long meetingId, LocalDate deadline) {
        Meeting meeting = lockForSecretary(meetingId);
        require(meeting.getStatus() == MeetingStatus.HELD, "forum.error.not-held");
        if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
            throw ValidationFailedException.of("deadline", "forum.error.review-deadline");
        }
        meeting.setReviewDeadline(deadline);
        meeting.setStatus(MeetingStatus.IN_REVIEW);
        notices.minutesInReview(
                attendance.findByMeetingId(meetingId).stream()
                        .filter(MeetingAttendance::isPresent)
                        .map(MeetingAttendance::getPersonId)
                        .toList(),
                meeting);
    }

    /** A comment or amendment by someone who attended, while the review round is open. */
    public long comment(long meetingId, Long itemId, String text, boolean amendment) {
        PortalUser user = currentUser.require();
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        access.require(
                access.mayReadForum(
                        user, standings.inForum(user, meeting.getForum().getId())),
                "not a member of this forum");
        boolean attended = attendance
                .findByMeetingIdAndPersonId(meetingId, user.personId())
                .map(MeetingAttendance::isPresent)
                .orElse(false);
        access.require(attended, "only those who attended review the minutes");
        require(meeting.getStatus() == MeetingStatus.IN_REVIEW, "forum.error.review-closed");
        require(!LocalDate.now(clock).isAfter(meeting.getReviewDeadline()), "forum.error.review-closed");
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw ValidationFailedException.of("comment", "forum.error.comment");
        }
        // the chair and every member read the comments; the field asks for no client data like the notes
        if (!privacy.maySave(text)) {
            throw ValidationFailedException.of("comment", "forum.error.privacy");
        }
        AgendaItem item = itemId == null
                ? null
                : items.findById(itemId)
                        .filter(i -> meeting.equals(i.getMeeting()))
                        .orElseThrow();
        return comments.save(
                        new MinutesComment(meeting, item, user.personId(), text.strip(), amendment, clock.instant()))
                .getId();
    }

    /** The chair accepts or rejects a comment or amendment. */
    public void answer(long commentId, boolean accept) {
        MinutesComment comment = comments.findById(commentId).orElseThrow();
        Meeting meeting = lockForChair(comment.getMeeting().getId());
        require(meeting.getStatus() == MeetingStatus.IN_REVIEW, "forum.error.review-closed");
        comment.answer(accept ? CommentStatus.ACCEPTED : CommentStatus.REJECTED);
    }

    /** The chair approves the minutes once every amendment is answered; from then on they are read-only. */
    public void approve(long meetingId) {
        Meeting meeting = lockForChair(meetingId);
        require(meeting.getStatus() == MeetingStatus.IN_REVIEW, "forum.error.not-in-review");
        require(!comments.existsByMeetingIdAndStatus(meetingId, CommentStatus.PROPOSED), "forum.error.comments-open");
        meeting.setStatus(MeetingStatus.APPROVED);
        notices.minutesApproved(
                members.findByForumId(meeting.getForum().getId()).stream()
                        .map(ForumMember::getPersonId)
                        .toList(),
                meeting);
    }

    /** Changes to the minutes: while the meeting runs or is held, never once approved. */
    private Meeting recording(long meetingId) {
        Meeting meeting = lockForSecretary(meetingId);
        require(meeting.getStatus() != MeetingStatus.APPROVED, "forum.error.minutes-approved");
        require(RECORDING.contains(meeting.getStatus()), "forum.error.not-recording");
        return meeting;
    }

    /** Corrections of notes and decision texts: also in the review round, never once approved. */
    private Meeting correcting(long meetingId) {
        Meeting meeting = lockForSecretary(meetingId);
        require(meeting.getStatus() != MeetingStatus.APPROVED, "forum.error.minutes-approved");
        require(CORRECTING.contains(meeting.getStatus()), "forum.error.not-recording");
        return meeting;
    }

    private Meeting lockForSecretary(long meetingId) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        PortalUser user = currentUser.require();
        access.require(
                access.mayRecordMinutes(
                        user, standings.inForum(user, meeting.getForum().getId())),
                "may not record minutes");
        return meeting;
    }

    private Meeting lockForChair(long meetingId) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        PortalUser user = currentUser.require();
        access.require(
                access.mayChairForum(
                        user, standings.inForum(user, meeting.getForum().getId())),
                "not the chair of this forum");
        return meeting;
    }

    private void checkDecisionText(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 4000) {
            throw ValidationFailedException.of("decision", "forum.error.decision-text");
        }
        checkPrivacy("decision", text);
    }

    private void checkPrivacy(String field, String text) {
        if (text != null && !privacy.maySave(RichText.plainText(text))) {
            throw ValidationFailedException.of(field, "forum.error.privacy");
        }
    }

    private void privacyOf(String field, String text, Map<String, String> errors) {
        if (text != null && !errors.containsKey(field) && !privacy.maySave(text)) {
            errors.put(field, "forum.error.privacy");
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw ValidationFailedException.of("", messageKey);
        }
    }
}
