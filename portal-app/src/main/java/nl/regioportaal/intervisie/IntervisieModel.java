package nl.regioportaal.intervisie;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.security.PeerGroupStanding;

/** The records the intervisie services take and give (never entities). */
public final class IntervisieModel {

    private IntervisieModel() {}

    public record GroupDraft(
            String name, Facilitation facilitation, Long facilitatorPersonId, int retentionDays, List<Long> members) {}

    /**
     * {@code facilitatorActive}: false once the fixed facilitator left the organisation; {@code version}:
     * the group's, for a change that must not overwrite someone else's.
     */
    public record GroupSummary(
            long id,
            String name,
            Facilitation facilitation,
            Long facilitatorPersonId,
            String facilitatorName,
            boolean facilitatorActive,
            int retentionDays,
            PeerGroupStanding myStanding,
            long version) {}

    /** {@code active}: false once the person left the organisation (they stay listed until taken out). */
    public record MemberRow(long personId, String name, boolean active) {}

    public record PhaseDraft(
            String nameNl, String nameEn, int minutes, Speaker speaker, String instructionNl, String instructionEn) {}

    public record MethodDraft(
            String code, String nameNl, String nameEn, boolean groupChooses, List<PhaseDraft> phases) {}

    /** A method as its current version shows it. */
    public record MethodView(
            long methodId,
            long versionId,
            String code,
            int number,
            String nameNl,
            String nameEn,
            boolean groupChooses,
            boolean retired,
            List<PhaseDraft> phases) {

        public int totalMinutes() {
            return phases.stream().mapToInt(PhaseDraft::minutes).sum();
        }
    }

    public record SessionDraft(long methodId, LocalDateTime startsAt, String place) {}

    /** A series: the first start and an iCalendar RRULE (e.g. {@code FREQ=WEEKLY;INTERVAL=4}) up to a last day. */
    public record SeriesDraft(long methodId, LocalDateTime firstStart, String rule, LocalDate until, String place) {}

    public record SessionSummary(
            long id,
            long groupId,
            String groupName,
            String methodName,
            long methodVersionId,
            int methodVersion,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            SessionStatus status,
            Map<PeerRole, String> roleNames,
            Map<PeerRole, Long> roles,
            boolean groupChooses,
            long version) {}

    public record CaseView(long id, String question, boolean mine, int votes, boolean myVote) {}

    public record RsvpRow(String name, PeerAnswer answer) {}

    public record PhaseState(int index, String name, String instruction, int minutes, Speaker speaker) {}

    /** The live session as every participant sees it; {@code remainingSeconds} computed from the stored phase start. */
    public record LiveState(
            SessionSummary session,
            List<PhaseState> phases,
            SessionStatus status,
            int phaseIndex,
            boolean paused,
            long remainingSeconds,
            String chosenCase,
            boolean facilitator,
            boolean minuteTaker,
            String agreements,
            String lesson,
            boolean lessonKept,
            long version) {

        public PhaseState current() {
            return phases.get(Math.min(phaseIndex, phases.size() - 1));
        }
    }

    /** A session's average rating, shown only once enough people rated it that no one can be singled out. */
    public record EvaluationAverage(LocalDate date, double average, int ratings) {}
}
