package nl.regioportaal.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.notify.CalendarInvite;
import nl.regioportaal.notify.Channel;
import nl.regioportaal.notify.NoticeKinds;
import nl.regioportaal.notify.Notices;
import org.springframework.stereotype.Component;

/**
 * The one place the forum tells people something: {@link ForumNotice} events inside the caller's
 * transaction (texts {@code forum.notice.<kind>.*} in the recipient's language); a meeting's
 * notices carry its calendar item, so a changed time is an update and a cancellation a CANCEL.
 * Confidential content never goes into a notice: parameters are titles of meetings and of the
 * member's own proposals only.
 */
@Component
class ForumNotices implements NoticeKinds {

    private static final Map<String, Channel> DEFAULTS = defaultChannels();

    private final Notices notices;
    private final Clock clock;

    ForumNotices(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    void agendaPublished(Collection<Long> recipients, Meeting meeting) {
        CalendarInvite invite = invite(meeting);
        for (long person : recipients) {
            publish(person, "agenda-published", link(meeting), invite, meeting.getTitle(), when(meeting));
        }
    }

    void meetingChanged(Collection<Long> recipients, Meeting meeting) {
        CalendarInvite invite = invite(meeting);
        for (long person : recipients) {
            publish(person, "meeting-changed", link(meeting), invite, meeting.getTitle(), when(meeting));
        }
    }

    void meetingCancelled(Collection<Long> recipients, Meeting meeting) {
        CalendarInvite cancelled = invite(meeting).asCancellation();
        for (long person : recipients) {
            publish(person, "meeting-cancelled", link(meeting), cancelled, meeting.getTitle(), when(meeting));
        }
    }

    void proposalAnswered(AgendaProposal proposal, String reason) {
        String kind = "proposal-" + proposal.getStatus().name().toLowerCase();
        String link =
                proposal.getMeeting() == null ? "overleg/" + proposal.getForum().getId() : link(proposal.getMeeting());
        publish(proposal.getProposerPersonId(), kind, link, null, proposal.getTitle(), reason == null ? "" : reason);
    }

    void proposalWaiting(long chairPersonId, Meeting meeting, int waiting) {
        publish(chairPersonId, "proposals-waiting", link(meeting), null, meeting.getTitle(), String.valueOf(waiting));
    }

    /** One notice per owner and day listing their overdue actions; mailed in the weekly digest by default. */
    void actionsOverdue(long ownerPersonId, List<FollowUpView> overdue, LocalDate today) {
        String list = overdue.stream()
                .map(f -> "- " + f.description() + " (" + f.due() + ")")
                .collect(Collectors.joining("\n"));
        notices.publish(new ForumNotice(
                ownerPersonId,
                "forum.actions-overdue",
                "forum.notice.actions-overdue",
                List.of(String.valueOf(overdue.size()), list),
                "overleg/acties",
                Notices.key("forum.actions-overdue", "overleg/acties", ownerPersonId, today.toString()),
                null));
    }

    /** Those who attended may now comment on the minutes, until the deadline. */
    void minutesInReview(Collection<Long> attendees, Meeting meeting) {
        for (long person : attendees) {
            publish(
                    person,
                    "minutes-in-review",
                    minutesLink(meeting),
                    null,
                    meeting.getTitle(),
                    meeting.getReviewDeadline().toString());
        }
    }

    void minutesApproved(Collection<Long> members, Meeting meeting) {
        for (long person : members) {
            publish(person, "minutes-approved", minutesLink(meeting), null, meeting.getTitle(), when(meeting));
        }
    }

    static String minutesLink(Meeting meeting) {
        return link(meeting) + "/notulen";
    }

    static String link(Meeting meeting) {
        return "overleg/vergadering/" + meeting.getId();
    }

    static CalendarInvite invite(Meeting m) {
        String location = m.getPlace() != null ? m.getPlace() : m.getOnlineLink();
        return new CalendarInvite(
                "forum-meeting-" + m.getId(),
                m.getTitle(),
                location,
                link(m),
                List.of(new CalendarInvite.Slot(m.getStartsAt(), m.getEndsAt())),
                m.getStatus() == MeetingStatus.CANCELLED);
    }

    private static String when(Meeting m) {
        return m.getStartsAt().toLocalDate() + " " + m.getStartsAt().toLocalTime();
    }

    private void publish(long personId, String kind, String link, CalendarInvite calendar, Object... params) {
        String fullKind = "forum." + kind;
        List<String> texts = Arrays.stream(params).map(String::valueOf).toList();
        notices.publish(new ForumNotice(
                personId,
                fullKind,
                "forum.notice." + kind,
                texts,
                link,
                Notices.key(fullKind, link, personId, UUID.randomUUID().toString()),
                calendar == null ? null : calendar.seenAt(clock.instant())));
    }

    @Override
    public Map<String, Channel> defaults() {
        return DEFAULTS;
    }

    @Override
    public String labelKey(String kind) {
        return "forum.notice." + kind.substring("forum.".length()) + ".label";
    }

    private static Map<String, Channel> defaultChannels() {
        Map<String, Channel> d = new LinkedHashMap<>();
        d.put("forum.agenda-published", Channel.EMAIL);
        d.put("forum.meeting-changed", Channel.EMAIL);
        d.put("forum.meeting-cancelled", Channel.EMAIL);
        d.put("forum.proposal-accepted", Channel.EMAIL);
        d.put("forum.proposal-deferred", Channel.EMAIL);
        d.put("forum.proposal-declined", Channel.EMAIL);
        d.put("forum.proposals-waiting", Channel.EMAIL);
        d.put("forum.minutes-in-review", Channel.EMAIL);
        d.put("forum.minutes-approved", Channel.IN_APP);
        d.put("forum.actions-overdue", Channel.DIGEST);
        return Collections.unmodifiableMap(d);
    }
}
