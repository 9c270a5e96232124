package nl.regioportaal.intervisie;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.regioportaal.intervisie.IntervisieModel.EvaluationAverage;
import nl.regioportaal.intervisie.IntervisieModel.LiveState;
import nl.regioportaal.intervisie.IntervisieModel.PhaseState;
import nl.regioportaal.intervisie.SessionAccess.Seat;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live session: the facilitator starts it (the case with the most votes becomes the chosen
 * case), pauses, extends the phase by a minute and moves to the next phase; each step stores the
 * phase start, so every participant, a reload or another node computes the same remaining time.
 * The minute taker records agreements and the lesson learned; afterwards each participant may rate
 * the session, and the group sees averages only.
 */
@Service
@Transactional
public class LiveSessionService {

    /** Fewer ratings than this and an average would show one person's rating. */
    static final int MIN_RATINGS_SHOWN = 2;

    private final SessionAccess gate;
    private final CaseService cases;
    private final EvaluationRepository evaluations;
    private final PeerSessionRepository sessions;
    private final SessionAttendance attendance;
    private final PeerPrivacy privacy;
    private final Clock clock;

    LiveSessionService(
            SessionAccess gate,
            CaseService cases,
            EvaluationRepository evaluations,
            PeerSessionRepository sessions,
            SessionAttendance attendance,
            PeerPrivacy privacy,
            Clock clock) {
        this.gate = gate;
        this.cases = cases;
        this.evaluations = evaluations;
        this.sessions = sessions;
        this.attendance = attendance;
        this.privacy = privacy;
        this.clock = clock;
    }

    public void start(long sessionId) {
        PeerSession s = facilitated(sessionId);
        if (s.getStatus() != SessionStatus.PLANNED) {
            throw ValidationFailedException.of("", "intervisie.error.not-planned");
        }
        s.setChosenCaseId(cases.winner(sessionId).map(CaseQuestion::getId).orElse(null));
        s.start(clock.instant());
    }

    public void pause(long sessionId) {
        running(sessionId, s -> s.pause(clock.instant()));
    }

    public void resume(long sessionId) {
        running(sessionId, s -> s.resume(clock.instant()));
    }

    public void extendOneMinute(long sessionId) {
        running(sessionId, PeerSession::extendOneMinute);
    }

    /** The next phase; after the last one the session is done and attendance is counted. */
    public void nextPhase(long sessionId) {
        running(sessionId, s -> {
            s.nextPhase(clock.instant());
            if (s.getStatus() == SessionStatus.DONE) {
                attendance.held(s);
            }
        });
    }

    @Transactional(readOnly = true)
    public LiveState live(long sessionId, Locale locale) {
        Seat seat = gate.seat(sessionId);
        PeerSession s = seat.session();
        List<MethodPhase> phases = s.getMethod().getPhases();
        List<PhaseState> states = IntStream.range(0, phases.size())
                .mapToObj(i -> new PhaseState(
                        i,
                        phases.get(i).name(locale),
                        phases.get(i).instruction(locale),
                        phases.get(i).getMinutes(),
                        phases.get(i).getSpeaker()))
                .toList();
        return new LiveState(
                gate.summary(s),
                states,
                s.getStatus(),
                s.getPhaseIndex(),
                s.isPaused(),
                s.remainingSeconds(clock.instant()),
                cases.question(s.getChosenCaseId()).orElse(null),
                seat.holds(PeerRole.FACILITATOR),
                seat.holds(PeerRole.MINUTE_TAKER),
                s.getAgreements(),
                s.getLesson(),
                s.isLessonKept(),
                s.getVersion());
    }

    /**
     * The session's version, which every change raises: a page on another node, which server push
     * does not reach, compares it with the state it shows.
     */
    @Transactional(readOnly = true)
    public long version(long sessionId) {
        return gate.seat(sessionId).session().getVersion();
    }

    /** The minute taker's agreements and lesson learned; keeping the lesson saves it from retention. */
    public void recordNotes(
            long sessionId, String agreements, String lesson, boolean keepLesson, String overrideReason) {
        Seat seat = gate.seat(sessionId);
        gate.policy()
                .require(
                        gate.policy()
                                .mayTakePeerMinutes(
                                        seat.user(),
                                        seat.standing(),
                                        seat.holds(PeerRole.MINUTE_TAKER) || seat.holds(PeerRole.FACILITATOR)),
                        "not the minute taker");
        if (seat.session().getPurgedAt() != null) {
            throw ValidationFailedException.of("agreements", "intervisie.error.purged");
        }
        if (seat.session().getStatus() == SessionStatus.CANCELLED) {
            throw ValidationFailedException.of("agreements", "intervisie.error.cancelled");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (agreements != null && agreements.length() > 4000) {
            errors.put("agreements", "intervisie.error.too-long");
        }
        if (lesson != null && lesson.length() > 2000) {
            errors.put("lesson", "intervisie.error.too-long");
        }
        privacy.check("agreements", agreements, overrideReason, errors);
        privacy.check("lesson", lesson, overrideReason, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        seat.session()
                .recordNotes(
                        PeerPrivacy.blankToNull(agreements),
                        PeerPrivacy.blankToNull(lesson),
                        keepLesson && lesson != null && !lesson.isBlank(),
                        PeerPrivacy.blankToNull(overrideReason));
    }

    /** A participant's rating (1–5) and sentence, once the session is under way or done; again replaces it. */
    public void evaluate(long sessionId, int score, String remark, String overrideReason) {
        Seat seat = gate.seat(sessionId);
        if (seat.session().getStatus() == SessionStatus.CANCELLED) {
            throw ValidationFailedException.of("score", "intervisie.error.cancelled");
        }
        if (seat.session().getStatus() == SessionStatus.PLANNED) {
            throw ValidationFailedException.of("score", "intervisie.error.not-held");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (score < 1 || score > 5) {
            errors.put("score", "intervisie.error.score");
        }
        if (remark != null && remark.length() > 300) {
            errors.put("remark", "intervisie.error.too-long");
        }
        privacy.check("remark", remark, overrideReason, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Evaluation e = evaluations
                .findBySessionIdAndPersonId(sessionId, seat.user().personId())
                .orElseGet(() -> new Evaluation(sessionId, seat.user().personId()));
        e.rate(score, PeerPrivacy.blankToNull(remark));
        evaluations.save(e);
    }

    /** Per held session the average rating, never one person's: sessions with too few ratings are left out. */
    @Transactional(readOnly = true)
    public List<EvaluationAverage> averages(long groupId) {
        gate.requireTakesPart(groupId);
        Map<Long, PeerSession> held = sessions.findByGroupIdOrderByStartsAtAsc(groupId).stream()
                .filter(s -> s.getStatus() != SessionStatus.PLANNED)
                .collect(Collectors.toMap(PeerSession::getId, s -> s, (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<Evaluation>> bySession = evaluations.findBySessionIdIn(held.keySet()).stream()
                .collect(Collectors.groupingBy(Evaluation::getSessionId));
        List<EvaluationAverage> averages = new ArrayList<>();
        held.forEach((id, s) -> {
            List<Evaluation> rated = bySession.getOrDefault(id, List.of());
            if (rated.size() >= MIN_RATINGS_SHOWN) {
                double avg =
                        rated.stream().mapToInt(Evaluation::getScore).average().orElse(0);
                averages.add(new EvaluationAverage(s.getStartsAt().toLocalDate(), avg, rated.size()));
            }
        });
        return averages;
    }

    /** The lessons the group kept (after retention the only thing left of a session). */
    @Transactional(readOnly = true)
    public List<String> keptLessons(long groupId) {
        gate.requireTakesPart(groupId);
        return sessions.findByGroupIdOrderByStartsAtAsc(groupId).stream()
                .filter(PeerSession::isLessonKept)
                .map(PeerSession::getLesson)
                .toList();
    }

    private PeerSession facilitated(long sessionId) {
        Seat seat = gate.seat(sessionId);
        gate.policy()
                .require(
                        gate.policy()
                                .mayFacilitatePeerSession(
                                        seat.user(), seat.standing(), seat.holds(PeerRole.FACILITATOR)),
                        "not this session's facilitator");
        return seat.session();
    }

    private void running(long sessionId, Consumer<PeerSession> step) {
        PeerSession s = facilitated(sessionId);
        if (s.getStatus() != SessionStatus.RUNNING) {
            throw ValidationFailedException.of("", "intervisie.error.not-running");
        }
        step.accept(s);
    }
}
