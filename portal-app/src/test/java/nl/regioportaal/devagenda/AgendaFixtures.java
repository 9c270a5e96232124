package nl.regioportaal.devagenda;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.regioportaal.TestUsers;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDraft;
import nl.regioportaal.devagenda.AgendaModel.ThemeDraft;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.ProviderRef;
import nl.regioportaal.region.RegionDirectory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Test data for the development agenda: a fresh theme per test, initiatives in it, the demo's ids. */
@Component
public class AgendaFixtures {

    private final TestUsers users;
    private final InitiativeService agenda;
    private final RegionDirectory directory;

    AgendaFixtures(TestUsers users, InitiativeService agenda, RegionDirectory directory) {
        this.users = users;
        this.agenda = agenda;
        this.directory = directory;
    }

    public static String unique(String prefix) {
        return prefix + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A new theme led by Amersfoort, created by the process supervisor (who stays logged in). */
    public long theme() {
        users.login("procesbegeleider");
        return agenda.createTheme(new ThemeDraft(unique("Thema"), "Een doel", municipality("Amersfoort")));
    }

    /** A new theme, created by whoever is logged in. */
    public long themeAsCurrentUser() {
        return agenda.createTheme(new ThemeDraft(unique("Thema"), null, municipality("Amersfoort")));
    }

    /** A new initiative of Amersfoort in the theme, created by the process supervisor (who stays logged in). */
    public long initiative(long theme, InitiativeStatus status, int percentage, int weight, Long coOwner) {
        users.login("procesbegeleider");
        return agenda.createInitiative(draft(theme, unique("Initiatief"), status, percentage, weight, coOwner));
    }

    public InitiativeDraft draft(
            long theme, String title, InitiativeStatus status, int percentage, int weight, Long coOwner) {
        return new InitiativeDraft(
                theme,
                title,
                "<p>Beschrijving</p>",
                municipality("Amersfoort"),
                coOwner,
                Set.of(),
                Set.of(),
                status,
                percentage,
                weight,
                null,
                null,
                null,
                "Alleen voor de gemeenten: budget is nog onzeker.");
    }

    public long municipality(String name) {
        return asSupervisor(() -> directory.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityRef::name, MunicipalityRef::id))
                .get(name));
    }

    public long provider(String name) {
        return asSupervisor(() -> {
            Map<String, Long> byName =
                    directory.providers().stream().collect(Collectors.toMap(ProviderRef::name, ProviderRef::id));
            return byName.get(name);
        });
    }

    /** The person behind a demo account; whoever is logged in stays logged in. */
    public long personOf(String username) {
        SecurityContext current = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            return users.login(username).personId();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }

    private <T> T asSupervisor(Supplier<T> read) {
        SecurityContext current = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            users.login("procesbegeleider");
            return read.get();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }
}
