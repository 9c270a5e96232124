package nl.regioportaal.training.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.training.SessionForm;
import nl.regioportaal.training.TrainingPlanService.CourseRef;

/**
 * What the session form edits: the first day part and the first municipality quota in fields of
 * their own (the common case), further day parts and quotas in rows below them. The trainer is
 * either an account (who may then record attendance) or, for someone from outside without one, a
 * name. Editing an existing session keeps what the form does not show (the cut-off days) as it was,
 * and carries the version for the concurrent-edit check.
 */
public class SessionDraft {

    /** A further quota row: a municipality and its reserved seats (either may still be empty). */
    public record Quota(MunicipalityRef municipality, Integer seats) {}

    private SessionForm existing;

    private CourseRef course;
    private String place;
    private String onlineLink;
    private PersonSummary trainer;
    /** Only for a trainer without an account. */
    private String trainerName;

    private Integer seats;
    private LocalDate day;
    private LocalTime from = LocalTime.of(9, 0);
    private LocalTime to = LocalTime.of(12, 30);
    private MunicipalityRef quotaMunicipality;
    private Integer quotaSeats;
    private List<SessionForm.DayPart> moreDayParts = new ArrayList<>();
    private List<Quota> moreQuotas = new ArrayList<>();

    /**
     * A draft of an existing session, its quotas in the order of {@code municipalities}; {@code
     * trainer} is the account of {@code f}'s trainer, if it has one.
     */
    static SessionDraft of(
            SessionForm f, CourseRef course, List<MunicipalityRef> municipalities, PersonSummary trainer) {
        SessionDraft d = new SessionDraft();
        d.existing = f;
        d.course = course;
        d.place = f.getPlace();
        d.onlineLink = f.getOnlineLink();
        d.trainer = trainer;
        d.trainerName = trainer == null ? f.getTrainerName() : null;
        d.seats = f.getSeats();
        if (!f.getDates().isEmpty()) {
            SessionForm.DayPart first = f.getDates().getFirst();
            d.day = first.start().toLocalDate();
            d.from = first.start().toLocalTime();
            d.to = first.end().toLocalTime();
            d.moreDayParts =
                    new ArrayList<>(f.getDates().subList(1, f.getDates().size()));
        }
        List<Quota> quotas = municipalities.stream()
                .filter(m -> f.getQuotas().containsKey(m.id()))
                .map(m -> new Quota(m, f.getQuotas().get(m.id())))
                .toList();
        if (!quotas.isEmpty()) {
            d.quotaMunicipality = quotas.getFirst().municipality();
            d.quotaSeats = quotas.getFirst().seats();
            d.moreQuotas = new ArrayList<>(quotas.subList(1, quotas.size()));
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
        // a new account replaces the old one, so the trainer named is also the one who runs the session
        f.setTrainerPersonId(trainer == null ? null : trainer.id());
        f.setTrainerName(trainer == null ? trainerName : trainer.displayName());
        f.setSeats(seats);
        if (day != null && from != null && to != null) {
            List<SessionForm.DayPart> dates = new ArrayList<>();
            dates.add(new SessionForm.DayPart(day.atTime(from), day.atTime(to)));
            dates.addAll(moreDayParts);
            f.setDates(dates);
        } else {
            f.setDates(List.of());
        }
        // every quota is on the form: one left out there is gone here
        Map<Long, Integer> quotas = new HashMap<>();
        if (quotaMunicipality != null && quotaSeats != null) {
            quotas.put(quotaMunicipality.id(), quotaSeats);
        }
        moreQuotas.stream()
                .filter(q -> q.municipality() != null && q.seats() != null)
                .forEach(q -> quotas.put(q.municipality().id(), q.seats()));
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

    public PersonSummary getTrainer() {
        return trainer;
    }

    public void setTrainer(PersonSummary trainer) {
        this.trainer = trainer;
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

    public List<SessionForm.DayPart> getMoreDayParts() {
        return moreDayParts;
    }

    public void setMoreDayParts(List<SessionForm.DayPart> moreDayParts) {
        this.moreDayParts = new ArrayList<>(moreDayParts);
    }

    public List<Quota> getMoreQuotas() {
        return moreQuotas;
    }

    public void setMoreQuotas(List<Quota> moreQuotas) {
        this.moreQuotas = new ArrayList<>(moreQuotas);
    }

    public Integer getQuotaSeats() {
        return quotaSeats;
    }

    public void setQuotaSeats(Integer quotaSeats) {
        this.quotaSeats = quotaSeats;
    }
}
