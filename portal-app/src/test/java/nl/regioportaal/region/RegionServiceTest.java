package nl.regioportaal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import nl.regioportaal.security.UserProfileProvider;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Administration rules on the real database: scope per role, validation, optimistic locking. */
class RegionServiceTest extends ServiceTest {

    @Autowired
    RegionService service;

    @Autowired
    RegionDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserProfileProvider profiles;

    @Test
    void demoRegionHasSevenMunicipalitiesAndTwentyTeams() {
        users.login("admin");
        assertThat(service.selectableMunicipalities())
                .extracting(MunicipalityRef::name)
                .containsExactly("Amersfoort", "Baarn", "Bunschoten", "Eemnes", "Leusden", "Soest", "Woudenberg");
        // the administrator finds every team there is (other tests add some to the demo's twenty)
        assertThat(service.findTeams("", null, Pageable.ofSize(100)).getTotalElements())
                .isEqualTo(jdbc.queryForObject("select count(*) from team", Long.class));
        long amersfoort = service.selectableMunicipalities().getFirst().id();
        assertThat(service.findTeams("Wijkteam", amersfoort, Pageable.ofSize(100))
                        .getTotalElements())
                .isEqualTo(13);
        assertThat(service.findTeams("Jeugdteam", null, Pageable.ofSize(100)).getContent())
                .extracting(TeamForm::getKind)
                .containsOnly(TeamKind.YOUTH);
    }

    @Test
    void aPageSmallerThanTheResultStillCountsEveryMatch() {
        // the search queries' count queries are written out beside them (PersonRepository.SEARCH)
        users.login("admin");
        long amersfoort = municipality("Amersfoort").id();
        long peopleThere = jdbc.queryForObject(
                "select count(*) from person p join municipality m on m.id = p.municipality_id where m.name = 'Amersfoort'",
                Long.class);
        var secondPage =
                service.findPeople("", amersfoort, null, Pageable.ofSize(2).withPage(1));
        assertThat(secondPage.getContent()).hasSize(2);
        assertThat(secondPage.getTotalElements()).isEqualTo(peopleThere).isGreaterThan(4);

        long wijkteamsThere = jdbc.queryForObject(
                "select count(*) from team t join municipality m on m.id = t.municipality_id "
                        + "where m.name = 'Amersfoort' and lower(t.name) like '%wijkteam%'",
                Long.class);
        var firstTeams = service.findTeams("wijkteam", amersfoort, Pageable.ofSize(3));
        assertThat(firstTeams.getContent()).hasSize(3);
        assertThat(firstTeams.getTotalElements()).isEqualTo(wijkteamsThere).isGreaterThan(3);
    }

    @Test
    void municipalityAdministratorCannotTouchAnotherMunicipality() {
        users.login("admin");
        long baarn = municipality("Baarn").id();
        PersonForm baarnPerson = service.findPeople("", baarn, null, Pageable.ofSize(1))
                .getContent()
                .getFirst();

        PortalUser municipalityAdmin = users.login("beheer.amersfoort");
        assertThat(municipalityAdmin.hasRole(Role.MUNICIPALITY_ADMIN)).isTrue();
        assertThatThrownBy(() -> service.getPerson(baarnPerson.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.findPeople("", baarn, null, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        baarnPerson.setFirstName("Overgenomen");
        assertThatThrownBy(() -> service.savePerson(baarnPerson)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.findPeople("", null, null, Pageable.ofSize(500)).getContent())
                .allSatisfy(p -> assertThat(p.getMunicipality().name()).isEqualTo("Amersfoort"));
    }

    /** Deny by default: without a municipality, a municipality administrator sees nobody (not everybody). */
    @Test
    void municipalityAdministratorWithoutMunicipalityAdministersNothing() {
        users.loginAs(new UserProfile(
                Long.MAX_VALUE,
                "Beheerder zonder gemeente",
                Set.of(Role.MUNICIPALITY_ADMIN),
                null,
                Set.of(),
                null,
                true));
        assertThatThrownBy(() -> service.findPeople("", null, null, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.findTeams("", null, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.selectableTeams(null)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.selectableMunicipalities()).isEmpty();
    }

    @Test
    void municipalityAdministratorCannotGrantRegionWideRoles() {
        users.login("beheer.amersfoort");
        PersonForm form = newProfessional("Amersfoort", "Wijkteam Noord");
        form.setRoles(EnumSet.of(Role.PROFESSIONAL, Role.ADMIN));
        assertThatThrownBy(() -> service.savePerson(form))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("roles", "person.error.role-not-allowed"));
    }

    @Test
    void municipalityAdministratorOpensButCannotEditAHolderOfARegionWideRole() {
        users.login("admin");
        PersonForm form = newProfessional("Amersfoort", "Wijkteam Noord");
        form.setRoles(EnumSet.of(Role.PROFESSIONAL, Role.PROCESS_SUPERVISOR));
        long id = service.savePerson(form);

        users.login("beheer.amersfoort");
        PersonForm seen = service.getPerson(id);
        seen.setLastName("Gewijzigd");
        seen.setRoles(EnumSet.of(Role.PROFESSIONAL)); // not even to take the regional role away
        assertThatThrownBy(() -> service.savePerson(seen)).isInstanceOf(AccessDeniedException.class);
        users.login("admin");
        assertThat(service.getPerson(id).getRoles())
                .containsExactlyInAnyOrder(Role.PROFESSIONAL, Role.PROCESS_SUPERVISOR);
    }

    @Test
    void nobodyChangesTheirOwnRolesOrWhetherTheyAreActive() {
        users.login("admin");
        PersonForm form = newProfessional("Amersfoort", "Wijkteam Noord");
        form.setTeams(Set.of());
        form.setRoles(EnumSet.of(Role.MUNICIPALITY_ADMIN));
        long id = service.savePerson(form);
        UserProfile profile = profiles.profileOf(id).orElseThrow();

        users.loginAs(profile);
        PersonForm mine = service.getPerson(id);
        mine.setRoles(EnumSet.of(Role.MUNICIPALITY_ADMIN, Role.MANAGER)); // a municipal role, theirs to grant to others
        assertThatThrownBy(() -> service.savePerson(mine))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("roles", "person.error.own-access"));
        PersonForm leaving = service.getPerson(id);
        leaving.setActive(false);
        assertThatThrownBy(() -> service.savePerson(leaving))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("active", "person.error.own-access"));
        PersonForm renamed = service.getPerson(id);
        renamed.setLastName("Hernoemd");
        service.savePerson(renamed); // the rest of their own record stays theirs to correct

        users.login("admin");
        PersonForm after = service.getPerson(id);
        assertThat(after.getRoles()).containsExactly(Role.MUNICIPALITY_ADMIN);
        assertThat(after.isActive()).isTrue();
        assertThat(after.getLastName()).isEqualTo("Hernoemd");
        after.setRoles(EnumSet.of(Role.MUNICIPALITY_ADMIN, Role.MANAGER));
        service.savePerson(after); // another administrator may
        assertThat(service.getPerson(id).getRoles()).containsExactlyInAnyOrder(Role.MUNICIPALITY_ADMIN, Role.MANAGER);
    }

    @Test
    void professionalsAndManagersCannotAdministrate() {
        users.login("wijkcoach.baarn");
        assertThatThrownBy(() -> service.findPeople("", null, null, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        users.login("manager.leusden");
        assertThatThrownBy(() -> service.savePerson(new PersonForm())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void duplicateEmailIsRefusedWhateverTheCase() {
        users.login("admin");
        PersonForm first = newProfessional("Baarn", "Sociaal team Baarn");
        service.savePerson(first);
        PersonForm second = newProfessional("Baarn", "Sociaal team Baarn");
        second.setEmail(first.getEmail().toUpperCase());
        assertThatThrownBy(() -> service.savePerson(second))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("email", "person.error.email-taken"));
    }

    @Test
    void staleVersionIsDetectedAndNothingIsOverwritten() {
        users.login("admin");
        long id = service.savePerson(newProfessional("Soest", "Sociaal team Soest"));
        PersonForm mine = service.getPerson(id);
        PersonForm theirs = service.getPerson(id);
        theirs.setLastName("Eerst");
        service.savePerson(theirs);

        mine.setLastName("Later");
        assertThatThrownBy(() -> service.savePerson(mine)).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.getPerson(id).getLastName()).isEqualTo("Eerst");
    }

    @Test
    void teamsMustBelongToThePersonsMunicipality() {
        users.login("admin");
        PersonForm form = newProfessional("Baarn", "Sociaal team Soest");
        assertThatThrownBy(() -> service.savePerson(form))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("teams", "person.error.team-other-municipality"));
    }

    @Test
    void duplicateTeamNameInAMunicipalityIsRefused() {
        users.login("admin");
        TeamForm team = new TeamForm();
        team.setMunicipality(municipality("Baarn"));
        team.setName("sociaal team baarn");
        assertThatThrownBy(() -> service.saveTeam(team))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "team.error.name-taken"));
    }

    @Test
    void directoryListsActiveTeamMembers() {
        PortalUser me = users.login("wijkcoach.baarn");
        long team = me.teamIds().iterator().next();
        assertThat(directory.activeMembersOf(team))
                .extracting(PersonSummary::id)
                .contains(me.personId());
        assertThat(directory.person(me.personId()))
                .get()
                .extracting(PersonSummary::municipalityId)
                .isEqualTo(me.municipalityId());
    }

    private PersonForm newProfessional(String municipality, String teamName) {
        PersonForm form = new PersonForm();
        form.setFirstName("Test");
        form.setLastName("Persoon " + UUID.randomUUID().toString().substring(0, 6));
        form.setEmail("test." + UUID.randomUUID().toString().substring(0, 8) + "@test.example");
        form.setMunicipality(municipality(municipality));
        TeamRef team = service.selectableTeams(null).stream()
                .filter(t -> t.name().equals(teamName))
                .findFirst()
                .orElseThrow();
        form.setTeams(Set.of(team));
        form.setRoles(EnumSet.of(Role.PROFESSIONAL));
        form.setStartDate(LocalDate.now().minusYears(1));
        return form;
    }

    private MunicipalityRef municipality(String name) {
        return directory.municipalities().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
