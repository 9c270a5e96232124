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

    @Test
    void theAdministratorSeesATeamChangeWithItsOldAndNewTeamAndFiltersByPersonAndPeriod() {
        login("admin");
        TeamRef before = fixtures.newTeam("Auditscherm voor");
        TeamRef after = fixtures.newTeam("Auditscherm na");
        PersonForm person = fixtures.newPerson(before);
        fixtures.moveToTeam(person.getId(), after);
        AuditView view = navigate(AuditView.class);

        type(view.person, region.getPerson(person.getId()));

        List<AuditEntry> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).hasSize(2).allMatch(e -> e.objectId() == person.getId());
        assertThat(view.changes(rows.getFirst()).getElement().getTextRecursively())
                .isEqualTo("Teams: " + before.name() + " → " + after.name());
        assertThat(view.changes(rows.getLast()).getElement().getTextRecursively())
                .contains("Achternaam: - → " + person.getLastName());

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
