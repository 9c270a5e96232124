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
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportaal.shared.BaseEntity;

/** One meeting of a forum: when and where, its status, and (through its sections) its agenda. */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private MeetingSeries series;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(length = 200)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "review_deadline")
    private LocalDate reviewDeadline;

    protected Meeting() {}

    public Meeting(Forum forum, MeetingSeries series, String title, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.forum = forum;
        this.series = series;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Forum getForum() {
        return forum;
    }

    public MeetingSeries getSeries() {
        return series;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void reschedule(LocalDateTime startsAt, LocalDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
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

    public MeetingStatus getStatus() {
        return status;
    }

    /** Has the agenda gone out (published, or the meeting has moved on from there)? Guests see it from then on. */
    public boolean agendaOut() {
        return status != MeetingStatus.DRAFT;
    }

    public void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public void setReviewDeadline(LocalDate reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }
}
