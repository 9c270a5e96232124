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

/** A section of one meeting's agenda (opening, work meeting, dialogue with external partners, …). */
@Entity
@Table(name = "agenda_section")
public class AgendaSection extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SectionKind kind;

    @Column(nullable = false)
    private int position;

    protected AgendaSection() {}

    public AgendaSection(Meeting meeting, SectionKind kind, int position) {
        this.meeting = meeting;
        this.kind = kind;
        this.position = position;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public SectionKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }
}
