package nl.regioportaal.devagenda;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDraft;
import nl.regioportaal.devagenda.AgendaModel.ThemeDraft;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.DemoDataCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo agenda: three themes and ten initiatives in every status. Lumens ({@code aanbieder}) co-owns
 * two and has two more shared with it; MEE ({@code aanbieder.mee}) co-owns two others; the rest is
 * for municipal staff only. The process supervisor and the manager of Leusden follow several, one
 * milestone is late and the timelines have a few updates.
 */
@Component
class AgendaDemoData {

    static final String DEBTS = "Vroegsignalering schulden";
    static final String YOUTH = "Minder specialistische jeugdhulp";
    static final String WAITING = "Gezamenlijke aanpak wachtlijsten";

    private final InitiativeService agenda;
    private final InitiativeRepository initiatives;
    private final TimelineRepository timeline;
    private final RegionDirectory directory;
    private final Clock clock;

    AgendaDemoData(
            InitiativeService agenda,
            InitiativeRepository initiatives,
            TimelineRepository timeline,
            RegionDirectory directory,
            Clock clock) {
        this.agenda = agenda;
        this.initiatives = initiatives;
        this.timeline = timeline;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onDemoData(DemoDataCreated event) {
        Map<String, Long> mun = directory.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityRef::name, MunicipalityRef::id));
        Map<String, Long> prov =
                directory.providers().stream().collect(Collectors.toMap(ProviderRef::name, ProviderRef::id));
        long lumens = prov.get("Lumens");
        long mee = prov.get("MEE");
        long supervisor = event.personOf("procesbegeleider");
        long leusden = event.personOf("manager.leusden");
        LocalDate today = LocalDate.now(clock);

        long debts = agenda.createTheme(new ThemeDraft(
                DEBTS, "Schulden eerder zien en samen met aanbieders eerder helpen.", mun.get("Amersfoort")));
        long youth = agenda.createTheme(new ThemeDraft(
                YOUTH,
                "Sterkere teams, zodat minder kinderen specialistische jeugdhulp nodig hebben.",
                mun.get("Soest")));
        long waiting = agenda.createTheme(new ThemeDraft(
                WAITING,
                "Eén regionaal beeld van de wachtlijsten en overbrugging voor wie wacht.",
                mun.get("Leusden")));

        long signals = initiative(
                debts,
                "Signaalafspraken met woningcorporaties",
                mun.get("Amersfoort"),
                lumens,
                InitiativeStatus.RUNNING,
                60,
                2,
                today.minusMonths(6),
                today.plusMonths(6));
        long desk = initiative(
                debts,
                "Schuldenloket in elk sociaal team",
                mun.get("Baarn"),
                null,
                InitiativeStatus.PREPARATION,
                20,
                1,
                today.minusMonths(1),
                today.plusMonths(9));
        long training = initiative(
                debts,
                "Training vroegsignalering voor aanbieders",
                mun.get("Amersfoort"),
                mee,
                InitiativeStatus.IDEA,
                0,
                1,
                null,
                null);
        long school = initiative(
                youth,
                "Jeugdprofessional op elke school",
                mun.get("Soest"),
                null,
                InitiativeStatus.RUNNING,
                45,
                3,
                today.minusMonths(8),
                today.plusMonths(4));
        long consult = initiative(
                youth,
                "Consultatie door de GGD in het team",
                mun.get("Eemnes"),
                null,
                InitiativeStatus.EVALUATED,
                100,
                1,
                today.minusYears(1),
                today.minusMonths(1));
        long parents = initiative(
                youth,
                "Oudercursus opvoeden in de wijk",
                mun.get("Leusden"),
                lumens,
                InitiativeStatus.RUNNING,
                30,
                1,
                today.minusMonths(3),
                today.plusMonths(9));
        long pilot = initiative(
                youth,
                "Pilot praktijkondersteuner jeugd bij huisartsen",
                mun.get("Bunschoten"),
                null,
                InitiativeStatus.STOPPED,
                10,
                1,
                today.minusYears(1),
                today.minusMonths(2));
        long picture = initiative(
                waiting,
                "Regionaal wachtlijstoverzicht",
                mun.get("Leusden"),
                mee,
                InitiativeStatus.RUNNING,
                70,
                2,
                today.minusMonths(5),
                today.plusMonths(2));
        long bridge = initiative(
                waiting,
                "Overbruggingszorg tijdens het wachten",
                mun.get("Amersfoort"),
                null,
                InitiativeStatus.PREPARATION,
                15,
                1,
                today.plusMonths(1),
                today.plusMonths(12));
        long intake = initiative(
                waiting,
                "Eén intakeformulier voor alle aanbieders",
                mun.get("Woudenberg"),
                null,
                InitiativeStatus.IDEA,
                0,
                1,
                null,
                null);

        agenda.share(desk, initiatives.findById(desk).orElseThrow().getVersion(), Set.of(lumens));
        agenda.share(bridge, initiatives.findById(bridge).orElseThrow().getVersion(), Set.of(lumens));
        agenda.addMilestone(signals, "Convenant getekend", today.minusMonths(3));
        agenda.addMilestone(signals, "Eerste evaluatie", today.minusDays(10));
        agenda.addMilestone(signals, "Uitrol naar alle gemeenten", today.plusMonths(3));
        agenda.addMilestone(picture, "Gegevens van alle aanbieders", today.plusWeeks(3));
        agenda.addMilestone(school, "Evaluatie schooljaar", today.plusMonths(2));
        initiatives.findById(signals).orElseThrow().getMilestones().getFirst().setDoneOn(today.minusMonths(3));

        follow(signals, supervisor, leusden);
        follow(parents, supervisor, leusden);
        follow(picture, supervisor, leusden);
        follow(school, supervisor);
        follow(bridge, supervisor);
        update(signals, supervisor, "<p>Twee corporaties melden nu huurachterstanden na één maand.</p>", 12);
        update(picture, leusden, "<p>Vijf van de zeven gemeenten leveren hun cijfers maandelijks aan.</p>", 3);
        update(parents, supervisor, "<p>De eerste cursusgroep in Leusden is gestart.</p>", 1);
    }

    private long initiative(
            long theme,
            String title,
            long owner,
            Long coOwner,
            InitiativeStatus status,
            int percentage,
            int weight,
            LocalDate start,
            LocalDate end) {
        long id = agenda.createInitiative(new InitiativeDraft(
                theme,
                title,
                "<p>" + title + ": samen met gemeenten en aanbieders in de regio.</p>",
                owner,
                coOwner,
                coOwner == null ? Set.of() : Set.of(coOwner),
                Set.of(owner),
                status,
                percentage,
                weight,
                start,
                end,
                "https://www.regio-eemland.example/ontwikkelagenda",
                "Interne afweging: budget nog niet vastgesteld in alle gemeenten."));
        // the system user created it; demo followers are real people
        initiatives.findById(id).orElseThrow().getFollowers().clear();
        return id;
    }

    private void follow(long initiative, Long... people) {
        initiatives.findById(initiative).orElseThrow().getFollowers().addAll(Set.of(people));
    }

    private void update(long initiativeId, long author, String text, int daysAgo) {
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        String name = directory.person(author).orElseThrow().displayName();
        timeline.save(new TimelineEntry(
                        initiative, TimelineKind.UPDATE, text, clock.instant().minus(Duration.ofDays(daysAgo)))
                .by(author, name));
    }
}
