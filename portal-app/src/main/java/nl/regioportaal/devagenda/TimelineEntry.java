package nl.regioportaal.devagenda;

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

/** One line of an initiative's timeline: an update, a status change, a proposal to a forum or its decision. */
@Entity
@Table(name = "devagenda_timeline")
class TimelineEntry extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TimelineKind kind;

    @Column(name = "author_person_id")
    private Long authorPersonId;

    @Column(name = "author_name", length = 150)
    private String authorName;

    @Column(columnDefinition = "TEXT")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", length = 20)
    private InitiativeStatus newStatus;

    @Column(name = "new_percentage")
    private Integer newPercentage;

    @Column(length = 60)
    private String reference;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected TimelineEntry() {}

    TimelineEntry(Initiative initiative, TimelineKind kind, String text, Instant happenedAt) {
        this.initiative = initiative;
        this.kind = kind;
        this.text = text;
        this.happenedAt = happenedAt;
    }

    TimelineEntry by(Long personId, String name) {
        this.authorPersonId = personId;
        this.authorName = name;
        return this;
    }

    TimelineEntry changing(InitiativeStatus status, Integer percentage) {
        this.newStatus = status;
        this.newPercentage = percentage;
        return this;
    }

    TimelineEntry referring(String reference) {
        this.reference = reference;
        return this;
    }

    /** AVG erasure: the entry stays part of the initiative's history, without the person. */
    void forgetAuthor() {
        this.authorPersonId = null;
        this.authorName = null;
    }

    Initiative getInitiative() {
        return initiative;
    }

    TimelineKind getKind() {
        return kind;
    }

    Long getAuthorPersonId() {
        return authorPersonId;
    }

    String getAuthorName() {
        return authorName;
    }

    String getText() {
        return text;
    }

    InitiativeStatus getNewStatus() {
        return newStatus;
    }

    Integer getNewPercentage() {
        return newPercentage;
    }

    String getReference() {
        return reference;
    }

    Instant getHappenedAt() {
        return happenedAt;
    }
}
