package nl.regioportaal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

@Entity
@Table(name = "attendance")
class Attendance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "session_date_id", nullable = false)
    private long sessionDateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceState state;

    @Column(length = 200)
    private String reason;

    protected Attendance() {}

    Attendance(Enrolment enrolment, long sessionDateId, AttendanceState state, String reason) {
        this.enrolment = enrolment;
        this.sessionDateId = sessionDateId;
        setState(state, reason);
    }

    Enrolment getEnrolment() {
        return enrolment;
    }

    long getSessionDateId() {
        return sessionDateId;
    }

    AttendanceState getState() {
        return state;
    }

    String getReason() {
        return reason;
    }

    /** A reason belongs to "afgemeld met reden" only; any other state drops it. */
    void setState(AttendanceState state, String reason) {
        this.state = state;
        this.reason = state == AttendanceState.EXCUSED ? reason : null;
    }
}
