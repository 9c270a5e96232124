package nl.regioportaal.intervisie;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioportaal.intervisie.IntervisieModel.CaseView;
import nl.regioportaal.intervisie.SessionAccess.Seat;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case preparation: before the session the case bringer (or, when the method lets the group
 * choose, every member) writes one short case question; members see the questions and vote for
 * one. Every text passes the privacy guard: nothing is saved while a block stands.
 */
@Service
@Transactional
public class CaseService {

    static final int MAX_QUESTION = 1000;

    private final CaseQuestionRepository cases;
    private final CaseVoteRepository votes;
    private final SessionAccess gate;
    private final PeerPrivacy privacy;

    CaseService(CaseQuestionRepository cases, CaseVoteRepository votes, SessionAccess gate, PeerPrivacy privacy) {
        this.cases = cases;
        this.votes = votes;
        this.gate = gate;
        this.privacy = privacy;
    }

    /** Writes (or rewrites) the user's case question for the session; a warning needs the reason it stays. */
    public long writeCase(long sessionId, String question, String overrideReason) {
        Seat seat = gate.seat(sessionId);
        requirePlanned(seat);
        if (!seat.session().getMethod().isGroupChooses() && !seat.holds(PeerRole.CASE_BRINGER)) {
            throw ValidationFailedException.of("question", "intervisie.error.not-case-bringer");
        }
        String text = question == null ? "" : question.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (text.isEmpty() || text.length() > MAX_QUESTION) {
            errors.put("question", "intervisie.error.question");
        } else {
            privacy.check("question", text, overrideReason, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        CaseQuestion c = cases.findBySessionIdAndAuthorPersonId(
                        sessionId, seat.user().personId())
                .orElseGet(() -> new CaseQuestion(sessionId, seat.user().personId()));
        c.write(text, PeerPrivacy.blankToNull(overrideReason));
        return cases.save(c).getId();
    }

    /** The session's case questions with their votes, in the order they were written. */
    @Transactional(readOnly = true)
    public List<CaseView> cases(long sessionId) {
        Seat seat = gate.seat(sessionId);
        List<CaseVote> all = votes.findBySessionId(sessionId);
        Map<Long, Long> counts =
                all.stream().collect(Collectors.groupingBy(CaseVote::getCaseId, Collectors.counting()));
        Long myVote = all.stream()
                .filter(v -> v.getPersonId() == seat.user().personId())
                .map(CaseVote::getCaseId)
                .findFirst()
                .orElse(null);
        return cases.findBySessionIdOrderByIdAsc(sessionId).stream()
                .map(c -> new CaseView(
                        c.getId(),
                        c.getQuestion(),
                        c.getAuthorPersonId() == seat.user().personId(),
                        counts.getOrDefault(c.getId(), 0L).intValue(),
                        c.getId().equals(myVote)))
                .toList();
    }

    /** One vote per member per session; voting again moves it. */
    public void vote(long sessionId, long caseId) {
        Seat seat = gate.seat(sessionId);
        requirePlanned(seat);
        CaseQuestion c = cases.findById(caseId)
                .filter(q -> q.getSessionId() == sessionId)
                .orElseThrow(() -> ValidationFailedException.of("case", "intervisie.error.case"));
        CaseVote vote = votes.findBySessionIdAndPersonId(sessionId, seat.user().personId())
                .orElseGet(() -> new CaseVote(sessionId, c.getId(), seat.user().personId()));
        vote.setCaseId(c.getId());
        votes.save(vote);
    }

    /** The case with the most votes (the earliest written on a tie), or none yet. */
    Optional<CaseQuestion> winner(long sessionId) {
        Map<Long, Long> counts = votes.findBySessionId(sessionId).stream()
                .collect(Collectors.groupingBy(CaseVote::getCaseId, Collectors.counting()));
        return cases.findBySessionIdOrderByIdAsc(sessionId).stream()
                .max(Comparator.<CaseQuestion>comparingLong(c -> counts.getOrDefault(c.getId(), 0L))
                        .thenComparing(c -> -c.getId()));
    }

    Optional<String> question(Long caseId) {
        return caseId == null ? Optional.empty() : cases.findById(caseId).map(CaseQuestion::getQuestion);
    }

    private static void requirePlanned(Seat seat) {
        if (seat.session().getStatus() != SessionStatus.PLANNED) {
            throw ValidationFailedException.of("question", "intervisie.error.not-planned");
        }
    }
}
