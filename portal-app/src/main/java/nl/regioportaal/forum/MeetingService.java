package nl.regioportaal.forum;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.regioportaal.forum.ForumModel.MeetingDraft;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.RsvpCount;
import nl.regioportaal.forum.ForumModel.SeriesDraft;
import nl.regioportaal.notify.Recurrence;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: planned one by one or as a series, guests invited, attendance answered, the agenda
 * published, the time changed or the meeting cancelled — members and guests are told through the
 * notification backbone with the meeting's calendar item. Every method checks the user's standing
 * through the {@link AccessPolicy}.
 */
@Service
@Transactional
public class MeetingService {

    /** A series never plans more than this many meetings at once (about five years of monthly meetings). */
    static final int MAX_SERIES = 60;

    private final ForumRepository forums;
    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final MeetingGuestRepository guests;
    private final MeetingRsvpRepository rsvps;
    private final AgendaSectionRepository sections;
    private final ForumMemberRepository members;
    private final ForumStandings standings;
    private final AgendaTemplate template;
    private final ForumService forumService;
    private final ForumNotices notices;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    MeetingService(
            ForumRepository forums,
            MeetingRepository meetings,
            MeetingSeriesRepository series,
            MeetingGuestRepository guests,
            MeetingRsvpRepository rsvps,
            AgendaSectionRepository sections,
            ForumMemberRepository members,
            ForumStandings standings,
            AgendaTemplate template,
            ForumService forumService,
            ForumNotices notices,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.forums = forums;
        this.meetings = meetings;
        this.series = series;
        this.guests = guests;
        this.rsvps = rsvps;
        this.sections = sections;
        this.members = members;
        this.standings = standings;
        this.template = template;
        this.forumService = forumService;
        this.notices = notices;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** One meeting with the standard agenda (all sections, the standing items). */
    public long planMeeting(long forumId, MeetingDraft draft) {
        requireChair(forumId);
        Map<String, String> errors = new LinkedHashMap<>();
        validate(draft.title(), draft.startsAt(), draft.endsAt(), errors);
        validateWhere(draft.place(), draft.onlineLink(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Meeting meeting = new Meeting(
                forums.findById(forumId).orElseThrow(), null, draft.title().strip(), draft.startsAt(), draft.endsAt());
        meeting.setPlace(ForumService.blankToNull(draft.place()));
        meeting.setOnlineLink(ForumService.blankToNull(draft.onlineLink()));
        meetings.save(meeting);
        template.apply(meeting, List.of(SectionKind.values()));
        return meeting.getId();
    }

    /**
     * A series: its meetings are generated at once from the rule, each at the same Amsterdam
     * wall-clock time (a 14:00 meeting stays at 14:00 across the change to winter time), with the
     * series' template agenda.
     */
    public long planSeries(long forumId, SeriesDraft draft) {
        requireChair(forumId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.title() == null
                || draft.title().isBlank()
                || draft.title().strip().length() > 150) {
            errors.put("title", "forum.error.title");
        }
        validateWhere(draft.place(), draft.onlineLink(), errors);
        if (draft.firstStart() == null) {
            errors.put("firstStart", "forum.error.start");
        }
        if (draft.durationMinutes() < 15 || draft.durationMinutes() > 720) {
            errors.put("durationMinutes", "forum.error.meeting-duration");
        }
        if (draft.until() == null
                || (draft.firstStart() != null
                        && draft.until().isBefore(draft.firstStart().toLocalDate()))) {
            errors.put("until", "forum.error.until");
        }
        List<LocalDateTime> starts = List.of();
        if (errors.isEmpty()) {
            try {
                starts = Recurrence.starts(draft.firstStart(), draft.rule(), draft.until());
            } catch (RuntimeException e) {
                errors.put("rule", "forum.error.rule");
            }
            if (starts.size() > MAX_SERIES) {
                errors.put("until", "forum.error.series-too-long");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Forum forum = forums.findById(forumId).orElseThrow();
        MeetingSeries s = new MeetingSeries(
                forum, draft.title().strip(), draft.firstStart(), draft.durationMinutes(), draft.rule(), draft.until());
        s.setPlace(ForumService.blankToNull(draft.place()));
        s.setOnlineLink(ForumService.blankToNull(draft.onlineLink()));
        List<SectionKind> kinds = draft.sections() == null || draft.sections().isEmpty()
                ? List.of(SectionKind.values())
                : List.copyOf(new LinkedHashSet<>(draft.sections()));
        s.setSections(kinds);
        series.save(s);
        for (LocalDateTime start : starts) {
            Meeting m = new Meeting(forum, s, s.getTitle(), start, start.plusMinutes(draft.durationMinutes()));
            m.setPlace(s.getPlace());
            m.setOnlineLink(s.getOnlineLink());
            meetings.save(m);
            template.apply(m, kinds);
        }
        return s.getId();
    }

    /** The forum's meetings in order (members), or the ones a guest is invited to. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings(long forumId) {
        PortalUser user = currentUser.require();
        ForumStanding standing = standings.inForum(user, forumId);
        if (access.mayReadForum(user, standing)) {
            return meetings.findByForumIdOrderByStartsAtAsc(forumId).stream()
                    .map(MeetingService::summary)
                    .toList();
        }
        return guests.findByPersonId(user.personId()).stream()
                .map(MeetingGuest::getMeeting)
                .filter(m -> m.getForum().getId() == forumId)
                .filter(m -> access.maySeeMeeting(user, ForumStanding.GUEST, m.agendaOut()))
                .sorted((a, b) -> a.getStartsAt().compareTo(b.getStartsAt()))
                .map(MeetingService::summary)
                .toList();
    }

    /** The user's coming meetings, as member or as guest, soonest first (for Start and the forum page). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> myUpcoming(int limit) {
        PortalUser user = currentUser.require();
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Meeting> mine = new LinkedHashSet<>();
        for (ForumMember membership : members.findByPersonId(user.personId())) {
            mine.addAll(meetings.findByForumIdOrderByStartsAtAsc(
                    membership.getForum().getId()));
        }
        guests.findByPersonId(user.personId()).stream()
                .map(MeetingGuest::getMeeting)
                .filter(m -> access.maySeeMeeting(user, ForumStanding.GUEST, m.agendaOut()))
                .forEach(mine::add);
        return mine.stream()
                .filter(m -> m.getEndsAt().isAfter(now) && m.getStatus() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(Meeting::getStartsAt))
                .limit(limit)
                .map(MeetingService::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public MeetingSummary meeting(long meetingId) {
        return summary(visibleMeeting(meetingId));
    }

    /** Invites a non-member to the meeting, or to one of its sections only (sectionId set). */
    public void inviteGuest(long meetingId, long personId, Long sectionId) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        requireChair(meeting.getForum().getId());
        if (!meeting.getStatus().agendaOpen()) {
            throw ValidationFailedException.of("", "forum.error.guest-closed");
        }
        if (forumService.memberRoles(meeting.getForum().getId()).containsKey(personId)) {
            throw ValidationFailedException.of("person", "forum.error.guest-is-member");
        }
        AgendaSection section = sectionId == null
                ? null
                : sections.findById(sectionId)
                        .filter(s -> s.getMeeting().equals(meeting))
                        .orElseThrow();
        Optional<MeetingGuest> invited = guests.findByMeetingIdAndPersonId(meetingId, personId);
        if (invited.isPresent() && Objects.equals(invited.get().getSection(), section)) {
            return; // invited to this part already: no second invitation
        }
        // invited again for another part (or the whole meeting): that part replaces the earlier one
        MeetingGuest guest = invited.orElseGet(() -> new MeetingGuest(meeting, personId, section));
        guest.invitedTo(section);
        guests.save(guest);
        // a published agenda shows the guest what their part holds; with a new part, they get it again
        if (meeting.getStatus() == MeetingStatus.PUBLISHED) {
            notices.agendaPublished(List.of(personId), meeting);
        }
    }

    /** The user's answer: attending, or absent with an optional substitute. */
    public void answer(long meetingId, RsvpAnswer answer, String substitute) {
        PortalUser user = currentUser.require();
        Meeting meeting = visibleMeeting(meetingId);
        if (!EnumSet.of(MeetingStatus.DRAFT, MeetingStatus.PUBLISHED).contains(meeting.getStatus())) {
            throw ValidationFailedException.of("", "forum.error.rsvp-closed");
        }
        if (answer == null) {
            throw ValidationFailedException.of("answer", "forum.error.rsvp-answer");
        }
        if (substitute != null && substitute.strip().length() > 150) {
            throw ValidationFailedException.of("substitute", "forum.error.substitute");
        }
        MeetingRsvp rsvp = rsvps.findByMeetingIdAndPersonId(meetingId, user.personId())
                .orElseGet(() -> new MeetingRsvp(meeting, user.personId()));
        rsvp.answer(answer, ForumService.blankToNull(substitute));
        rsvps.save(rsvp);
    }

    @Transactional(readOnly = true)
    public RsvpAnswer myAnswer(long meetingId) {
        PortalUser user = currentUser.require();
        visibleMeeting(meetingId);
        return rsvps.findByMeetingIdAndPersonId(meetingId, user.personId())
                .map(MeetingRsvp::getAnswer)
                .orElse(null);
    }

    /** For the chair: how many attend, are absent, have not answered (members and guests). */
    @Transactional(readOnly = true)
    public RsvpCount answers(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        requireChair(meeting.getForum().getId());
        List<MeetingRsvp> given = rsvps.findByMeetingId(meetingId);
        int attending = (int)
                given.stream().filter(r -> r.getAnswer() == RsvpAnswer.ATTEND).count();
        int absent = given.size() - attending;
        int invited = invited(meeting).size();
        return new RsvpCount(attending, absent, Math.max(0, invited - given.size()));
    }

    /** Publishes the agenda: members and guests get it with the calendar invitation. */
    public void publish(long meetingId) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        requireChair(meeting.getForum().getId());
        publishLocked(meeting);
    }

    /** Moves the meeting; once published, everyone invited gets the updated invitation. */
    public void reschedule(long meetingId, long version, LocalDateTime startsAt, LocalDateTime endsAt) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        requireChair(meeting.getForum().getId());
        ConcurrentEditException.requireVersion(meeting.getVersion(), version, "meeting", meetingId);
        if (!meeting.getStatus().agendaOpen()) {
            throw ValidationFailedException.of("", "forum.error.meeting-not-open");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        validate(meeting.getTitle(), startsAt, endsAt, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        meeting.reschedule(startsAt, endsAt);
        if (meeting.getStatus() == MeetingStatus.PUBLISHED) {
            notices.meetingChanged(invited(meeting), meeting);
        }
    }

    public void cancel(long meetingId) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        requireChair(meeting.getForum().getId());
        if (!meeting.getStatus().agendaOpen()) {
            throw ValidationFailedException.of("", "forum.error.meeting-not-open");
        }
        boolean wasPublished = meeting.getStatus() == MeetingStatus.PUBLISHED;
        meeting.setStatus(MeetingStatus.CANCELLED);
        if (wasPublished) {
            notices.meetingCancelled(invited(meeting), meeting);
        }
    }

    void publishLocked(Meeting meeting) {
        if (meeting.getStatus() != MeetingStatus.DRAFT) {
            throw ValidationFailedException.of("", "forum.error.already-published");
        }
        meeting.setStatus(MeetingStatus.PUBLISHED);
        meeting.setPublishedAt(clock.instant());
        notices.agendaPublished(invited(meeting), meeting);
    }

    /** Members and guests of the meeting. */
    Set<Long> invited(Meeting meeting) {
        Set<Long> people = new LinkedHashSet<>(
                forumService.memberRoles(meeting.getForum().getId()).keySet());
        guests.findByMeetingId(meeting.getId()).forEach(g -> people.add(g.getPersonId()));
        return people;
    }

    private Meeting visibleMeeting(long meetingId) {
        PortalUser user = currentUser.require();
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        access.require(
                access.maySeeMeeting(user, standings.inMeeting(user, meeting), meeting.agendaOut()),
                "not invited to this meeting");
        return meeting;
    }

    private void requireChair(long forumId) {
        PortalUser user = currentUser.require();
        access.require(access.mayChairForum(user, standings.inForum(user, forumId)), "not the chair of this forum");
    }

    private static void validate(
            String title, LocalDateTime startsAt, LocalDateTime endsAt, Map<String, String> errors) {
        if (title == null || title.isBlank() || title.strip().length() > 150) {
            errors.put("title", "forum.error.title");
        }
        if (startsAt == null) {
            errors.put("startsAt", "forum.error.start");
        }
        if (endsAt == null) {
            errors.put("endsAt", "forum.error.end");
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.put("endsAt", "forum.error.end-before-start");
        }
    }

    /** The column sizes of place and online link, as a message at the field rather than a database error. */
    private static void validateWhere(String place, String onlineLink, Map<String, String> errors) {
        if (place != null && place.strip().length() > 200) {
            errors.put("place", "forum.error.place");
        }
        if (onlineLink != null && onlineLink.strip().length() > 500) {
            errors.put("onlineLink", "forum.error.online-link");
        }
    }

    static MeetingSummary summary(Meeting m) {
        return new MeetingSummary(
                m.getId(),
                m.getVersion(),
                m.getForum().getId(),
                m.getForum().getName(),
                m.getTitle(),
                m.getStartsAt(),
                m.getEndsAt(),
                m.getPlace(),
                m.getOnlineLink(),
                m.getStatus());
    }
}
