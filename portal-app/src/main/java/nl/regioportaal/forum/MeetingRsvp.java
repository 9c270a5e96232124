package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A member's or guest's answer to a meeting: attending, or absent (optionally naming a substitute). */
@Entity
@Table(name = "meeting_rsvp")
public class MeetingRsvp extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RsvpAnswer answer;

    @Column(length = 150)
    private String substitute;

    protected MeetingRsvp() {}

    public MeetingRsvp(Meeting meeting, long personId) {
        this.meeting = meeting;
        this.personId = personId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getPersonId() {
        return personId;
    }

    public RsvpAnswer getAnswer() {
        return answer;
    }

    public String getSubstitute() {
        return substitute;
    }

    public void answer(RsvpAnswer answer, String substitute) {
        this.answer = answer;
        this.substitute = answer == RsvpAnswer.ABSENT ? substitute : null;
    }
}
