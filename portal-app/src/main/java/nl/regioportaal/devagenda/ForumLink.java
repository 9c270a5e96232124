package nl.regioportaal.devagenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** The forum proposal an initiative was put forward in, so the forum's decision finds its way back. */
@Entity
@Table(name = "devagenda_forum_link")
class ForumLink extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(name = "meeting_id")
    private Long meetingId;

    protected ForumLink() {}

    ForumLink(Initiative initiative, long proposalId, long forumId, Long meetingId) {
        this.initiative = initiative;
        this.proposalId = proposalId;
        this.forumId = forumId;
        this.meetingId = meetingId;
    }

    Initiative getInitiative() {
        return initiative;
    }

    long getProposalId() {
        return proposalId;
    }
}
