package nl.regioportaal.forum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.forum.ForumModel.CommentView;
import nl.regioportaal.forum.ForumModel.DecisionView;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.forum.ForumModel.Minutes;
import nl.regioportaal.forum.ForumModel.MinutesItem;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the minutes: one meeting's record, and a forum's decision list (searchable). Members only. */
@Service
@Transactional(readOnly = true)
public class MinutesQueries {

    private final MeetingRepository meetings;
    private final AgendaSectionRepository sections;
    private final AgendaItemRepository items;
    private final MeetingAttendanceRepository attendance;
    private final DecisionRepository decisions;
    private final FollowUpRepository followUps;
    private final MinutesCommentRepository comments;
    private final FollowUpService followUpService;
    private final ForumStandings standings;
    private final RegionDirectory directory;
    private final CurrentUser currentUser;
    private final AccessPolicy access;

    MinutesQueries(
            MeetingRepository meetings,
            AgendaSectionRepository sections,
            AgendaItemRepository items,
            MeetingAttendanceRepository attendance,
            DecisionRepository decisions,
            FollowUpRepository followUps,
            MinutesCommentRepository comments,
            FollowUpService followUpService,
            ForumStandings standings,
            RegionDirectory directory,
            CurrentUser currentUser,
            AccessPolicy access) {
        this.meetings = meetings;
        this.sections = sections;
        this.items = items;
        this.attendance = attendance;
        this.decisions = decisions;
        this.followUps = followUps;
        this.comments = comments;
        this.followUpService = followUpService;
        this.standings = standings;
        this.directory = directory;
        this.currentUser = currentUser;
        this.access = access;
    }

    public Minutes minutes(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        requireMember(meeting.getForum().getId());
        List<MeetingAttendance> rows = attendance.findByMeetingId(meetingId);
        Map<Long, String> names =
                names(rows.stream().map(MeetingAttendance::getPersonId).collect(Collectors.toSet()));
        List<String> present = rows.stream()
                .filter(MeetingAttendance::isPresent)
                .map(a -> names.get(a.getPersonId()))
                .sorted()
                .toList();
        List<String> absent = rows.stream()
                .filter(a -> !a.isPresent())
                .map(a -> names.get(a.getPersonId()))
                .sorted()
                .toList();
        Map<Long, List<DecisionView>> decided = decisions.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .map(MinutesQueries::view)
                .collect(Collectors.groupingBy(DecisionView::itemId));
        Map<Long, List<FollowUpView>> follow =
                followUpService.views(followUps.findByMeetingIdOrderByIdAsc(meetingId)).stream()
                        .collect(Collectors.groupingBy(f -> f.itemId() == null ? -1L : f.itemId()));
        List<MinutesItem> record = new ArrayList<>();
        for (AgendaSection section : sections.findByMeetingIdOrderByPositionAsc(meetingId)) {
            for (AgendaItem item : items.findBySectionIdOrderByPositionAsc(section.getId())) {
                record.add(new MinutesItem(
                        item.getId(),
                        item.getVersion(),
                        section.getKind(),
                        item.getTitle(),
                        item.getMinutesNotes(),
                        item.getOutcome(),
                        item.isConfidential(),
                        decided.getOrDefault(item.getId(), List.of()),
                        follow.getOrDefault(item.getId(), List.of())));
            }
        }
        List<MinutesComment> commentRows = comments.findByMeetingIdOrderByCreatedAtAsc(meetingId);
        Map<Long, String> authors =
                names(commentRows.stream().map(MinutesComment::getPersonId).collect(Collectors.toSet()));
        List<CommentView> commentViews = commentRows.stream()
                .map(c -> new CommentView(
                        c.getId(),
                        c.getItem() == null ? null : c.getItem().getId(),
                        authors.getOrDefault(c.getPersonId(), "?"),
                        c.getText(),
                        c.isAmendment(),
                        c.getStatus()))
                .toList();
        return new Minutes(
                MeetingService.summary(meeting), present, absent, record, commentViews, meeting.getReviewDeadline());
    }

    /** Who was recorded as present (person ids), for the secretary's attendance list. */
    public Set<Long> presentPersonIds(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        requireMember(meeting.getForum().getId());
        return attendance.findByMeetingId(meetingId).stream()
                .filter(MeetingAttendance::isPresent)
                .map(MeetingAttendance::getPersonId)
                .collect(Collectors.toSet());
    }

    /** Was the signed-in person present? Only they take part in the review round. */
    public boolean iAttended(long meetingId) {
        PortalUser user = currentUser.require();
        return attendance
                .findByMeetingIdAndPersonId(meetingId, user.personId())
                .map(MeetingAttendance::isPresent)
                .orElse(false);
    }

    /** The forum's decisions, newest first; with words, only those whose text contains every word. */
    public List<DecisionView> decisions(long forumId, String words) {
        requireMember(forumId);
        if (words == null || words.isBlank()) {
            return decisions.findByForumIdOrderByYearDescNumberDesc(forumId).stream()
                    .map(MinutesQueries::view)
                    .toList();
        }
        String query = Arrays.stream(words.strip().split("\\s+"))
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(w -> !w.isEmpty())
                .map(w -> "+" + w + "*")
                .collect(Collectors.joining(" "));
        if (query.isEmpty()) {
            return List.of();
        }
        return decisions.search(forumId, query).stream()
                .sorted(Comparator.comparing(Decision::getReference).reversed())
                .map(MinutesQueries::view)
                .toList();
    }

    private Map<Long, String> names(Set<Long> ids) {
        return directory.people(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }

    private void requireMember(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayReadForum(user, standings.inForum(user, forumId)), "not a member of this forum");
    }

    private static DecisionView view(Decision d) {
        return new DecisionView(
                d.getId(),
                d.getReference(),
                d.getText(),
                d.getMeeting().getId(),
                d.getItem().getId(),
                d.getItem().getTitle(),
                d.getVersion());
    }
}
