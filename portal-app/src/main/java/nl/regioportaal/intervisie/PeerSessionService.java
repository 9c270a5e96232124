package nl.regioportaal.intervisie;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.intervisie.IntervisieModel.RsvpRow;
import nl.regioportaal.intervisie.IntervisieModel.SeriesDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.intervisie.SessionAccess.Seat;
import nl.regioportaal.notify.Recurrence;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning sessions (one, or a series through the recurrence helper, each with its calendar
 * invitation), the answers "I attend / I am absent", and the roles: proposed by fair
 * {@link Rotation} for every session not yet held, again whenever an answer or a hand-set role
 * changes the picture; a role set by hand stays and counts as that person's turn.
 */
@Service
@Transactional
public class PeerSessionService {

    static final int MAX_SERIES = 26;

    private final PeerSessionRepository sessions;
    private final SessionRsvpRepository answers;
    private final PeerGroupRepository groups;
    private final PeerGroupService groupService;
    private final MethodService methods;
    private final SessionAccess gate;
    private final IntervisieNotices notices;
    private final PeerPrivacy privacy;
    private final CurrentUser currentUser;
    private final Clock clock;

    PeerSessionService(
            PeerSessionRepository sessions,
            SessionRsvpRepository answers,
            PeerGroupRepository groups,
            PeerGroupService groupService,
            MethodService methods,
            SessionAccess gate,
            IntervisieNotices notices,
            PeerPrivacy privacy,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.answers = answers;
        this.groups = groups;
        this.groupService = groupService;
        this.methods = methods;
        this.gate = gate;
        this.notices = notices;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long planSession(long groupId, SessionDraft draft) {
        gate.requireTakesPart(groupId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.startsAt() == null || draft.startsAt().isBefore(LocalDateTime.now(clock))) {
            errors.put("startsAt", "intervisie.error.starts-at");
        }
        privacy.checkBlocks("place", draft.place(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        MethodVersion method = methods.currentVersion(draft.methodId());
        PeerSession session = plan(groupId, method, draft.startsAt(), draft.place());
        proposeRoles(groupId);
        notices.sessionPlanned(recipients(groupId), session);
        return session.getId();
    }

    /** A series from an iCalendar RRULE (e.g. every four weeks) up to a last day; at most 26 sessions. */
    public List<Long> planSeries(long groupId, SeriesDraft draft) {
        gate.requireTakesPart(groupId);
        Map<String, String> errors = new LinkedHashMap<>();
        List<LocalDateTime> starts = List.of();
        if (draft.firstStart() == null || draft.firstStart().isBefore(LocalDateTime.now(clock))) {
            errors.put("startsAt", "intervisie.error.starts-at");
        } else if (draft.until() == null
                || draft.until().isBefore(draft.firstStart().toLocalDate())) {
            errors.put("until", "intervisie.error.until");
        } else {
            try {
                starts = Recurrence.starts(draft.firstStart(), draft.rule(), draft.until());
            } catch (RuntimeException e) {
                errors.put("rule", "intervisie.error.rule");
            }
            if (starts.size() > MAX_SERIES) {
                errors.put("until", "intervisie.error.series-too-long");
            }
        }
        privacy.checkBlocks("place", draft.place(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        MethodVersion method = methods.currentVersion(draft.methodId());
        List<PeerSession> planned = new ArrayList<>();
        for (LocalDateTime start : starts) {
            planned.add(plan(groupId, method, start, draft.place()));
        }
        proposeRoles(groupId);
        Set<Long> recipients = recipients(groupId);
        planned.forEach(s -> notices.sessionPlanned(recipients, s));
        return planned.stream().map(PeerSession::getId).toList();
    }

    /**
     * Moves a session not yet begun to another start or place (its length stays), if nobody changed
     * it since the user saw {@code version}. The answers given for the old time no longer hold (as a
     * calendar asks again on a changed invitation), the roles are proposed again in the new order,
     * and everyone invited gets the changed invitation.
     */
    public void moveSession(long sessionId, long version, LocalDateTime startsAt, String place) {
        Seat seat = plannedAsSeen(sessionId, version);
        PeerSession session = seat.session();
        Map<String, String> errors = new LinkedHashMap<>();
        if (startsAt == null || startsAt.isBefore(LocalDateTime.now(clock))) {
            errors.put("startsAt", "intervisie.error.starts-at");
        }
        privacy.checkBlocks("place", place, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        boolean newTime = !startsAt.equals(session.getStartsAt());
        session.move(startsAt, PeerPrivacy.blankToNull(place));
        if (newTime) {
            answers.deleteAll(answers.findBySessionId(sessionId));
        }
        proposeRoles(seat.groupId());
        notices.sessionMoved(recipients(seat.groupId()), session);
    }

    /**
     * Cancels a session not yet begun, as the user saw it at {@code version}: it stays in the group's
     * list as cancelled, its roles count as nobody's turn, and it leaves everyone's calendar.
     */
    public void cancelSession(long sessionId, long version) {
        Seat seat = plannedAsSeen(sessionId, version);
        seat.session().cancel();
        proposeRoles(seat.groupId());
        notices.sessionCancelled(recipients(seat.groupId()), seat.session());
    }

    /** The user's seat at a session not yet begun that nobody changed since they saw {@code version}. */
    private Seat plannedAsSeen(long sessionId, long version) {
        Seat seat = gate.seat(sessionId);
        ConcurrentEditException.requireVersion(seat.session().getVersion(), version, "peer session", sessionId);
        requirePlanned(seat.session());
        return seat;
    }

    PeerSession plan(long groupId, MethodVersion method, LocalDateTime start, String place) {
        PeerGroup group = groups.findById(groupId).orElseThrow();
        PeerSession session = new PeerSession(
                group, method, start, start.plusMinutes(method.totalMinutes()), PeerPrivacy.blankToNull(place));
        if (group.getFacilitation() == Facilitation.FIXED) {
            session.fixFacilitator(group.getFacilitatorPersonId());
        }
        return sessions.save(session);
    }

    @Transactional(readOnly = true)
    public List<SessionSummary> sessions(long groupId) {
        gate.requireTakesPart(groupId);
        return sessions.findByGroupIdOrderByStartsAtAsc(groupId).stream()
                .map(gate::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public SessionSummary session(long sessionId) {
        return gate.summary(gate.seat(sessionId).session());
    }

    /** The user's coming sessions in the groups they take part in, soonest first. */
    @Transactional(readOnly = true)
    public List<SessionSummary> myUpcoming(int limit) {
        currentUser.require();
        List<Long> mine = groupService.myGroups().stream()
                .filter(g -> g.myStanding().takesPart())
                .map(g -> g.id())
                .toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return sessions.findByGroupIdInAndEndsAtAfterOrderByStartsAtAsc(mine, LocalDateTime.now(clock)).stream()
                .filter(s -> s.getStatus() == SessionStatus.PLANNED || s.getStatus() == SessionStatus.RUNNING)
                .limit(limit)
                .map(gate::summary)
                .toList();
    }

    /** I attend or I am absent; the roles of this and later sessions are proposed again. */
    public void answer(long sessionId, PeerAnswer answer) {
        Seat seat = gate.seat(sessionId);
        requirePlanned(seat.session());
        SessionRsvp rsvp = answers.findBySessionIdAndPersonId(
                        sessionId, seat.user().personId())
                .orElseGet(() -> new SessionRsvp(sessionId, seat.user().personId(), answer));
        rsvp.setAnswer(answer);
        answers.save(rsvp);
        proposeRoles(seat.groupId());
    }

    @Transactional(readOnly = true)
    public PeerAnswer myAnswer(long sessionId) {
        Seat seat = gate.seat(sessionId);
        return answers.findBySessionIdAndPersonId(sessionId, seat.user().personId())
                .map(SessionRsvp::getAnswer)
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public List<RsvpRow> answers(long sessionId) {
        Seat seat = gate.seat(sessionId);
        Map<Long, PeerAnswer> given = answers.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(SessionRsvp::getPersonId, SessionRsvp::getAnswer));
        List<Long> people = groupService.memberIds(seat.groupId());
        Map<Long, String> names = groupService.names(people);
        return people.stream()
                .map(p -> new RsvpRow(names.getOrDefault(p, "?"), given.get(p)))
                .toList();
    }

    /**
     * Sets a role by hand (a swap agreed in the group). The person must be a member who is not
     * absent and has no other role in this session; a fixed facilitator is not replaced here.
     */
    public void overrideRole(long sessionId, PeerRole role, long personId) {
        Seat seat = gate.seat(sessionId);
        PeerSession session = seat.session();
        requirePlanned(session);
        if (role == PeerRole.FACILITATOR && session.getGroup().getFacilitation() == Facilitation.FIXED) {
            throw ValidationFailedException.of("role", "intervisie.error.fixed-facilitator");
        }
        if (!groupService.activeMemberIds(seat.groupId()).contains(personId)
                || absent(sessionId).contains(personId)) {
            throw ValidationFailedException.of("role", "intervisie.error.role-person");
        }
        Map<PeerRole, Long> roles = session.roles();
        roles.remove(role);
        if (roles.containsValue(personId)) {
            throw ValidationFailedException.of("role", "intervisie.error.one-role");
        }
        session.assign(role, personId);
        session.markOverridden(role);
        proposeRoles(seat.groupId());
    }

    /**
     * A member joined or left after the group was set up: the roles of the coming sessions are
     * proposed again (a role set by hand for who left goes back to the rotation), and each coming
     * session enters the joiner's calendar or leaves the leaver's.
     */
    @EventListener
    void membershipChanged(MembershipChanged change) {
        List<PeerSession> coming = coming(change.groupId());
        if (!change.joined()) {
            coming.forEach(s -> s.releaseOverridesOf(change.personId()));
        }
        proposeRoles(change.groupId());
        if (change.erased() || change.personId() == fixedFacilitator(change.groupId())) {
            return; // the fixed facilitator is invited whether a member or not
        }
        for (PeerSession session : coming) {
            if (change.joined()) {
                notices.sessionPlanned(List.of(change.personId()), session);
            } else {
                notices.sessionWithdrawn(change.personId(), session);
            }
        }
    }

    /**
     * Another facilitation: the coming sessions get their facilitator (the fixed one, or the rotation's
     * proposal), the new fixed facilitator their invitations and the former one, unless a member, their
     * cancellations.
     */
    @EventListener
    void facilitationChanged(FacilitationChanged change) {
        List<PeerSession> coming = coming(change.groupId());
        proposeRoles(change.groupId());
        List<Long> members = groupService.memberIds(change.groupId());
        for (PeerSession session : coming) {
            if (change.after() != null && !members.contains(change.after())) {
                notices.sessionPlanned(List.of(change.after()), session);
            }
            if (change.before() != null && !change.erased() && !members.contains(change.before())) {
                notices.sessionWithdrawn(change.before(), session);
            }
        }
    }

    /** The group's sessions not yet held, cancelled or purged. */
    private List<PeerSession> coming(long groupId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessions.findByGroupIdOrderByStartsAtAsc(groupId).stream()
                .filter(s -> s.getStatus() == SessionStatus.PLANNED
                        && s.getPurgedAt() == null
                        && s.getStartsAt().isAfter(now))
                .toList();
    }

    private long fixedFacilitator(long groupId) {
        Long fixed = groups.findById(groupId).orElseThrow().getFacilitatorPersonId();
        return fixed == null ? -1 : fixed;
    }

    /** Proposes the roles of every session not yet held, in order, each from the turns before it. */
    void proposeRoles(long groupId) {
        List<Long> members = groupService.activeMemberIds(groupId);
        List<Map<PeerRole, Long>> history = new ArrayList<>();
        for (PeerSession s : sessions.findByGroupIdOrderByStartsAtAsc(groupId)) {
            if (s.getStatus() == SessionStatus.PLANNED && s.getPurgedAt() == null) {
                boolean rotating = s.getGroup().getFacilitation() == Facilitation.ROTATING;
                Set<PeerRole> toFill = rotating
                        ? EnumSet.allOf(PeerRole.class)
                        : EnumSet.of(PeerRole.CASE_BRINGER, PeerRole.MINUTE_TAKER);
                Map<PeerRole, Long> given = new EnumMap<>(PeerRole.class);
                s.overridden().forEach(r -> given.put(r, s.holderOf(r)));
                if (!rotating) {
                    s.fixFacilitator(s.getGroup().getFacilitatorPersonId());
                    given.put(PeerRole.FACILITATOR, s.getGroup().getFacilitatorPersonId());
                }
                Map<PeerRole, Long> proposal = Rotation.propose(members, history, absent(s.getId()), toFill, given);
                for (PeerRole role : toFill) {
                    if (!given.containsKey(role)) {
                        s.assign(role, proposal.get(role));
                    }
                }
            }
            if (s.getStatus() != SessionStatus.CANCELLED) {
                history.add(s.roles());
            }
        }
    }

    private Set<Long> absent(long sessionId) {
        return answers.findBySessionId(sessionId).stream()
                .filter(a -> a.getAnswer() == PeerAnswer.ABSENT)
                .map(SessionRsvp::getPersonId)
                .collect(Collectors.toSet());
    }

    private Set<Long> recipients(long groupId) {
        Set<Long> people = new LinkedHashSet<>(groupService.memberIds(groupId));
        PeerGroup group = groups.findById(groupId).orElseThrow();
        if (group.getFacilitatorPersonId() != null) {
            people.add(group.getFacilitatorPersonId());
        }
        return people;
    }

    private static void requirePlanned(PeerSession session) {
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw ValidationFailedException.of("", "intervisie.error.not-planned");
        }
    }

    /** Who the user is, for screens that mark "you". */
    @Transactional(readOnly = true)
    public long me() {
        PortalUser user = currentUser.require();
        return user.personId();
    }
}
