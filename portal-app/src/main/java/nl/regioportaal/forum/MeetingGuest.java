package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A person invited to one meeting, or to one section of it (section set), without being a member. */
@Entity
@Table(name = "meeting_guest")
public class MeetingGuest extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private AgendaSection section;

    protected MeetingGuest() {}

    public MeetingGuest(Meeting meeting, long personId, AgendaSection section) {
        this.meeting = meeting;
        this.personId = personId;
        this.section = section;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getPersonId() {
        return personId;
    }

    public AgendaSection getSection() {
        return section;
    }

    /** The part of the meeting the guest is invited to; null for the whole meeting. */
    void invitedTo(AgendaSection section) {
        this.section = section;
    }

    /** Is this section part of what the guest is invited to? */
    public boolean covers(AgendaSection other) {
        return section == null || section.equals(other);
    }
}
