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

/**
 * An agenda item: on a meeting's agenda (meeting and section set) or in the forum's backlog (neither).
 * Links keep the history: {@code carriedFromId} the item it continues (moved or duplicated from an
 * earlier meeting), {@code forwardedFromId}/{@code forwardedToId} the item in the other forum.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private AgendaSection section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    /** Sanitised HTML (shared.html.RichText). */
    @Column(columnDefinition = "TEXT")
    private String explanation;

    @Column(length = 150)
    private String presenter;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind = ItemKind.DISCUSSION;

    @Column(nullable = false)
    private boolean confidential;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private StandingItem standing;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CarryOver outcome;

    @Column(name = "carried_from_id")
    private Long carriedFromId;

    @Column(name = "forwarded_from_id")
    private Long forwardedFromId;

    @Column(name = "forwarded_to_id")
    private Long forwardedToId;

    @Column(name = "minutes_notes", columnDefinition = "TEXT")
    private String minutesNotes;

    protected AgendaItem() {}

    public AgendaItem(Forum forum, String title, int durationMinutes, ItemKind kind) {
        this.forum = forum;
        this.title = title;
        this.durationMinutes = durationMinutes;
        this.kind = kind;
    }

    /** Puts the item on a meeting's agenda, in a section, at a position. */
    public void placeIn(AgendaSection section, int position) {
        this.meeting = section.getMeeting();
        this.section = section;
        this.position = position;
    }

    /** Takes the item off every agenda, into its forum's backlog. */
    public void toBacklog() {
        this.meeting = null;
        this.section = null;
        this.position = 0;
    }

    /** A copy for another meeting or the backlog, with the same content and a link back to this one. */
    public AgendaItem carriedOver() {
        AgendaItem copy = new AgendaItem(forum, title, durationMinutes, kind);
        copy.explanation = explanation;
        copy.presenter = presenter;
        copy.confidential = confidential;
        copy.carriedFromId = getId();
        return copy;
    }

    /** A copy for another forum's agenda (an item forwarded between two bodies), linked both ways. */
    public AgendaItem forwardedTo(Forum target) {
        AgendaItem copy = new AgendaItem(target, title, durationMinutes, kind);
        copy.explanation = explanation;
        copy.presenter = presenter;
        copy.confidential = confidential;
        copy.forwardedFromId = getId();
        return copy;
    }

    public boolean inBacklog() {
        return meeting == null;
    }

    public Forum getForum() {
        return forum;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaSection getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public ItemKind getKind() {
        return kind;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public StandingItem getStanding() {
        return standing;
    }

    public void setStanding(StandingItem standing) {
        this.standing = standing;
    }

    public CarryOver getOutcome() {
        return outcome;
    }

    public void setOutcome(CarryOver outcome) {
        this.outcome = outcome;
    }

    public Long getCarriedFromId() {
        return carriedFromId;
    }

    public Long getForwardedFromId() {
        return forwardedFromId;
    }

    public void setForwardedFromId(Long forwardedFromId) {
        this.forwardedFromId = forwardedFromId;
    }

    public Long getForwardedToId() {
        return forwardedToId;
    }

    public void setForwardedToId(Long forwardedToId) {
        this.forwardedToId = forwardedToId;
    }

    public String getMinutesNotes() {
        return minutesNotes;
    }

    public void setMinutesNotes(String minutesNotes) {
        this.minutesNotes = minutesNotes;
    }
}
