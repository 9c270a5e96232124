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

    protected Attendance() {}

    Attendance(Enrolment enrolment, long sessionDateId, AttendanceState state) {
        this.enrolment = enrolment;
        this.sessionDateId = sessionDateId;
        this.state = state;
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

    void setState(AttendanceState state) {
        this.state = state;
    }
}
