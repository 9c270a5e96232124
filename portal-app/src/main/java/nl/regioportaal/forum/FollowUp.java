package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.regioportaal.shared.BaseEntity;

/**
 * An action (our own task) or a commitment to others recorded in the minutes; it stays on the
 * forum's list across meetings until it is done or closed as not done. The owner is a member
 * (person id) or a named outsider.
 */
@Entity
@Table(name = "forum_action")
public class FollowUp extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpKind kind;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "owner_name", length = 150)
    private String ownerName;

    @Column(name = "to_whom", length = 150)
    private String toWhom;

    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Column(name = "status_note", length = 1000)
    private String statusNote;

    protected FollowUp() {}

    public FollowUp(Meeting meeting, AgendaItem item, FollowUpKind kind, String description, LocalDate due) {
        this.forum = meeting.getForum();
        this.meeting = meeting;
        this.item = item;
        this.kind = kind;
        this.description = description;
        this.due = due;
    }

    public Forum getForum() {
        return forum;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getItem() {
        return item;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void ownedBy(Long personId, String name) {
        this.ownerPersonId = personId;
        this.ownerName = name;
    }

    public String getToWhom() {
        return toWhom;
    }

    public void setToWhom(String toWhom) {
        this.toWhom = toWhom;
    }

    public LocalDate getDue() {
        return due;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public void close(FollowUpStatus status, String note) {
        this.status = status;
        this.statusNote = note;
    }

    public boolean overdue(LocalDate today) {
        return status == FollowUpStatus.OPEN && due.isBefore(today);
    }
}
