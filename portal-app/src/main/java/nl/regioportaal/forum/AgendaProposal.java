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

/** An item a member proposes for an upcoming meeting, waiting for the chair's triage. */
@Entity
@Table(name = "agenda_proposal")
public class AgendaProposal extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "proposer_person_id", nullable = false)
    private long proposerPersonId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String explanation;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status = ProposalStatus.PENDING;

    @Column(length = 1000)
    private String reason;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    protected AgendaProposal() {}

    public AgendaProposal(
            Forum forum,
            Meeting meeting,
            long proposerPersonId,
            String title,
            int durationMinutes,
            Instant proposedAt) {
        this.forum = forum;
        this.meeting = meeting;
        this.proposerPersonId = proposerPersonId;
        this.title = title;
        this.durationMinutes = durationMinutes;
        this.proposedAt = proposedAt;
    }

    public Forum getForum() {
        return forum;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getProposerPersonId() {
        return proposerPersonId;
    }

    public String getTitle() {
        return title;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getItemId() {
        return itemId;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public void accepted(long itemId) {
        this.status = ProposalStatus.ACCEPTED;
        this.itemId = itemId;
        this.reason = null;
    }

    public void deferred(String reason) {
        this.status = ProposalStatus.DEFERRED;
        this.reason = reason;
    }

    public void declined(String reason) {
        this.status = ProposalStatus.DECLINED;
        this.reason = reason;
    }
}
