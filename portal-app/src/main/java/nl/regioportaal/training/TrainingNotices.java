package nl.regioportaal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.regioportaal.notify.CalendarInvite;
import nl.regioportaal.notify.Channel;
import nl.regioportaal.notify.NoticeKinds;
import nl.regioportaal.notify.Notices;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;
import org.springframework.stereotype.Component;

/**
 * The one place the training module tells people something: it publishes {@link TrainingNotice}
 * events (kind + parameters, and the session's calendar item) inside the caller's transaction; notify
 * records, renders (in the recipient's language, texts {@code training.notice.<kind>.*}) and mails
 * them after the commit.
 */
@Component
class TrainingNotices implements NoticeKinds {

    static final String LINK_MINE = "scholing/mijn";

    /** Start, where a team leader decides on requests. */
    static final String LINK_START = "/";

    /**
     * Scheduled notices whose occasion is in their parameters (the session date, the deadline): the
     * same notice again is the same occasion and is recorded once. Every other notice is an occasion
     * of its own (an enrolment, a cancellation).
     */
    private static final Set<String> ONCE_PER_OCCASION =
            Set.of("reminder", "due-soon", "overdue", "expiring", "manual-reminder");

    private static final Map<String, Channel> DEFAULTS = defaultChannels();

    private final Notices notices;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final RegionDirectory directory;
    private final Clock clock;

    TrainingNotices(
            Notices notices,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            RegionDirectory directory,
            Clock clock) {
        this.notices = notices;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.directory = directory;
        this.clock = clock;
    }

    /** Sends notice {@code kind}: subject {@code training.notice.<kind>.subject}, body {@code ...body}, both with the parameters. */
    void send(long personId, String kind, String link, Object... params) {
        publish(personId, kind, link, Arrays.asList(params), null);
    }

    /** A notice that comes with the session's invitation (enrolment confirmed, moved up from the waiting list). */
    void sessionInvitation(long personId, long sessionId, String kind, Object... params) {
        CourseSession session = sessions.findById(sessionId).orElseThrow();
        publish(personId, kind, LINK_MINE, Arrays.asList(params), invite(session));
    }

    /**
     * The session was edited: when its dates, place or title changed, everybody with a seat gets the
     * updated invitation ({@code before}: {@link #invite} of the session before the edit).
     */
    void sessionChanged(long sessionId, CalendarInvite before) {
        CourseSession session = sessions.findById(sessionId).orElseThrow();
        CalendarInvite invite = invite(session);
        if (invite.equals(before)) {
            return;
        }
        LocalDate when = session.getStartsAt().toLocalDate();
        for (Enrolment e : enrolments.findBySessionAndStatus(sessionId, EnrolmentStatus.ENROLLED)) {
            publish(
                    e.getPersonId(),
                    "session-changed",
                    LINK_MINE,
                    List.of(session.getCourse().getTitle(), when),
                    invite);
        }
    }

    /** The session is cancelled: the notice, with METHOD:CANCEL for the calendar item. */
    void sessionCancelled(long personId, long sessionId, String link, Object... params) {
        CourseSession session = sessions.findById(sessionId).orElseThrow();
        publish(
                personId,
                "session-cancelled",
                link,
                Arrays.asList(params),
                invite(session).asCancellation());
    }

    /**
     * The person gave up their seat (or was taken off by their team leader): the session leaves their
     * calendar (METHOD:CANCEL for the invitation they got with the seat), or it would stay there as if
     * they were still expected.
     */
    void seatGivenUp(long personId, CourseSession session) {
        publish(
                personId,
                "enrolment-cancelled",
                LINK_MINE,
                List.of(session.getCourse().getTitle(), session.getStartsAt().toLocalDate()),
                invite(session).asCancellation());
    }

    /**
     * A request for approval arrived: the person is told their seat is held, and the team leaders of
     * their teams that a request waits for them on Start.
     */
    void approvalRequested(long personId, String title, LocalDate when, LocalDate holdUntil) {
        send(personId, "approval-requested", LINK_MINE, title, when, holdUntil);
        directory
                .person(personId)
                .ifPresent(person -> leadersOf(person)
                        .forEach(leader -> send(
                                leader, "approval-arrived", LINK_START, person.displayName(), title, when, holdUntil)));
    }

    private List<Long> leadersOf(PersonSummary person) {
        return person.teamIds().stream()
                .flatMap(team -> directory.activeMembersOf(team).stream())
                .filter(p -> p.id() != person.id() && p.roles().contains(Role.TEAM_LEADER))
                .map(PersonSummary::id)
                .distinct()
                .toList();
    }

    /**
     * Dates travel as ISO days and are written in the reader's language when the notice is shown
     * ({@code notify.NoticeTexts}); the occasion keeps the Dutch form it always had, so a notice
     * recorded before that change is not sent again.
     */
    private void publish(long personId, String kind, String link, List<?> params, CalendarInvite calendar) {
        String occasion = ONCE_PER_OCCASION.contains(kind)
                ? params.stream()
                        .map(p -> p instanceof LocalDate d ? StatusRefresher.format(d) : text(p))
                        .collect(Collectors.joining("|"))
                : UUID.randomUUID().toString();
        String fullKind = "training." + kind;
        notices.publish(new TrainingNotice(
                personId,
                fullKind,
                "training.notice." + kind,
                texts(params),
                link,
                Notices.key(fullKind, String.valueOf(link), personId, occasion),
                calendar == null ? null : calendar.seenAt(clock.instant())));
    }

    static CalendarInvite invite(CourseSession s) {
        List<CalendarInvite.Slot> slots = s.getDates().stream()
                .map(d -> new CalendarInvite.Slot(d.getStartsAt(), d.getEndsAt()))
                .toList();
        String location = s.getPlace() != null ? s.getPlace() : s.getOnlineLink();
        return new CalendarInvite(
                "training-session-" + s.getId(),
                s.getCourse().getTitle(),
                location,
                "scholing/cursus/" + s.getCourse().getId(),
                slots,
                s.isCancelled());
    }

    private static List<String> texts(List<?> params) {
        return params.stream().map(TrainingNotices::text).toList();
    }

    private static String text(Object param) {
        return param == null ? PortalFormats.NONE : String.valueOf(param);
    }

    @Override
    public Map<String, Channel> defaults() {
        return DEFAULTS;
    }

    @Override
    public String labelKey(String kind) {
        return "training.notice." + kind.substring("training.".length()) + ".label";
    }

    private static Map<String, Channel> defaultChannels() {
        Map<String, Channel> d = new LinkedHashMap<>();
        d.put("training.enrolment-confirmed", Channel.EMAIL);
        d.put("training.waiting-list", Channel.EMAIL);
        d.put("training.promoted", Channel.EMAIL);
        d.put("training.session-changed", Channel.EMAIL);
        d.put("training.session-cancelled", Channel.EMAIL);
        d.put("training.enrolment-cancelled", Channel.EMAIL);
        d.put("training.reminder", Channel.EMAIL);
        d.put("training.approval-requested", Channel.EMAIL);
        d.put("training.approval-arrived", Channel.EMAIL);
        d.put("training.approval-granted", Channel.EMAIL);
        d.put("training.approval-declined", Channel.EMAIL);
        d.put("training.approval-expired", Channel.EMAIL);
        d.put("training.session-opened", Channel.EMAIL);
        d.put("training.manual-reminder", Channel.EMAIL);
        d.put("training.due-soon", Channel.DIGEST);
        d.put("training.overdue", Channel.EMAIL);
        d.put("training.expiring", Channel.DIGEST);
        d.put("training.completed", Channel.EMAIL);
        return Collections.unmodifiableMap(d);
    }
}
