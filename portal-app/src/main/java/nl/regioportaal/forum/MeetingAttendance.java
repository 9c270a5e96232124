package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** Who was there, as the secretary recorded it: the minutes' attendance list and the review round's rule. */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private boolean present;

    protected MeetingAttendance() {}

    public MeetingAttendance(Meeting meeting, long personId) {
        this.meeting = meeting;
        this.personId = personId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getPersonId() {
        return personId;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }
}
