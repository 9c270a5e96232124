package nl.regioportaal.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A run of a course: one or more day parts, a place or link, a trainer and a number of seats. */
@Audited
@Entity
@Table(name = "course_session")
public class CourseSession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(length = 300)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(name = "trainer_person_id")
    private Long trainerPersonId;

    @Column(name = "trainer_name", length = 200)
    private String trainerName;

    @Column(nullable = false)
    private int seats;

    /** Start of the first day part; kept for sorting and filtering without reading the dates. */
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "cancel_cutoff_days", nullable = false)
    private int cancelCutoffDays = 2;

    @Column(name = "quota_release_days", nullable = false)
    private int quotaReleaseDays = 14;

    @Column(name = "quota_released", nullable = false)
    private boolean quotaReleased;

    @Column(nullable = false)
    private boolean cancelled;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<SessionDate> dates = new ArrayList<>();

    /** Seats reserved per municipality id until the quota is released. */
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_quota", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "municipality_id")
    @Column(name = "seats", nullable = false)
    private Map<Long, Integer> quotas = new HashMap<>();

    protected CourseSession() {}

    CourseSession(Course course) {
        this.course = course;
    }

    void apply(SessionForm f) {
        place = blankToNull(f.getPlace());
        onlineLink = blankToNull(f.getOnlineLink());
        trainerPersonId = f.getTrainerPersonId();
        trainerName = blankToNull(f.getTrainerName());
        seats = f.getSeats();
        cancelCutoffDays = f.getCancelCutoffDays();
        quotaReleaseDays = f.getQuotaReleaseDays();
        applyDayParts(f.getDates());
        quotas.clear();
        f.getQuotas().forEach((m, n) -> {
            if (n != null && n > 0) {
                quotas.put(m, n);
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Course getCourse() {
        return course;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public Long getTrainerPersonId() {
        return trainerPersonId;
    }

    public String getTrainerName() {
        return trainerName;
    }

    public int getSeats() {
        return seats;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getCancelCutoffDays() {
        return cancelCutoffDays;
    }

    public int getQuotaReleaseDays() {
        return quotaReleaseDays;
    }

    public boolean isQuotaReleased() {
        return quotaReleased;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public List<SessionDate> getDates() {
        return dates;
    }

    public Map<Long, Integer> getQuotas() {
        return quotas;
    }

    /** Is it too late to give up a seat (the cut-off before the start has come)? */
    boolean pastCutoff(LocalDateTime now) {
        return !now.isBefore(startsAt.minusDays(cancelCutoffDays));
    }

    /**
     * May a place of this status still be given up? A seat up to the cut-off, a waiting-list place
     * or a request for approval until the start; nothing once the session has begun.
     */
    boolean mayGiveUp(EnrolmentStatus status, LocalDateTime now) {
        return switch (status) {
            case ENROLLED -> startsAt.isAfter(now) && !pastCutoff(now);
            case WAITING, AWAITING_APPROVAL -> startsAt.isAfter(now);
            default -> false;
        };
    }

    /** Has the last day part ended? */
    boolean isOver(LocalDateTime now) {
        return dates.stream().map(SessionDate::getEndsAt).allMatch(end -> !end.isAfter(now));
    }

    /** The day parts as screens show them. */
    List<TrainingModel.DayPart> dayParts() {
        return dates.stream()
                .map(d -> new TrainingModel.DayPart(d.getId(), d.getStartsAt(), d.getEndsAt()))
                .toList();
    }

    /** The place, or the online link for a session without one. */
    String placeOrLink() {
        return place != null ? place : onlineLink;
    }

    void releaseQuota() {
        quotaReleased = true;
    }

    void cancel() {
        cancelled = true;
    }

    /**
     * The day parts as the form has them, keeping the rows of those that stay: attendance is recorded per
     * day part and goes with its row (the database deletes it), so editing the place must not touch them.
     * An unchanged day part keeps its row; a day part whose time changed takes over the row of one that is
     * no longer there, in date order; only a day part that was taken away goes, with its attendance.
     */
    private void applyDayParts(List<SessionForm.DayPart> parts) {
        List<SessionDate> unmatched = new ArrayList<>(dates);
        List<SessionForm.DayPart> moved = new ArrayList<>();
        parts.stream()
                .sorted(Comparator.comparing(SessionForm.DayPart::start))
                .forEach(part -> unmatched.stream()
                        .filter(date -> date.isAt(part))
                        .findFirst()
                        .ifPresentOrElse(unmatched::remove, () -> moved.add(part)));
        Iterator<SessionDate> reusable = unmatched.iterator();
        for (SessionForm.DayPart part : moved) {
            if (reusable.hasNext()) {
                reusable.next().moveTo(part.start(), part.end());
            } else {
                dates.add(new SessionDate(this, part.start(), part.end()));
            }
        }
        reusable.forEachRemaining(dates::remove);
        dates.sort(Comparator.comparing(SessionDate::getStartsAt));
        startsAt = dates.getFirst().getStartsAt();
    }

    /** For demo data and tests of history: a session placed on given dates without the form's "not in the past" rule. */
    void setHistoricDates(List<SessionForm.DayPart> parts) {
        dates.clear();
        parts.forEach(d -> dates.add(new SessionDate(this, d.start(), d.end())));
        startsAt = dates.getFirst().getStartsAt();
    }

    void setSeats(int seats) {
        this.seats = seats;
    }

    void setPlace(String place) {
        this.place = place;
    }

    void setTrainer(Long personId, String name) {
        this.trainerPersonId = personId;
        this.trainerName = name;
    }
}
