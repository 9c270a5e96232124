package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.shared.BaseEntity;

/**
 * One peer-supervision session: when, the method version it was planned with, its roles, and while
 * it runs the current phase with the instant it started (plus pauses and extensions), so every
 * screen on every node computes the same remaining time from the database.
 */
@Entity
@Table(name = "peer_session")
public class PeerSession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PeerGroup group;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "method_version_id")
    private MethodVersion method;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(length = 200)
    private String place;

    @Column(name = "case_bringer_person_id")
    private Long caseBringer;

    @Column(name = "minute_taker_person_id")
    private Long minuteTaker;

    @Column(name = "facilitator_person_id")
    private Long facilitator;

    /** Roles set by hand (comma-separated): the rotation leaves them alone, and they count like any other turn. */
    @Column(name = "overridden_roles", nullable = false, length = 60)
    private String overriddenRoles = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "phase_index", nullable = false)
    private int phaseIndex;

    @Column(name = "phase_started_at")
    private Instant phaseStartedAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "phase_extra_seconds", nullable = false)
    private int phaseExtraSeconds;

    @Column(name = "chosen_case_id")
    private Long chosenCaseId;

    @Column(length = 4000)
    private String agreements;

    @Column(length = 2000)
    private String lesson;

    @Column(name = "lesson_kept", nullable = false)
    private boolean lessonKept;

    @Column(name = "notes_override_reason", length = 300)
    private String notesOverrideReason;

    @Column(name = "purged_at")
    private Instant purgedAt;

    protected PeerSession() {}

    public PeerSession(
            PeerGroup group, MethodVersion method, LocalDateTime startsAt, LocalDateTime endsAt, String place) {
        this.group = group;
        this.method = method;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
    }

    // ---- planning ------------------------------------------------------------------------------

    /** Another start (the length stays) or place, before the session begins. */
    void move(LocalDateTime newStart, String newPlace) {
        Duration length = Duration.between(startsAt, endsAt);
        startsAt = newStart;
        endsAt = newStart.plus(length);
        place = newPlace;
    }

    void cancel() {
        status = SessionStatus.CANCELLED;
    }

    // ---- roles ---------------------------------------------------------------------------------

    public Map<PeerRole, Long> roles() {
        Map<PeerRole, Long> roles = new EnumMap<>(PeerRole.class);
        if (caseBringer != null) roles.put(PeerRole.CASE_BRINGER, caseBringer);
        if (minuteTaker != null) roles.put(PeerRole.MINUTE_TAKER, minuteTaker);
        if (facilitator != null) roles.put(PeerRole.FACILITATOR, facilitator);
        return roles;
    }

    public Long holderOf(PeerRole role) {
        return roles().get(role);
    }

    void assign(PeerRole role, Long personId) {
        switch (role) {
            case CASE_BRINGER -> caseBringer = personId;
            case MINUTE_TAKER -> minuteTaker = personId;
            case FACILITATOR -> facilitator = personId;
        }
    }

    public Set<PeerRole> overridden() {
        Set<PeerRole> set = EnumSet.noneOf(PeerRole.class);
        for (String s : overriddenRoles.split(",")) {
            if (!s.isBlank()) set.add(PeerRole.valueOf(s));
        }
        return set;
    }

    void markOverridden(PeerRole role) {
        Set<PeerRole> set = overridden();
        set.add(role);
        setOverridden(set);
    }

    /** The group's fixed facilitator leads this session; a facilitator set by hand before gives way. */
    void fixFacilitator(Long personId) {
        assign(PeerRole.FACILITATOR, personId);
        Set<PeerRole> set = overridden();
        set.remove(PeerRole.FACILITATOR);
        setOverridden(set);
    }

    /** The roles set by hand for someone who left the group go back to the rotation. */
    void releaseOverridesOf(long personId) {
        Set<PeerRole> set = overridden();
        set.removeIf(role -> Long.valueOf(personId).equals(holderOf(role)));
        setOverridden(set);
    }

    private void setOverridden(Set<PeerRole> roles) {
        overriddenRoles = roles.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    // ---- the live timer --------------------------------------------------------------------------

    void start(Instant now) {
        status = SessionStatus.RUNNING;
        phaseIndex = 0;
        phaseStartedAt = now;
        pausedAt = null;
        phaseExtraSeconds = 0;
    }

    void pause(Instant now) {
        if (pausedAt == null) pausedAt = now;
    }

    /** The pause did not use up the phase: its start moves on by the pause's length. */
    void resume(Instant now) {
        if (pausedAt != null) {
            phaseStartedAt = phaseStartedAt.plus(Duration.between(pausedAt, now));
            pausedAt = null;
        }
    }

    void extendOneMinute() {
        phaseExtraSeconds += 60;
    }

    /** On to the next phase; after the last one the session is done. */
    void nextPhase(Instant now) {
        if (phaseIndex + 1 >= method.getPhases().size()) {
            status = SessionStatus.DONE;
            pausedAt = null;
            return;
        }
        phaseIndex++;
        phaseStartedAt = now;
        pausedAt = null;
        phaseExtraSeconds = 0;
    }

    /** A session of the past (demo data): held, its phases over. */
    void markHeld() {
        status = SessionStatus.DONE;
        phaseIndex = method.getPhases().size() - 1;
    }

    /** Seconds left in the current phase (negative when it runs over), frozen while paused. */
    public long remainingSeconds(Instant now) {
        if (status != SessionStatus.RUNNING || phaseStartedAt == null) {
            return 0;
        }
        Instant until = pausedAt != null ? pausedAt : now;
        long used = Duration.between(phaseStartedAt, until).toSeconds();
        return method.getPhases().get(phaseIndex).getMinutes() * 60L + phaseExtraSeconds - used;
    }

    // ---- retention -------------------------------------------------------------------------------

    /** Deletes the notes; only a lesson the group chose to keep stays. */
    void purgeNotes(Instant now) {
        agreements = null;
        notesOverrideReason = null;
        chosenCaseId = null;
        if (!lessonKept) lesson = null;
        purgedAt = now;
    }

    // ---- plain properties --------------------------------------------------------------------------

    public PeerGroup getGroup() {
        return group;
    }

    public MethodVersion getMethod() {
        return method;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public int getPhaseIndex() {
        return phaseIndex;
    }

    public Instant getPhaseStartedAt() {
        return phaseStartedAt;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public int getPhaseExtraSeconds() {
        return phaseExtraSeconds;
    }

    public Long getChosenCaseId() {
        return chosenCaseId;
    }

    void setChosenCaseId(Long chosenCaseId) {
        this.chosenCaseId = chosenCaseId;
    }

    public String getAgreements() {
        return agreements;
    }

    public String getLesson() {
        return lesson;
    }

    public boolean isLessonKept() {
        return lessonKept;
    }

    void recordNotes(String agreements, String lesson, boolean lessonKept, String overrideReason) {
        this.agreements = agreements;
        this.lesson = lesson;
        this.lessonKept = lessonKept;
        this.notesOverrideReason = overrideReason;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }
}
