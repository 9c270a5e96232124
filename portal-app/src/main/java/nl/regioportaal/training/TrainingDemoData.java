package nl.regioportaal.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.DemoDataCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo training plan: "Scholingsplan &lt;next year&gt;" with two mandatory courses for all
 * professionals and team leaders, one for youth teams only, and an optional one; upcoming sessions
 * (one small and full, so the waiting list shows) and a history of completions, some valid, some
 * expiring, some expired, so the compliance overview has something to say. The trainer account
 * runs a session that ended last week, with wijkcoach.baarn on its list, attendance not yet recorded.
 */
@Component
class TrainingDemoData {

    static final String MGV = "Motiverende gespreksvoering";
    static final String MELDCODE = "Meldcode huiselijk geweld en kindermishandeling";
    static final String VERWIJSINDEX = "Werken met de verwijsindex jeugd";
    static final String NAH = "Omgaan met niet-aangeboren hersenletsel";

    private final TrainingPlanService planService;
    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CompletionRepository completions;
    private final RegionDirectory directory;
    private final StatusRefresher refresher;
    private final TrainingNotices notices;
    private final Clock clock;

    TrainingDemoData(
            TrainingPlanService planService,
            CourseRepository courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            CompletionRepository completions,
            RegionDirectory directory,
            StatusRefresher refresher,
            TrainingNotices notices,
            Clock clock) {
        this.notices = notices;
        this.planService = planService;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.completions = completions;
        this.directory = directory;
        this.refresher = refresher;
        this.clock = clock;
    }

    @EventListener
    void onDemoData(DemoDataCreated event) {
        Random random = new Random(2027);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() + 1;
        long plan = planService.createPlan(year, "Scholingsplan " + year);

        Set<Role> staff = EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEADER);
        long mgv = course(
                plan,
                MGV,
                "Gespreksmethode om de eigen motivatie van inwoners te versterken. Twee dagdelen met oefenen in drietallen.",
                "12",
                "Lumens Academie",
                true,
                staff,
                Set.of(),
                24,
                today.plusMonths(4),
                6);
        long meldcode = course(
                plan,
                MELDCODE,
                "De vijf stappen van de meldcode, signaleren en het afwegingskader.",
                "4",
                "Veilig Thuis regio Utrecht",
                true,
                staff,
                Set.of(),
                24,
                today.minusMonths(1),
                3);
        long verwijsindex = course(
                plan,
                VERWIJSINDEX,
                "Wanneer en hoe je een signaal afgeeft in de verwijsindex.",
                "3",
                "GGD regio Utrecht",
                true,
                staff,
                EnumSet.of(TeamKind.YOUTH),
                null,
                today.plusMonths(2),
                2);
        long nah = course(
                plan,
                NAH,
                "Herkennen van niet-aangeboren hersenletsel en aanpassen van je begeleiding.",
                "6",
                "MEE",
                false,
                Set.of(),
                Set.of(),
                null,
                null,
                null);
        planService.publishPlan(plan);

        long trainer = event.personOf("trainer");
        String trainerName =
                directory.person(trainer).map(PersonSummary::displayName).orElse("Trainer");
        Long amersfoort = directory.municipalities().stream()
                .filter(m -> m.name().equals("Amersfoort"))
                .findFirst()
                .orElseThrow()
                .id();

        session(
                mgv,
                today.plusDays(21),
                2,
                "Het Eemhuis, Amersfoort",
                null,
                20,
                Map.of(amersfoort, 10),
                trainer,
                trainerName);
        session(mgv, today.plusDays(49), 2, "Gemeentehuis Baarn", null, 20, Map.of(), trainer, trainerName);
        session(
                meldcode,
                today.plusDays(14),
                1,
                null,
                "https://leren.regioportaal.example/meldcode",
                30,
                Map.of(),
                trainer,
                trainerName);
        session(verwijsindex, today.plusDays(28), 1, "Gemeentehuis Soest", null, 12, Map.of(), trainer, trainerName);
        long nahFull = session(nah, today.plusDays(10), 1, "MEE, Amersfoort", null, 3, Map.of(), trainer, trainerName);
        session(nah, today.plusDays(60), 1, "MEE, Amersfoort", null, 12, Map.of(), trainer, trainerName);

        List<PersonSummary> members = members();
        long baarnCoach = event.personOf("wijkcoach.baarn");
        // the small NAH session is full with others, so wijkcoach.baarn meets the waiting list
        CourseSession full = sessions.findById(nahFull).orElseThrow();
        members.stream()
                .filter(p -> p.id() != baarnCoach)
                .limit(4)
                .forEach(p -> enrolments.save(new Enrolment(
                        full,
                        p.id(),
                        p.municipalityId(),
                        full.getSeats() > count(full) ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING,
                        Instant.now(clock),
                        p.id())));
        // their confirmations go out as real ones do (in the demo: mails on /beheer/e-mail, with invitation)
        LocalDate fullDay = full.getStartsAt().toLocalDate();
        enrolments
                .findBySessionAndStatus(nahFull, EnrolmentStatus.ENROLLED)
                .forEach(e -> notices.sessionInvitation(
                        e.getPersonId(),
                        nahFull,
                        "enrolment-confirmed",
                        full.getCourse().getTitle(),
                        fullDay));

        // last week's MGV session: the trainer still has to record attendance
        CourseSession past =
                historicSession(mgv, today.minusDays(8), 2, "Het Eemhuis, Amersfoort", trainer, trainerName);
        List<PersonSummary> attendees = new ArrayList<>();
        members.stream().filter(p -> p.id() == baarnCoach).forEach(attendees::add);
        members.stream().filter(p -> p.id() != baarnCoach).skip(20).limit(9).forEach(attendees::add);
        attendees.forEach(p -> enrolments.save(new Enrolment(
                past,
                p.id(),
                p.municipalityId(),
                EnrolmentStatus.ENROLLED,
                Instant.now(clock).minusSeconds(86_400 * 30L),
                p.id())));

        // history: completions from up to three years back, so some are valid, expiring or expired
        Map<Long, Course> byId = new LinkedHashMap<>();
        courses.findAllById(List.of(mgv, meldcode, verwijsindex, nah)).forEach(c -> byId.put(c.getId(), c));
        for (PersonSummary p : members) {
            if (p.id() == baarnCoach || attendees.contains(p)) {
                continue;
            }
            if (random.nextInt(100) < 70) {
                completions.save(
                        new Completion(p.id(), byId.get(mgv), null, today.minusDays(20 + random.nextInt(1000))));
            }
            if (random.nextInt(100) < 55) {
                completions.save(
                        new Completion(p.id(), byId.get(meldcode), null, today.minusDays(20 + random.nextInt(900))));
            }
            if (random.nextInt(100) < 15) {
                completions.save(
                        new Completion(p.id(), byId.get(nah), null, today.minusDays(20 + random.nextInt(700))));
            }
        }
        // wijkcoach.baarn: an old, expired Meldcode certificate (history) and nothing else yet
        completions.save(new Completion(baarnCoach, byId.get(meldcode), null, today.minusMonths(26)));
        refresher.refreshAll(false);
    }

    private long count(CourseSession s) {
        return enrolments
                .findBySessionAndStatus(s.getId(), EnrolmentStatus.ENROLLED)
                .size();
    }

    private List<PersonSummary> members() {
        Map<Long, PersonSummary> people = new LinkedHashMap<>();
        for (TeamRef t : directory.teams()) {
            directory.activeMembersOf(t.id()).forEach(p -> people.putIfAbsent(p.id(), p));
        }
        return new ArrayList<>(people.values());
    }

    private long course(
            long plan,
            String title,
            String description,
            String hours,
            String provider,
            boolean mandatory,
            Set<Role> roles,
            Set<TeamKind> kinds,
            Integer validity,
            LocalDate deadline,
            Integer monthsAfterStart) {
        CourseForm f = new CourseForm();
        f.setPlanId(plan);
        f.setTitle(title);
        f.setDescription(description);
        f.setHours(new BigDecimal(hours));
        f.setProvider(provider);
        // "Lumens Academie" is given by Lumens: its representative sees the course on Start
        directory.providers().stream()
                .filter(p -> provider.startsWith(p.name()))
                .findFirst()
                .ifPresent(p -> f.setProviderId(p.id()));
        f.setMandatory(mandatory);
        f.setAudienceRoles(roles);
        f.setAudienceTeamKinds(kinds);
        f.setValidityMonths(validity);
        f.setDeadlineDate(deadline);
        f.setDeadlineMonthsAfterStart(monthsAfterStart);
        return planService.saveCourse(f);
    }

    private long session(
            long course,
            LocalDate day,
            int dayParts,
            String place,
            String link,
            int seats,
            Map<Long, Integer> quotas,
            long trainer,
            String trainerName) {
        SessionForm f = new SessionForm();
        f.setCourseId(course);
        f.setPlace(place);
        f.setOnlineLink(link);
        f.setSeats(seats);
        f.setQuotas(quotas);
        f.setTrainerPersonId(trainer);
        f.setTrainerName(trainerName);
        f.setDates(dayParts(day, dayParts));
        return planService.saveSession(f);
    }

    private CourseSession historicSession(
            long course, LocalDate day, int dayParts, String place, long trainer, String trainerName) {
        CourseSession s = new CourseSession(courses.findById(course).orElseThrow());
        s.setPlace(place);
        s.setSeats(16);
        s.setTrainer(trainer, trainerName);
        s.setHistoricDates(dayParts(day, dayParts));
        return sessions.save(s);
    }

    /** Morning day parts, a week apart. */
    static List<SessionForm.DayPart> dayParts(LocalDate first, int count) {
        List<SessionForm.DayPart> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate d = first.plusWeeks(i);
            parts.add(new SessionForm.DayPart(
                    LocalDateTime.of(d, LocalTime.of(9, 0)), LocalDateTime.of(d, LocalTime.of(12, 30))));
        }
        return parts;
    }
}
