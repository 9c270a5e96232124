package nl.regioportaal.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.shared.BaseEntity;

/**
 * Meetings that repeat (every 4 weeks on Thursday, the 2nd Tuesday of the month): an iCalendar RRULE
 * from the first start, in Amsterdam wall-clock time, and a template agenda of sections.
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(name = "first_start", nullable = false)
    private LocalDateTime firstStart;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 200)
    private String rrule;

    @Column(name = "until_date", nullable = false)
    private LocalDate until;

    @Column(length = 200)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_series_section", joinColumns = @JoinColumn(name = "series_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private List<SectionKind> sections = new ArrayList<>();

    protected MeetingSeries() {}

    public MeetingSeries(
            Forum forum, String title, LocalDateTime firstStart, int durationMinutes, String rrule, LocalDate until) {
        this.forum = forum;
        this.title = title;
        this.firstStart = firstStart;
        this.durationMinutes = durationMinutes;
        this.rrule = rrule;
        this.until = until;
    }

    public Forum getForum() {
        return forum;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getFirstStart() {
        return firstStart;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getRrule() {
        return rrule;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public List<SectionKind> getSections() {
        return sections;
    }

    public void setSections(List<SectionKind> sections) {
        this.sections = new ArrayList<>(sections);
    }
}
