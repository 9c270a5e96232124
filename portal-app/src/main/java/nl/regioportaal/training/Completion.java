package nl.regioportaal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.regioportaal.shared.BaseEntity;

/** Proof that a person completed a course; all are kept, the latest decides validity. */
@Entity
@Table(name = "completion")
class Completion extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "certificate_code", nullable = false, updatable = false, length = 32)
    private String certificateCode;

    protected Completion() {}

    Completion(long personId, Course course, Long enrolmentId, LocalDate completedOn) {
        this.personId = personId;
        this.course = course;
        this.enrolmentId = enrolmentId;
        this.completedOn = completedOn;
        this.validUntil =
                course.getValidityMonths() == null ? null : completedOn.plusMonths(course.getValidityMonths());
        this.certificateCode = CertificateCode.random();
    }

    long getPersonId() {
        return personId;
    }

    Course getCourse() {
        return course;
    }

    Long getEnrolmentId() {
        return enrolmentId;
    }

    LocalDate getCompletedOn() {
        return completedOn;
    }

    LocalDate getValidUntil() {
        return validUntil;
    }

    String getCertificateCode() {
        return certificateCode;
    }
}
