package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A decision of a forum, numbered per forum and year ({@code TLO-2027-014}). */
@Entity
@Table(name = "forum_decision")
public class Decision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 30)
    private String reference;

    @Column(nullable = false, length = 4000)
    private String text;

    protected Decision() {}

    public Decision(AgendaItem item, int year, int number, String text) {
        this.forum = item.getForum();
        this.meeting = item.getMeeting();
        this.item = item;
        this.year = year;
        this.number = number;
        this.reference = "%s-%d-%03d".formatted(forum.getCode(), year, number);
        this.text = text;
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

    public String getReference() {
        return reference;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
