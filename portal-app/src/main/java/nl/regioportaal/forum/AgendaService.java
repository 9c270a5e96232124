package nl.regioportaal.forum;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.forum.ForumModel.Agenda;
import nl.regioportaal.forum.ForumModel.Destination;
import nl.regioportaal.forum.ForumModel.ItemDraft;
import nl.regioportaal.forum.ForumModel.ItemView;
import nl.regioportaal.forum.ForumModel.SectionView;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda builder: items added, edited, reordered within and across sections (by drag and drop or
 * one step at a time from the keyboard), the computed start times and the over-time warning, the
 * backlog, and items not reached moved or duplicated to the next meeting. Changes to one meeting's
 * agenda hold that meeting's row lock, so two chairs reordering at once cannot interleave positions;
 * an edit of an item someone else saved since is refused ({@link ConcurrentEditException}).
 */
@Service
@Transactional
public class AgendaService {

    private final MeetingRepository meetings;
    private final AgendaSectionRepository sections;
    private final AgendaItemRepository items;
    private final ForumRepository forums;
    private final MeetingGuestRepository guests;
    private final ForumStandings standings;
    private final PrivacyGuard privacy;
    private final CurrentUser currentUser;
    private final AccessPolicy access;

    AgendaService(
            MeetingRepository meetings,
            AgendaSectionRepository sections,
            AgendaItemRepository items,
            ForumRepository forums,
            MeetingGuestRepository guests,
            ForumStandings standings,
            PrivacyGuard privacy,
            CurrentUser currentUser,
            AccessPolicy access) {
        this.privacy = privacy;
        this.meetings = meetings;
        this.sections = sections;
        this.items = items;
        this.forums = forums;
        this.guests = guests;
        this.standings = standings;
        this.currentUser = currentUser;
        this.access = access;
    }

    /**
     * The agenda as the user may see it. Start times are computed over every item, also the ones a
     * guest does not see, so that the times a guest reads are the real ones.
     */
    @Transactional(readOnly = true)
    public Agenda agenda(long meetingId) {
        PortalUser user = currentUser.require();
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        ForumStanding standing = standings.inMeeting(user, meeting);
        access.require(access.maySeeMeeting(user, standing, meeting.agendaOut()), "not invited to this meeting");
        MeetingGuest guest = standing == ForumStanding.GUEST
                ? guests.findByMeetingIdAndPersonId(meetingId, user.personId()).orElseThrow()
                : null;
        LocalTime start = meeting.getStartsAt().toLocalTime();
        long minutes = 0;
        List<SectionView> views = new ArrayList<>();
        for (AgendaSection section : sections.findByMeetingIdOrderByPositionAsc(meetingId)) {
            List<ItemView> visible = new ArrayList<>();
            boolean inGuestPart = guest == null || guest.covers(section);
            for (AgendaItem item : items.findBySectionIdOrderByPositionAsc(section.getId())) {
                if (access.maySeeAgendaItem(user, standing, item.isConfidential(), inGuestPart)) {
                    visible.add(view(item, start.plusMinutes(minutes)));
                }
                minutes += item.getDurationMinutes();
            }
            if (guest == null || inGuestPart) {
                views.add(new SectionView(section.getId(), section.getKind(), visible));
            }
        }
        LocalDateTime plannedEnd = meeting.getStartsAt().plusMinutes(minutes);
        return new Agenda(
                MeetingService.summary(meeting),
                views,
                plannedEnd.toLocalTime(),
                plannedEnd.isAfter(meeting.getEndsAt()));
    }

    /** Adds an item at the end of a section of a meeting whose agenda is still open. */
    public long addItem(long meetingId, long sectionId, ItemDraft draft) {
        Meeting meeting = lockOpenAgenda(meetingId);
        AgendaSection section = sectionOf(meeting, sectionId);
        AgendaItem item = new AgendaItem(meeting.getForum(), "", 0, ItemKind.DISCUSSION);
        apply(item, draft);
        item.placeIn(section, items.findBySectionIdOrderByPositionAsc(sectionId).size());
        return items.save(item).getId();
    }

    /** Adds an item to the forum's backlog (planned for no meeting yet). */
    public long addToBacklog(long forumId, ItemDraft draft) {
        requireChair(forumId);
        AgendaItem item = new AgendaItem(forums.findById(forumId).orElseThrow(), "", 0, ItemKind.DISCUSSION);
        apply(item, draft);
        return items.save(item).getId();
    }

    /** Saves the item as edited, unless someone else saved it after {@code version} was read. */
    public void editItem(long itemId, long version, ItemDraft draft) {
        AgendaItem item = items.findById(itemId).orElseThrow();
        if (item.inBacklog()) {
            requireChair(item.getForum().getId());
        } else {
            lockOpenAgenda(item.getMeeting().getId());
        }
        ConcurrentEditException.requireVersion(item.getVersion(), version, "agenda item", itemId);
        apply(item, draft);
        items.saveAndFlush(item);
    }

    public void removeItem(long itemId) {
        AgendaItem item = items.findById(itemId).orElseThrow();
        if (item.inBacklog()) {
            requireChair(item.getForum().getId());
            items.delete(item);
            return;
        }
        lockOpenAgenda(item.getMeeting().getId());
        AgendaSection section = item.getSection();
        items.delete(item);
        items.flush();
        renumber(items.findBySectionIdOrderByPositionAsc(section.getId()));
    }

    /**
     * Moves an item to {@code index} in a section of the same meeting (drag and drop), or plans a
     * backlog item of the forum there.
     */
    public void moveItem(long itemId, long targetSectionId, int index) {
        AgendaItem item = items.findById(itemId).orElseThrow();
        AgendaSection target = sections.findById(targetSectionId).orElseThrow();
        Meeting meeting = lockOpenAgenda(target.getMeeting().getId());
        if (item.getForum().getId().longValue() != meeting.getForum().getId()
                || (!item.inBacklog() && !item.getMeeting().equals(meeting))) {
            throw ValidationFailedException.of("", "forum.error.other-meeting");
        }
        AgendaSection from = item.getSection();
        if (from != null && !from.equals(target)) {
            List<AgendaItem> rest = new ArrayList<>(items.findBySectionIdOrderByPositionAsc(from.getId()));
            rest.remove(item);
            renumber(rest);
        }
        List<AgendaItem> list = new ArrayList<>(items.findBySectionIdOrderByPositionAsc(targetSectionId));
        list.remove(item);
        item.placeIn(target, 0);
        list.add(Math.max(0, Math.min(index, list.size())), item);
        renumber(list);
    }

    /** One step up for the keyboard: within the section, or to the end of the section before. */
    public void moveUp(long itemId) {
        step(itemId, -1);
    }

    /** One step down for the keyboard: within the section, or to the start of the section after. */
    public void moveDown(long itemId) {
        step(itemId, +1);
    }

    /**
     * An item the meeting did not reach: MOVED leaves these minutes with a note and continues at the
     * destination; DUPLICATED stays in these minutes as discussed and comes back at the destination.
     *
     * @return the id of the item at the destination
     */
    public long carryOver(long itemId, CarryOver how, Destination where) {
        AgendaItem item = items.findById(itemId).orElseThrow();
        if (item.inBacklog() || item.getOutcome() != null) {
            throw ValidationFailedException.of("", "forum.error.already-carried");
        }
        Meeting meeting = meetings.lockById(item.getMeeting().getId()).orElseThrow();
        PortalUser user = currentUser.require();
        access.require(
                access.mayRecordMinutes(
                        user, standings.inForum(user, meeting.getForum().getId())),
                "may not record minutes");
        if (meeting.getStatus() == MeetingStatus.APPROVED) {
            throw ValidationFailedException.of("", "forum.error.minutes-approved");
        }
        AgendaItem copy = item.carriedOver();
        item.setOutcome(how);
        if (where == Destination.NEXT_MEETING) {
            Meeting next = meetings.findFirstByForumIdAndStartsAtAfterAndStatusInOrderByStartsAtAsc(
                            meeting.getForum().getId(),
                            meeting.getStartsAt(),
                            EnumSet.of(MeetingStatus.DRAFT, MeetingStatus.PUBLISHED))
                    .orElseThrow(() -> ValidationFailedException.of("", "forum.error.no-next-meeting"));
            meetings.lockById(next.getId());
            AgendaSection section = sectionLike(next, item.getSection().getKind());
            copy.placeIn(
                    section,
                    items.findBySectionIdOrderByPositionAsc(section.getId()).size());
        }
        return items.save(copy).getId();
    }

    @Transactional(readOnly = true)
    public List<ItemView> backlog(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayReadForum(user, standings.inForum(user, forumId)), "not a member of this forum");
        return items.findByForumIdAndMeetingIsNullOrderByIdAsc(forumId).stream()
                .map(i -> view(i, null))
                .toList();
    }

    /** The section of this kind in the meeting, else its first section after the opening. */
    AgendaSection sectionLike(Meeting meeting, SectionKind kind) {
        List<AgendaSection> all = sections.findByMeetingIdOrderByPositionAsc(meeting.getId());
        return all.stream()
                .filter(s -> s.getKind() == kind)
                .findFirst()
                .orElseGet(() -> all.stream()
                        .filter(s -> s.getKind() != SectionKind.OPENING)
                        .findFirst()
                        .orElse(all.getFirst()));
    }

    private void step(long itemId, int direction) {
        AgendaItem item = items.findById(itemId).orElseThrow();
        if (item.inBacklog()) {
            throw ValidationFailedException.of("", "forum.error.other-meeting");
        }
        Meeting meeting = item.getMeeting();
        List<AgendaItem> own =
                items.findBySectionIdOrderByPositionAsc(item.getSection().getId());
        int index = own.indexOf(item) + direction;
        if (index >= 0 && index < own.size()) {
            moveItem(itemId, item.getSection().getId(), index);
            return;
        }
        List<AgendaSection> all = sections.findByMeetingIdOrderByPositionAsc(meeting.getId());
        int neighbour = all.indexOf(item.getSection()) + direction;
        if (neighbour < 0 || neighbour >= all.size()) {
            return;
        }
        AgendaSection target = all.get(neighbour);
        moveItem(itemId, target.getId(), direction < 0 ? Integer.MAX_VALUE : 0);
    }

    private void apply(AgendaItem item, ItemDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.title() == null
                || draft.title().isBlank()
                || draft.title().strip().length() > 200) {
            errors.put("title", "forum.error.item-title");
        }
        if (draft.durationMinutes() < 0 || draft.durationMinutes() > 480) {
            errors.put("durationMinutes", "forum.error.item-duration");
        }
        if (draft.presenter() != null && draft.presenter().length() > 150) {
            errors.put("presenter", "forum.error.presenter");
        }
        if (draft.title() != null && !privacy.maySave(draft.title())) {
            errors.put("title", "forum.error.privacy");
        }
        if (draft.explanation() != null && !privacy.maySave(RichText.plainText(draft.explanation()))) {
            errors.put("explanation", "forum.error.privacy");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        item.setTitle(draft.title().strip());
        item.setExplanation(draft.explanation() == null ? null : RichText.sanitize(draft.explanation()));
        item.setPresenter(ForumService.blankToNull(draft.presenter()));
        item.setDurationMinutes(draft.durationMinutes());
        item.setKind(draft.kind() == null ? ItemKind.DISCUSSION : draft.kind());
        item.setConfidential(draft.confidential());
    }

    private Meeting lockOpenAgenda(long meetingId) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        requireChair(meeting.getForum().getId());
        if (!meeting.getStatus().agendaOpen()) {
            throw ValidationFailedException.of("", "forum.error.meeting-not-open");
        }
        return meeting;
    }

    private AgendaSection sectionOf(Meeting meeting, long sectionId) {
        return sections.findById(sectionId)
                .filter(s -> s.getMeeting().equals(meeting))
                .orElseThrow(() -> ValidationFailedException.of("section", "forum.error.other-meeting"));
    }

    private void requireChair(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayChairForum(user, standings.inForum(user, forumId)), "not the chair of this forum");
    }

    private static void renumber(List<AgendaItem> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i);
        }
    }

    static ItemView view(AgendaItem i, LocalTime startsAt) {
        return new ItemView(
                i.getId(),
                i.getVersion(),
                i.getTitle(),
                i.getExplanation(),
                i.getPresenter(),
                i.getDurationMinutes(),
                i.getKind(),
                i.isConfidential(),
                i.getStanding(),
                startsAt,
                i.getCarriedFromId(),
                i.getForwardedFromId(),
                i.getForwardedToId());
    }
}
