package nl.regioportaal.training;

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
import nl.regioportaal.shared.BaseEntity;
import nl.regioportaal.shared.i18n.PortalFormats;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person's place in a session, or on its waiting list. Arrival order is the id: rows are
 * inserted while the session row is locked, so ids follow the order in which requests got the lock.
 */
@Audited
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    /** 1 while open, null when closed: the unique key (person, course, open_marker) allows one open enrolment. */
    @NotAudited
    @Column(name = "open_marker")
    private Integer openMarker;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "enrolled_by_person_id", nullable = false)
    private long enrolledByPersonId;

    @NotAudited
    @Column(nullable = false)
    private boolean reminded;

    /** Until when a request for approval holds its seat. */
    @Column(name = "hold_until")
    private Instant holdUntil;

    @Column(name = "decided_by_person_id")
    private Long decidedByPersonId;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    protected Enrolment() {}

    Enrolment(
            CourseSession session,
            long personId,
            Long municipalityId,
            EnrolmentStatus status,
            Instant createdAt,
            long enrolledByPersonId) {
        this.session = session;
        this.courseId = session.getCourse().getId();
        this.personId = personId;
        this.municipalityId = municipalityId;
        this.createdAt = createdAt;
        this.enrolledByPersonId = enrolledByPersonId;
        setStatus(status);
    }

    void setStatus(EnrolmentStatus status) {
        this.status = status;
        this.openMarker = status.isOpen() ? 1 : null;
    }

    public CourseSession getSession() {
        return session;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getEnrolledByPersonId() {
        return enrolledByPersonId;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    /**
     * Until when a request holds its seat: the course's hold days, but never past the session's
     * start. After the start nobody can approve it ({@link ApprovalService#approve}), so a longer hold
     * would only keep the seat from the waiting list and promise the person a date that cannot come true.
     */
    static Instant holdUntil(Instant now, int holdDays, LocalDateTime sessionStart) {
        Instant configured = now.plus(Duration.ofDays(holdDays));
        Instant start = sessionStart.atZone(PortalFormats.AMSTERDAM).toInstant();
        return configured.isAfter(start) ? start : configured;
    }

    /** Moved up from the waiting list into a course that needs approval: the seat is held from now. */
    void awaitApproval(Instant until) {
        setStatus(EnrolmentStatus.AWAITING_APPROVAL);
        holdUntil = until;
    }

    void decide(EnrolmentStatus outcome, Long byPersonId, String reason) {
        setStatus(outcome);
        decidedByPersonId = byPersonId;
        decisionReason = reason;
    }

    boolean isReminded() {
        return reminded;
    }

    void markReminded() {
        reminded = true;
    }
}
