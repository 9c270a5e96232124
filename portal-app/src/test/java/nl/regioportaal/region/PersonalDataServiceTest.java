package nl.regioportaal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** AVG: a person's data can be exported (by them or their administrator) and erased (by an administrator). */
class PersonalDataServiceTest extends ServiceTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    RegionService regionService;

    @Autowired
    RegionDirectory directory;

    @Autowired
    AccountService accounts;

    @Autowired
    NoticesInFlight notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aProfessionalExportsTheirOwnDataButNoOneElses() {
        PortalUser me = users.login("wijkcoach.baarn");
        Map<String, Object> export = personalData.export(me.personId());
        assertThat(export).containsKeys("person", "account", "notifications");
        assertThat((Map<String, Object>) export.get("person")).containsEntry("municipality", "Baarn");
        assertThat((Map<String, Object>) export.get("account"))
                .containsEntry("username", "wijkcoach.baarn")
                .doesNotContainKey("passwordHash");

        long someoneElse = users.login("trainer").personId();
        users.login("wijkcoach.baarn");
        assertThatThrownBy(() -> personalData.export(someoneElse)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorErasesAPersonEverywhere() {
        users.login("admin");
        long id = newPersonWithAccountAndNotice("Baarn", "Sociaal team Baarn");

        personalData.erase(id);

        assertThat(count("account", id)).isZero();
        assertThat(count("notification", id)).isZero();
        assertThat(count("person_team", id)).isZero();
        PersonForm erased = regionService.getPerson(id);
        assertThat(erased.getDisplayName()).isEqualTo("Verwijderde medewerker " + id);
        assertThat(erased.getEmail()).endsWith("@verwijderd.invalid");
        assertThat(erased.isActive()).isFalse();
        assertThat(erased.getRoles()).isEmpty();

        // a notice published before the erasure and recorded after it (notices are recorded after their
        // commit), or sent by a job that still knew the person: nothing of it is kept or mailed
        notifications.send(id, "test.erase", "Na het wissen", "Tekst", null);
        assertThat(count("notification", id)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notify_mail where recipient_person_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void municipalityAdministratorMayOnlyEraseOwnStaffAndNobodyErasesThemselves() {
        users.login("admin");
        long baarn = newPersonWithAccountAndNotice("Baarn", "Sociaal team Baarn");
        PortalUser amersfoortAdmin = users.login("beheer.amersfoort");
        assertThatThrownBy(() -> personalData.erase(baarn)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personalData.erase(amersfoortAdmin.personId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("account", baarn)).isOne();
    }

    @Test
    void municipalityAdministratorDoesNotEraseAHolderOfARegionWideRoleOfTheirMunicipality() {
        users.login("admin");
        long supervisor = newPersonWithAccountAndNotice("Amersfoort", "Wijkteam Noord");
        PersonForm form = regionService.getPerson(supervisor);
        form.setRoles(EnumSet.of(Role.PROFESSIONAL, Role.PROCESS_SUPERVISOR));
        regionService.savePerson(form);
        String name = directory.person(supervisor).orElseThrow().displayName();

        users.login("beheer.amersfoort");
        assertThat(personalData.mayErase(supervisor)).isFalse();
        assertThatThrownBy(() -> personalData.erase(supervisor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.deleteAccountOf(supervisor)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("account", supervisor)).isOne();
        assertThat(directory.person(supervisor).orElseThrow().displayName()).isEqualTo(name);

        users.login("admin");
        assertThat(personalData.mayErase(supervisor)).isTrue();
    }

    private long newPersonWithAccountAndNotice(String municipality, String team) {
        PersonForm form = new PersonForm();
        form.setFirstName("Wis");
        form.setLastName("Mij " + UUID.randomUUID().toString().substring(0, 5));
        form.setEmail("wis." + UUID.randomUUID().toString().substring(0, 8) + "@test.example");
        form.setMunicipality(directory.municipalities().stream()
                .filter(m -> m.name().equals(municipality))
                .findFirst()
                .orElseThrow());
        form.setTeams(Set.of(regionService.selectableTeams(null).stream()
                .filter(t -> t.name().equals(team))
                .findFirst()
                .orElseThrow()));
        form.setRoles(EnumSet.of(Role.PROFESSIONAL));
        form.setStartDate(LocalDate.now().minusYears(2));
        long id = regionService.savePerson(form);
        accounts.createAccount("wis." + id, "eenlangwachtwoord", id);
        notifications.send(id, "test.erase", "Voor het wissen", "Tekst", null);
        notifications.awaitMailsOf(id);
        // the fixture is complete: one account, one notice, one team, so that erasing has something to remove
        assertThat(count("account", id)).isOne();
        assertThat(count("notification", id)).isOne();
        assertThat(count("person_team", id)).isOne();
        return id;
    }

    /** Rows of a person in one of the tables that keep personal data. */
    private long count(String table, long personId) {
        String column = table.equals("notification") ? "recipient_person_id" : "person_id";
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, personId);
    }
}
