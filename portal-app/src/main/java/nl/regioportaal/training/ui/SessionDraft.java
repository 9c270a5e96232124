package nl.regioportaal.training.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingPlanService.CourseRef;

/**
 * What the session form edits: one day part and at most one municipality quota, the common case.
 * Editing an existing session keeps what the form does not show (further day parts, further
 * quotas, the trainer's account, the cut-off days) as they were, and carries the version for the
 * concurrent-edit check.
 */
public class SessionDraft {

    private SessionForm existing;

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

    /** A draft of an existing session; {@code quotaMunicipality} is the first quota's municipality (or null). */
    static SessionDraft of(SessionForm f, CourseRef course, MunicipalityRef quotaMunicipality) {
        SessionDraft d = new SessionDraft();
        d.existing = f;
        d.course = course;
        d.place = f.getPlace();
        d.onlineLink = f.getOnlineLink();
        d.trainerName = f.getTrainerName();
        d.seats = f.getSeats();
        if (!f.getDates().isEmpty()) {
            SessionForm.DayPart first = f.getDates().getFirst();
            d.day = first.start().toLocalDate();
            d.from = first.start().toLocalTime();
            d.to = first.end().toLocalTime();
        }
        if (quotaMunicipality != null) {
            d.quotaMunicipality = quotaMunicipality;
            d.quotaSeats = f.getQuotas().get(quotaMunicipality.id());
        }
        return d;
    }

    boolean isExisting() {
        return existing != null;
    }

    SessionForm toForm() {
        SessionForm f = existing == null ? new SessionForm() : existing.copy();
        f.setCourseId(course == null ? null : course.id());
        f.setPlace(place);
        f.setOnlineLink(onlineLink);
        f.setTrainerName(trainerName);
        f.setSeats(seats);
        if (day != null && from != null && to != null) {
            List<SessionForm.DayPart> dates = new ArrayList<>();
            dates.add(new SessionForm.DayPart(day.atTime(from), day.atTime(to)));
            if (existing != null && existing.getDates().size() > 1) {
                dates.addAll(existing.getDates().subList(1, existing.getDates().size()));
            }
            f.setDates(dates);
        } else {
            f.setDates(List.of());
        }
        Map<Long, Integer> quotas = new HashMap<>(existing == null ? Map.of() : existing.getQuotas());
        if (existing != null && existing.getQuotas().size() <= 1) {
            quotas.clear(); // the only quota is the one on the form: cleared there, gone here
        }
        if (quotaMunicipality != null && quotaSeats != null) {
            quotas.put(quotaMunicipality.id(), quotaSeats);
        }
        f.setQuotas(quotas);
        return f;
    }

    public CourseRef getCourse() {
        return course;
    }

    public void setCourse(CourseRef course) {
        this.course = course;
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

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }

    public MunicipalityRef getQuotaMunicipality() {
        return quotaMunicipality;
    }

    public void setQuotaMunicipality(MunicipalityRef m) {
        this.quotaMunicipality = m;
    }

    public Integer getQuotaSeats() {
        return quotaSeats;
    }

    public void setQuotaSeats(Integer quotaSeats) {
        this.quotaSeats = quotaSeats;
    }
}
