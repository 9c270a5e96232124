package nl.regioportaal.training.ui;

import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingPlanService.CourseRef;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** What the "new session" form edits: one day part and at most one municipality quota, the common case. */
public class SessionDraft {

    private CourseRef course;
    private String place;
    private String onlineLink;
    private String trainerName;
    private Integer seats;
    private LocalDate day;
    private LocalTime from = LocalTime.of(9, 0);
    private LocalTime to = LocalTime.of(12, 30);
    private MunicipalityRef quotaMunicipality;
    private Integer quotaSeats;

    SessionForm toForm() {
        SessionForm f = new SessionForm();
        f.setCourseId(course == null ? null : course.id());
        f.setPlace(place);
        f.setOnlineLink(onlineLink);
        f.setTrainerName(trainerName);
        f.setSeats(seats);
        if (day != null && from != null && to != null) {
            f.setDates(List.of(new SessionForm.DayPart(day.atTime(from), day.atTime(to))));
        }
        if (quotaMunicipality != null && quotaSeats != null) {
            f.setQuotas(Map.of(quotaMunicipality.id(), quotaSeats));
        }
        return f;
    }

    public CourseRef getCourse() { return course; }
    public void setCourse(CourseRef course) { this.course = course; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public String getTrainerName() { return trainerName; }
    public void setTrainerName(String trainerName) { this.trainerName = trainerName; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getFrom() { return from; }
    public void setFrom(LocalTime from) { this.from = from; }
    public LocalTime getTo() { return to; }
    public void setTo(LocalTime to) { this.to = to; }
    public MunicipalityRef getQuotaMunicipality() { return quotaMunicipality; }
    public void setQuotaMunicipality(MunicipalityRef m) { this.quotaMunicipality = m; }
    public Integer getQuotaSeats() { return quotaSeats; }
    public void setQuotaSeats(Integer quotaSeats) { this.quotaSeats = quotaSeats; }
}
