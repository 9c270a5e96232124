package nl.regioportaal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.PersonalDataService;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamForm;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingModel.EnrolResult;
import nl.regioportaal.training.TrainingPlanService;
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

    @Autowired
    TrainingPlanService plans;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    PluginService plugins;

    @Test
    void anAdministratorMovingAPersonToAnotherTeamIsInTheTrailWithTheOldAndTheNewTeam() {
        PortalUser admin = users.login("admin");
        AuditFixtures.Moved setUp = fixtures.newPersonMovedToAnotherTeam("Audit");
        PersonForm person = setUp.person();
        TeamRef before = setUp.before();
        TeamRef after = setUp.after();

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
        AuditFixtures.Moved setUp = fixtures.newPersonMovedToAnotherTeam("Audit wis");
        PersonForm person = setUp.person();
        TeamRef before = setUp.before();
        TeamRef after = setUp.after();
        long id = person.getId();
        // the person acts too: as their municipality's administrator they rename their new team
        users.loginAs(fixtures.profileOf(person, after));
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
    void anEnrolmentsChangesAreInTheTrailUnderThePersonItIsAbout() {
        users.login("admin");
        TeamRef team = fixtures.newTeam("Audit inschrijving");
        PersonForm person = fixtures.newPerson(team);
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Audit");
        long session = TrainingFixtures.session(plans, course, 5, Map.of());
        users.loginAs(fixtures.profileOf(person, team));
        EnrolResult enrolled = enrolment.enrol(session);

        enrolment.cancel(enrolled.enrolmentId());

        users.login("admin");
        // the enrolment itself is inserted with plain SQL on the fast path (docs/operations.md): its
        // first state in the trail is the first change, here the cancellation
        assertThat(trail.search(new AuditFilter(person.getId(), "Enrolment", null, null, null), 0, 10))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo(enrolled.enrolmentId());
                    assertThat(e.actor()).isEqualTo(person.getDisplayName());
                    assertThat(e.changes()).contains(new AuditEntry.FieldChange("status", "", "CANCELLED"));
                });
    }

    @Test
    void enablingAPluginForAMunicipalityIsInTheTrailWithTheMunicipalitiesBeforeAndAfter() {
        users.login("admin");
        long baarn = fixtures.baarn().id();
        plugins.enable("template", baarn);
        try {
            AuditEntry enabled = trail.search(new AuditFilter(null, "PluginInstallation", null, null, null), 0, 1)
                    .getFirst();
            assertThat(enabled.objectLabel()).isEqualTo("template");
            assertThat(enabled.changes())
                    .containsExactly(new AuditEntry.FieldChange("municipalityIds", "", String.valueOf(baarn)));
        } finally {
            plugins.disable("template", baarn);
        }
        AuditEntry disabled = trail.search(new AuditFilter(null, "PluginInstallation", null, null, null), 0, 1)
                .getFirst();
        assertThat(disabled.changes())
                .containsExactly(new AuditEntry.FieldChange("municipalityIds", String.valueOf(baarn), ""));
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
