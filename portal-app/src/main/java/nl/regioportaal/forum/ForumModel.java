package nl.regioportaal.forum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** The forum's API values: what screens send in (drafts) and what they get back (views). */
public final class ForumModel {

    private ForumModel() {}

    /**
     * A new forum. {@code code} prefixes decision numbers (e.g. TLO-2027-014); {@code chairPersonId}
     * is its first chair, the creator when null (an administrator appoints the process supervisor).
     */
    public record ForumDraft(
            String code, String name, String description, Integer autoPublishDays, Long chairPersonId) {

        public ForumDraft(String code, String name, String description, Integer autoPublishDays) {
            this(code, name, description, autoPublishDays, null);
        }
    }

    public record ForumSummary(long id, String code, String name, ForumRole myRole) {}

    public record MemberRow(long personId, String name, ForumRole role) {}

    public record MeetingDraft(
            String title, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink) {}

    /**
     * A series: every meeting from {@code firstStart} by the iCalendar {@code rule} until
     * {@code until}, each {@code durationMinutes} long, with the template agenda's sections.
     */
    public record SeriesDraft(
            String title,
            LocalDateTime firstStart,
            int durationMinutes,
            String rule,
            LocalDate until,
            String place,
            String onlineLink,
            List<SectionKind> sections) {}

    public record ItemDraft(
            String title,
            String explanation,
            String presenter,
            int durationMinutes,
            ItemKind kind,
            boolean confidential) {}

    public record MeetingSummary(
            long id,
            long version,
            long forumId,
            String forumName,
            String title,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String onlineLink,
            MeetingStatus status) {}

    /** A meeting's agenda as the user may see it, with each item's computed start time. */
    public record Agenda(MeetingSummary meeting, List<SectionView> sections, LocalTime plannedEnd, boolean overTime) {

        public List<ItemView> items() {
            return sections.stream().flatMap(s -> s.items().stream()).toList();
        }
    }

    public record SectionView(long id, SectionKind kind, List<ItemView> items) {}

    public record ItemView(
            long id,
            long version,
            String title,
            String explanation,
            String presenter,
            int durationMinutes,
            ItemKind kind,
            boolean confidential,
            StandingItem standing,
            LocalTime startsAt,
            Long carriedFromId,
            Long forwardedFromId,
            Long forwardedToId) {}

    public record RsvpCount(int attending, int absent, int unanswered) {}

    public record ProposalView(
            long id,
            long forumId,
            Long meetingId,
            String proposer,
            String title,
            String explanation,
            int durationMinutes,
            ProposalStatus status,
            String reason) {}

    /** Where an item that was not reached goes. */
    public enum Destination {
        NEXT_MEETING,
        BACKLOG
    }

    /** An action or commitment as the secretary records it: an owner (member or named outsider) and a due date are required. */
    public record FollowUpDraft(
            FollowUpKind kind,
            String description,
            Long ownerPersonId,
            String ownerName,
            String toWhom,
            LocalDate due) {}

    public record FollowUpView(
            long id,
            long forumId,
            String forumName,
            long meetingId,
            Long itemId,
            FollowUpKind kind,
            String description,
            String owner,
            Long ownerPersonId,
            String toWhom,
            LocalDate due,
            FollowUpStatus status,
            String statusNote,
            boolean overdue) {}

    /** A numbered decision; {@code version} for correcting its text without overwriting someone else's. */
    public record DecisionView(
            long id, String reference, String text, long meetingId, long itemId, String itemTitle, long version) {}

    public record CommentView(
            long id, Long itemId, String author, String text, boolean amendment, CommentStatus status) {}

    /** The minutes of a meeting: who was there, and per item the notes, decisions and follow-ups. */
    public record Minutes(
            MeetingSummary meeting,
            List<String> present,
            List<String> absent,
            List<MinutesItem> items,
            List<CommentView> comments,
            LocalDate reviewDeadline) {}

    /** One item in the minutes; {@code version} is the agenda item's, to refuse notes over someone else's. */
    public record MinutesItem(
            long itemId,
            long version,
            SectionKind section,
            String title,
            String notes,
            CarryOver outcome,
            boolean confidential,
            List<DecisionView> decisions,
            List<FollowUpView> followUps) {}
}
