package nl.regioportaal.demo;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.regioportaal.region.CaseloadScope;
import nl.regioportaal.region.MunicipalityForm;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamForm;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.DemoDataCreated;
import nl.regioportaal.shared.StartupMessages;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty portal with region Eemland. Runs when {@code portal.demo-data} is {@code true}, or
 * {@code auto} (the default) and the embedded database is in use; never on a database that
 * already has a region.
 */
@Component
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);

    /** Amersfoort's thirteen neighbourhood teams take single and multi-problem cases. */
    private static final List<String> AMERSFOORT_TEAMS = List.of(
            "Centrum",
            "Noord",
            "Kruiskamp",
            "Liendert",
            "Rustenburg",
            "Schothorst",
            "Zielhorst",
            "Kattenbroek",
            "Nieuwland",
            "Vathorst",
            "Hoogland",
            "Schuilenburg",
            "Soesterkwartier");

    private static final Map<String, String> MUNICIPALITIES = new LinkedHashMap<>();

    static {
        MUNICIPALITIES.put("Amersfoort", "GM0307");
        MUNICIPALITIES.put("Baarn", "GM0308");
        MUNICIPALITIES.put("Bunschoten", "GM0313");
        MUNICIPALITIES.put("Eemnes", "GM0317");
        MUNICIPALITIES.put("Leusden", "GM0327");
        MUNICIPALITIES.put("Soest", "GM0342");
        MUNICIPALITIES.put("Woudenberg", "GM0351");
    }

    private static final List<String> FIRST = List.of(
            "Anne", "Bas", "Carlijn", "Daan", "Eva", "Fatima", "Gijs", "Hanneke", "Ilse", "Jeroen", "Karin", "Lars",
            "Marieke", "Noor", "Olaf", "Petra", "Quinten", "Rachid", "Sanne", "Thijs", "Ursula", "Vera", "Willem",
            "Yara", "Zeynep", "Bram", "Femke", "Joost", "Lotte", "Mohamed", "Nienke", "Ruben", "Sophie", "Tim", "Inge",
            "Koen", "Esther", "Hamid", "Linda", "Mark");
    private static final List<String> LAST = List.of(
            "de Vries",
            "Jansen",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "de Graaf",
            "van der Meer",
            "Kok",
            "Jacobs",
            "van Dijk",
            "Yilmaz",
            "El Amrani",
            "Schouten",
            "van Wijk",
            "Kuipers",
            "Verhoeven",
            "Willems",
            "Hoekstra");

    private final RegionService regionService;
    private final AccountService accountService;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final String mode;
    private final boolean embedded;
    private final Clock clock;

    DemoDataSeeder(
            RegionService regionService,
            AccountService accountService,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            @Value("${portal.demo-data:auto}") String mode,
            ObjectProvider<EmbeddedMariaDbConfig.EmbeddedDatabase> embeddedDatabase,
            Clock clock) {
        this.regionService = regionService;
        this.accountService = accountService;
        this.events = events;
        this.transaction = transaction;
        this.mode = mode;
        this.embedded = embeddedDatabase.getIfAvailable() != null;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted(mode, embedded)) {
            return;
        }
        StartupMessages.demoAccounts("wijkcoach.baarn", PASSWORD);
        SystemAuthentication.run(() -> transaction.executeWithoutResult(status -> {
            if (regionService.findMunicipalities("", Pageable.ofSize(1)).getTotalElements() > 0) {
                return;
            }
            StartupMessages.creatingDemoData("Eemland");
            long start = System.nanoTime();
            Map<String, Long> accounts = seed();
            events.publishEvent(new DemoDataCreated(accounts));
            LOG.info(
                    "demo data created in {} ms ({} accounts, password '{}')",
                    (System.nanoTime() - start) / 1_000_000,
                    accounts.size(),
                    PASSWORD);
        }));
    }

    /** {@code auto} seeds only the embedded database: an external one gets demo data only when asked. */
    static boolean wanted(String mode, boolean embeddedDatabase) {
        return "true".equalsIgnoreCase(mode) || ("auto".equalsIgnoreCase(mode) && embeddedDatabase);
    }

    private Map<String, Long> seed() {
        Random random = new Random(2015);
        regionService.ensureRegion("Eemland");
        Map<String, MunicipalityRef> municipalities = new LinkedHashMap<>();
        MUNICIPALITIES.forEach((name, code) -> {
            MunicipalityForm form = new MunicipalityForm();
            form.setName(name);
            form.setCode(code);
            municipalities.put(name, new MunicipalityRef(regionService.saveMunicipality(form), name));
        });

        Map<String, TeamRef> teams = new LinkedHashMap<>();
        for (String area : AMERSFOORT_TEAMS) {
            addTeam(
                    teams,
                    municipalities.get("Amersfoort"),
                    "Wijkteam " + area,
                    TeamKind.GENERAL,
                    CaseloadScope.SINGLE_AND_MULTI);
        }
        for (String name : List.of("Baarn", "Bunschoten", "Eemnes", "Leusden", "Soest", "Woudenberg")) {
            addTeam(
                    teams,
                    municipalities.get(name),
                    "Sociaal team " + name,
                    TeamKind.GENERAL,
                    CaseloadScope.MULTI_ONLY);
        }
        // The article counts seven teams in the six smaller municipalities: the seventh is the youth
        // team that Soest and Eemnes keep apart from their general teams.
        addTeam(
                teams,
                municipalities.get("Soest"),
                "Jeugdteam Soest en Eemnes",
                TeamKind.YOUTH,
                CaseloadScope.MULTI_ONLY);

        List<ProviderRef> providers = new ArrayList<>();
        for (String name : List.of("Lumens", "MEE", "Zuidzorg", "GGD regio Utrecht")) {
            providers.add(new ProviderRef(regionService.createProvider(name), name));
        }

        Map<String, Long> accounts = new LinkedHashMap<>();
        Names names = new Names(random);
        // a team leader for every team; demo account for Soest's general team
        for (TeamRef team : teams.values()) {
            long id = person(
                    names.next(),
                    municipalities.get(team.municipalityName()),
                    Set.of(team),
                    EnumSet.of(Role.TEAM_LEADER),
                    null,
                    random);
            if (team.name().equals("Sociaal team Soest")) {
                account(accounts, "teamleider.soest", id);
            }
        }
        // professionals: about twelve per team, 250 in all
        List<TeamRef> teamList = new ArrayList<>(teams.values());
        for (int i = 0; i < 250; i++) {
            TeamRef team = teamList.get(i % teamList.size());
            long id = person(
                    names.next(),
                    municipalities.get(team.municipalityName()),
                    Set.of(team),
                    EnumSet.of(Role.PROFESSIONAL),
                    null,
                    random);
            if (team.name().equals("Sociaal team Baarn") && !accounts.containsKey("wijkcoach.baarn")) {
                account(accounts, "wijkcoach.baarn", id);
            }
        }
        for (MunicipalityRef m : municipalities.values()) {
            long id = person(names.next(), m, Set.of(), EnumSet.of(Role.MANAGER), null, random);
            if (m.name().equals("Leusden")) {
                account(accounts, "manager.leusden", id);
            }
        }
        account(
                accounts,
                "procesbegeleider",
                person(names.next(), null, Set.of(), EnumSet.of(Role.PROCESS_SUPERVISOR), null, random));
        for (ProviderRef provider : providers) {
            long id = person(names.next(), null, Set.of(), EnumSet.of(Role.PROVIDER), provider, random);
            if (provider.name().equals("Lumens")) {
                account(accounts, "aanbieder", id);
            }
            if (provider.name().equals("MEE")) {
                account(accounts, "aanbieder.mee", id);
            }
        }
        account(accounts, "trainer", person(names.next(), null, Set.of(), EnumSet.of(Role.TRAINER), null, random));
        account(
                accounts,
                "beheer.amersfoort",
                person(
                        names.next(),
                        municipalities.get("Amersfoort"),
                        Set.of(),
                        EnumSet.of(Role.MUNICIPALITY_ADMIN),
                        null,
                        random));
        account(
                accounts,
                "admin",
                person(
                        new String[] {"Beheerder", "Regioportaal"},
                        null,
                        Set.of(),
                        EnumSet.of(Role.ADMIN),
                        null,
                        random));
        return accounts;
    }

    private void addTeam(
            Map<String, TeamRef> teams, MunicipalityRef municipality, String name, TeamKind kind, CaseloadScope scope) {
        TeamForm form = new TeamForm();
        form.setMunicipality(municipality);
        form.setName(name);
        form.setKind(kind);
        form.setCaseloadScope(scope);
        long id = regionService.saveTeam(form);
        teams.put(name, new TeamRef(id, name, municipality.id(), municipality.name(), kind));
    }

    private long person(
            String[] name,
            MunicipalityRef municipality,
            Set<TeamRef> teams,
            Set<Role> roles,
            ProviderRef provider,
            Random random) {
        PersonForm form = new PersonForm();
        form.setFirstName(name[0]);
        form.setLastName(name[1]);
        form.setEmail(Names.email(name, provider == null ? "eemland.example" : "aanbieder.example"));
        form.setMunicipality(municipality);
        form.setTeams(teams);
        form.setRoles(roles);
        form.setProvider(provider);
        // about one in ten started recently, so that "N months after starting" deadlines show up
        int daysAgo = random.nextInt(10) == 0 ? random.nextInt(120) : 200 + random.nextInt(3000);
        form.setStartDate(LocalDate.now(clock).minusDays(daysAgo));
        return regionService.savePerson(form);
    }

    private void account(Map<String, Long> accounts, String username, long personId) {
        accountService.createAccount(username, PASSWORD, personId);
        accounts.put(username, personId);
    }

    /** Unique plausible Dutch names from a fixed seed, so every fresh demo looks the same. */
    private static final class Names {
        private final Random random;
        private final Set<String> used = new HashSet<>();

        Names(Random random) {
            this.random = random;
        }

        String[] next() {
            while (true) {
                String[] name = {FIRST.get(random.nextInt(FIRST.size())), LAST.get(random.nextInt(LAST.size()))};
                if (used.add(name[0] + " " + name[1])) {
                    return name;
                }
            }
        }

        static String email(String[] name, String domain) {
            String local = (name[0] + "." + name[1]).toLowerCase().replace(' ', '.');
            return Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("[^a-z.]", "") + "@" + domain;
        }
    }
}
