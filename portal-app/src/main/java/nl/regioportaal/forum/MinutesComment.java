package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioportaal.shared.BaseEntity;

/** A comment or proposed amendment on draft minutes, by someone who attended; the chair accepts or rejects it. */
@Entity
@Table(name = "minutes_comment")
public class MinutesComment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false)
    private boolean amendment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status = CommentStatus.PROPOSED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MinutesComment() {}

    public MinutesComment(
            Meeting meeting, AgendaItem item, long personId, String text, boolean amendment, Instant createdAt) {
        this.meeting = meeting;
        this.item = item;
        this.personId = personId;
        this.text = text;
        this.amendment = amendment;
        this.createdAt = createdAt;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getItem() {
        return item;
    }

    public long getPersonId() {
        return personId;
    }

    public String getText() {
        return text;
    }

    public boolean isAmendment() {
        return amendment;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public void answer(CommentStatus status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
