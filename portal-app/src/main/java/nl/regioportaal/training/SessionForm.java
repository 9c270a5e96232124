package nl.regioportaal.training;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Editable copy of a session. Rules that span fields (dates, quotas) are checked by the service. */
public class SessionForm {

    /** One day part of the session. */
    public record DayPart(LocalDateTime start, LocalDateTime end) {}

    private Long id;
    private long version;

    @NotNull(message = "{rp.required}")
    private Long courseId;

    @Size(max = 300, message = "{rp.too-long}")
    private String place;

    @Size(max = 500, message = "{rp.too-long}")
    private String onlineLink;

    private Long trainerPersonId;

    @Size(max = 200, message = "{rp.too-long}")
    private String trainerName;

    @NotNull(message = "{rp.required}")
    private Integer seats;

    private int cancelCutoffDays = 2;
    private int quotaReleaseDays = 14;
    private List<DayPart> dates = new ArrayList<>();
    /** Municipality id to reserved seats. */
    private Map<Long, Integer> quotas = new HashMap<>();

    static SessionForm of(CourseSession s) {
        SessionForm f = new SessionForm();
        f.id = s.getId();
        f.version = s.getVersion();
        f.courseId = s.getCourse().getId();
        f.place = s.getPlace();
        f.onlineLink = s.getOnlineLink();
        f.trainerPersonId = s.getTrainerPersonId();
        f.trainerName = s.getTrainerName();
        f.seats = s.getSeats();
        f.cancelCutoffDays = s.getCancelCutoffDays();
        f.quotaReleaseDays = s.getQuotaReleaseDays();
        s.getDates().forEach(d -> f.dates.add(new DayPart(d.getStartsAt(), d.getEndsAt())));
        f.quotas.putAll(s.getQuotas());
        return f;
    }

    /** A copy to change without touching this one (the edit dialog may be cancelled). */
    public SessionForm copy() {
        SessionForm f = new SessionForm();
        f.id = id;
        f.version = version;
        f.courseId = courseId;
        f.place = place;
        f.onlineLink = onlineLink;
        f.trainerPersonId = trainerPersonId;
        f.trainerName = trainerName;
        f.seats = seats;
        f.cancelCutoffDays = cancelCutoffDays;
        f.quotaReleaseDays = quotaReleaseDays;
        f.dates = new ArrayList<>(dates);
        f.quotas = new HashMap<>(quotas);
        return f;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
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

    public Long getTrainerPersonId() {
        return trainerPersonId;
    }

    public void setTrainerPersonId(Long trainerPersonId) {
        this.trainerPersonId = trainerPersonId;
    }

    public String getTrainerName() {
        return trainerName;
    }

    public void setTrainerName(String trainerName) {
        this.trainerName = trainerName;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public int getCancelCutoffDays() {
        return cancelCutoffDays;
    }

    public void setCancelCutoffDays(int d) {
        this.cancelCutoffDays = d;
    }

    public int getQuotaReleaseDays() {
        return quotaReleaseDays;
    }

    public void setQuotaReleaseDays(int d) {
        this.quotaReleaseDays = d;
    }

    public List<DayPart> getDates() {
        return dates;
    }

    public void setDates(List<DayPart> dates) {
        this.dates = new ArrayList<>(dates);
    }

    public Map<Long, Integer> getQuotas() {
        return quotas;
    }

    public void setQuotas(Map<Long, Integer> quotas) {
        this.quotas = new HashMap<>(quotas);
    }
}
