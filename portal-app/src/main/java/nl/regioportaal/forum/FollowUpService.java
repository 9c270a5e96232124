package nl.regioportaal.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up across meetings: a forum's open actions and commitments (filter by owner, status,
 * overdue), "Mijn acties" over all forums, done / not done with a note, and the open ones that the
 * next agenda's action-list item shows.
 */
@Service
@Transactional
public class FollowUpService {

    /** Filter of a forum's list; null fields do not filter. */
    public record Filter(Long ownerPersonId, FollowUpStatus status, boolean overdueOnly) {

        public static Filter open() {
            return new Filter(null, FollowUpStatus.OPEN, false);
        }
    }

    private final FollowUpRepository followUps;
    private final MeetingRepository meetings;
    private final ForumStandings standings;
    private final RegionDirectory directory;
    private final PrivacyGuard privacy;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository followUps,
            MeetingRepository meetings,
            ForumStandings standings,
            RegionDirectory directory,
            PrivacyGuard privacy,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.standings = standings;
        this.directory = directory;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FollowUpView> ofForum(long forumId, Filter filter) {
        PortalUser user = currentUser.require();
        access.require(access.mayReadForum(user, standings.inForum(user, forumId)), "not a member of this forum");
        LocalDate today = LocalDate.now(clock);
        return views(followUps.findByForumIdOrderByDueAsc(forumId).stream()
                .filter(f ->
                        filter.ownerPersonId() == null || filter.ownerPersonId().equals(f.getOwnerPersonId()))
                .filter(f -> filter.status() == null || f.getStatus() == filter.status())
                .filter(f -> !filter.overdueOnly() || f.overdue(today))
                .toList());
    }

    /** "Mijn acties": the user's open actions and commitments in every forum. */
    @Transactional(readOnly = true)
    public List<FollowUpView> mine() {
        PortalUser user = currentUser.require();
        return views(followUps.findByOwnerPersonIdAndStatusOrderByDueAsc(user.personId(), FollowUpStatus.OPEN));
    }

    /**
     * What the action-list item of this meeting's agenda shows: the forum's follow-ups still open,
     * from earlier meetings, overdue first.
     */
    @Transactional(readOnly = true)
    public List<FollowUpView> forAgenda(long meetingId) {
        PortalUser user = currentUser.require();
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        access.require(access.mayReadForum(user, standings.inMeeting(user, meeting)), "not a member of this forum");
        LocalDate today = LocalDate.now(clock);
        return views(followUps.findByForumIdOrderByDueAsc(meeting.getForum().getId()).stream()
                        .filter(f -> f.getStatus() == FollowUpStatus.OPEN)
                        .filter(f -> f.getMeeting().getStartsAt().isBefore(meeting.getStartsAt()))
                        .toList())
                .stream()
                .sorted((a, b) -> Boolean.compare(b.overdue(), a.overdue()))
                .toList();
    }

    /** Done or not done, with a note: by its owner, or by the forum's secretary or chair. */
    public void close(long followUpId, FollowUpStatus status, String note) {
        PortalUser user = currentUser.require();
        FollowUp f = followUps.findById(followUpId).orElseThrow();
        boolean owner = f.getOwnerPersonId() != null && access.isSelf(user, f.getOwnerPersonId());
        access.require(
                owner
                        || access.mayRecordMinutes(
                                user, standings.inForum(user, f.getForum().getId())),
                "not the owner of this action");
        if (status == FollowUpStatus.OPEN || status == null) {
            throw ValidationFailedException.of("status", "forum.error.follow-up-status");
        }
        if (status == FollowUpStatus.NOT_DONE && (note == null || note.isBlank())) {
            throw ValidationFailedException.of("note", "forum.error.follow-up-note");
        }
        if (note != null && note.strip().length() > 1000) {
            throw ValidationFailedException.of("note", "forum.error.follow-up-note-too-long");
        }
        if (note != null && !privacy.maySave(note)) {
            throw ValidationFailedException.of("note", "forum.error.privacy");
        }
        f.close(status, ForumService.blankToNull(note));
    }

    /**
     * Open and overdue follow-ups per owner, for the weekly digest: the job runs it as the system; it
     * spans forums, so nobody else (not even a forum's chair) gets it.
     */
    @Transactional(readOnly = true)
    Map<Long, List<FollowUpView>> overdueByOwner(Collection<Long> forumIds) {
        access.require(access.isRegionWide(currentUser.require()), "system work");
        LocalDate today = LocalDate.now(clock);
        return views(followUps.findByStatusAndForumIdIn(FollowUpStatus.OPEN, forumIds).stream()
                        .filter(f -> f.overdue(today) && f.getOwnerPersonId() != null)
                        .toList())
                .stream()
                .collect(Collectors.groupingBy(FollowUpView::ownerPersonId));
    }

    List<FollowUpView> views(List<FollowUp> list) {
        Set<Long> owners = list.stream()
                .map(FollowUp::getOwnerPersonId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, String> names = directory.people(owners).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        LocalDate today = LocalDate.now(clock);
        return list.stream()
                .map(f -> new FollowUpView(
                        f.getId(),
                        f.getForum().getId(),
                        f.getForum().getName(),
                        f.getMeeting().getId(),
                        f.getItem() == null ? null : f.getItem().getId(),
                        f.getKind(),
                        f.getDescription(),
                        f.getOwnerPersonId() == null ? f.getOwnerName() : names.getOrDefault(f.getOwnerPersonId(), "?"),
                        f.getOwnerPersonId(),
                        f.getToWhom(),
                        f.getDue(),
                        f.getStatus(),
                        f.getStatusNote(),
                        f.overdue(today)))
                .toList();
    }
}
