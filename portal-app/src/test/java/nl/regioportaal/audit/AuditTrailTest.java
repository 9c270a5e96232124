package nl.regioportaal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.PersonalDataService;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamForm;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The audit trail on the real database: who changed what, old and new values, and erasure. */
class AuditTrailTest extends ServiceTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    RegionService region;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorMovingAPersonToAnotherTeamIsInTheTrailWithTheOldAndTheNewTeam() {
        PortalUser admin = users.login("admin");
        TeamRef before = fixtures.newTeam("Audit voor");
        TeamRef after = fixtures.newTeam("Audit na");
        PersonForm person = fixtures.newPerson(before);

        fixtures.moveToTeam(person.getId(), after);

        List<AuditEntry> entries = trail.search(new AuditFilter(person.getId(), "Person", null, null, null), 0, 10);
        assertThat(entries)
                .extracting(AuditEntry::kind)
                .containsExactly(AuditEntry.Kind.CHANGED, AuditEntry.Kind.CREATED);
        AuditEntry moved = entries.getFirst();
        assertThat(moved.actor()).isEqualTo(admin.displayName());
        assertThat(moved.objectId()).isEqualTo(person.getId());
        assertThat(moved.objectLabel()).isEqualTo(person.getDisplayName());
        assertThat(moved.changes()).containsExactly(new AuditEntry.FieldChange("teams", before.name(), after.name()));
        assertThat(trail.count(new AuditFilter(person.getId(), "Person", null, null, null)))
                .isEqualTo(2);
    }

    @Test
    void erasingAPersonLeavesWhatHappenedButNoRowNamesThem() {
        users.login("admin");
        TeamRef before = fixtures.newTeam("Audit wis voor");
        TeamRef after = fixtures.newTeam("Audit wis na");
        PersonForm person = fixtures.newPerson(before);
        long id = person.getId();
        fixtures.moveToTeam(id, after);
        // the person acts too: as their municipality's administrator they rename their new team
        users.loginAs(new UserProfile(
                id,
                person.getDisplayName(),
                Set.of(Role.PROFESSIONAL, Role.MUNICIPALITY_ADMIN),
                fixtures.baarn().id(),
                Set.of(after.id()),
                null,
                true));
        TeamForm team = region.findTeams(after.name(), fixtures.baarn().id(), PageRequest.of(0, 10))
                .getContent()
                .getFirst();
        team.setName(after.name() + " (hernoemd)");
        region.saveTeam(team);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_revision where actor_person_id = ? and actor_name = ?",
                        Long.class,
                        id,
                        person.getDisplayName()))
                .isOne();

        users.login("admin");
        personalData.erase(id);

        for (String identifying : List.of(person.getLastName(), person.getEmail())) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from person_aud where last_name like ? or email like ?",
                            Long.class,
                            "%" + identifying + "%",
                            "%" + identifying + "%"))
                    .as(identifying)
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_revision where actor_name like ?",
                            Long.class,
                            "%" + identifying + "%"))
                    .as(identifying)
                    .isZero();
        }
        List<AuditEntry> entries = trail.search(new AuditFilter(id, null, null, null, null), 0, 50);
        // created, moved, renamed their team, erased: all still there, none with their name
        assertThat(entries).hasSize(4);
        assertThat(entries.toString()).doesNotContain(person.getLastName()).doesNotContain(person.getEmail());
        assertThat(entries)
                .filteredOn(e -> e.objectType().equals("Team"))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Verwijderde medewerker " + id));
        assertThat(entries)
                .flatExtracting(AuditEntry::changes)
                .contains(new AuditEntry.FieldChange("teams", before.name(), after.name()));
    }

    @Test
    void onlyTheAdministratorReadsTheTrail() {
        for (String username : List.of("beheer.amersfoort", "procesbegeleider", "manager.leusden", "wijkcoach.baarn")) {
            users.login(username);
            assertThatThrownBy(() -> trail.search(AuditFilter.all(), 0, 10))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trail.count(AuditFilter.all()))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
