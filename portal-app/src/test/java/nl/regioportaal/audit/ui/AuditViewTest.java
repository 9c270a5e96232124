package nl.regioportaal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.audit.AuditEntry;
import nl.regioportaal.audit.AuditFixtures;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.PersonalDataService;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /beheer/audit}: the administrator finds a team change by person and period; nobody else gets in. */
class AuditViewTest extends KaribuTest {

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    RegionService region;

    @Autowired
    Clock clock;

    @Autowired
    PersonalDataService personalData;

    @Test
    void theAdministratorSeesATeamChangeWithItsOldAndNewTeamAndFiltersByPersonAndPeriod() {
        login("admin");
        AuditFixtures.Moved setUp = fixtures.newPersonMovedToAnotherTeam("Auditscherm");
        PersonForm person = setUp.person();
        TeamRef before = setUp.before();
        TeamRef after = setUp.after();
        AuditView view = navigate(AuditView.class);

        type(view.person, region.getPerson(person.getId()));

        List<AuditEntry> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).hasSize(2).allMatch(e -> e.objectId() == person.getId());
        assertThat(view.changes(rows.getFirst()).getElement().getTextRecursively())
                .isEqualTo("Teams: " + before.name() + " → " + after.name());
        assertThat(view.changes(rows.getLast()).getElement().getTextRecursively())
                .contains("Achternaam: - → " + person.getLastName())
                // coded values in the words of the screens
                .contains("Rollen: - → Functioneel beheerder, Wijkcoach")
                .contains("Actief: - → ja");

        LocalDate today = LocalDate.now(clock);
        type(view.from, today);
        type(view.to, today);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        type(view.from, today.plusDays(1));
        type(view.to, today.plusDays(1));
        assertThat(GridKt._size(view.grid)).isZero();
        type(view.from, today.minusDays(7));
        type(view.to, today.minusDays(1));
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void afterErasingThePersonNoRowNamesThemAndTheTeamChangeIsStillThere() {
        login("admin");
        AuditFixtures.Moved erased = fixtures.newPersonMovedToAnotherTeam("Auditscherm wis");
        PersonForm person = erased.person();
        personalData.erase(person.getId());
        AuditView view = navigate(AuditView.class);

        type(view.person, region.getPerson(person.getId()));

        List<AuditEntry> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).hasSize(3);
        for (AuditEntry row : rows) {
            String shown = row.actor() + " " + row.objectLabel() + " "
                    + view.changes(row).getElement().getTextRecursively();
            assertThat(shown).doesNotContain(person.getLastName()).doesNotContain(person.getEmail());
        }
        assertThat(view.changes(rows.get(1)).getElement().getTextRecursively())
                .isEqualTo("Teams: " + erased.before().name() + " → "
                        + erased.after().name());
        assertThat(rows.getFirst().objectLabel()).isEqualTo("Verwijderde medewerker " + person.getId());
    }

    @Test
    void theAdministratorNarrowsToOneKindOfRecordAndItsNumber() {
        login("admin");
        TeamRef team = fixtures.newTeam("Auditscherm nummer");
        AuditView view = navigate(AuditView.class);

        type(view.objectType, "Team");
        type(view.objectId, (int) team.id());

        List<AuditEntry> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.objectLabel()).isEqualTo(team.name());
            assertThat(e.kind()).isEqualTo(AuditEntry.Kind.CREATED);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "beheer.amersfoort",
                "procesbegeleider",
                "teamleider.soest",
                "wijkcoach.baarn",
                "manager.leusden",
                "aanbieder",
                "trainer"
            })
    void everyoneElseIsRefused(String username) {
        login(username);
        assertRefused(AuditView.class);
        assertRefused("beheer/audit");
    }
}
