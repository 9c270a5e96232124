package nl.regioportaal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Logins are created and removed by the person's administrators only, through the access policy. */
class AccountServiceTest extends ServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    RegionService regionService;

    @Autowired
    RegionDirectory directory;

    @Test
    void municipalityAdministratorCreatesLoginsForOwnStaffOnly() {
        users.login("admin");
        long own = person("Amersfoort", EnumSet.of(Role.MANAGER));
        long baarn = person("Baarn", EnumSet.of(Role.MANAGER));

        users.login("beheer.amersfoort");
        accounts.createAccount("login." + own, "eenlangwachtwoord", own);
        assertThat(accounts.usernameOf(own)).contains("login." + own);
        assertThatThrownBy(() -> accounts.createAccount("login." + baarn, "eenlangwachtwoord", baarn))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.usernameOf(baarn)).isEmpty();
    }

    /** Whoever sets the first password can log in as that person: not for a region-wide role. */
    @Test
    void municipalityAdministratorCreatesNoLoginForAHolderOfARegionWideRole() {
        users.login("admin");
        long supervisor = person("Amersfoort", EnumSet.of(Role.PROCESS_SUPERVISOR));

        users.login("beheer.amersfoort");
        assertThatThrownBy(() -> accounts.createAccount("login." + supervisor, "eenlangwachtwoord", supervisor))
                .isInstanceOf(AccessDeniedException.class);
        users.login("admin");
        accounts.createAccount("login." + supervisor, "eenlangwachtwoord", supervisor);
        assertThat(accounts.usernameOf(supervisor)).contains("login." + supervisor);
    }

    @Test
    void loginsOfOtherMunicipalitiesAndOneselfStay() {
        users.login("admin");
        long baarn = person("Baarn", EnumSet.of(Role.MANAGER));
        accounts.createAccount("login." + baarn, "eenlangwachtwoord", baarn);

        PortalUser amersfoortAdmin = users.login("beheer.amersfoort");
        assertThatThrownBy(() -> accounts.deleteAccountOf(baarn)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.deleteAccountOf(amersfoortAdmin.personId()))
                .isInstanceOf(AccessDeniedException.class);
        users.login("wijkcoach.baarn");
        assertThatThrownBy(() -> accounts.deleteAccountOf(baarn)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.usernameOf(baarn)).contains("login." + baarn);
        assertThat(accounts.usernameOf(amersfoortAdmin.personId())).contains("beheer.amersfoort");

        users.login("admin");
        accounts.deleteAccountOf(baarn);
        assertThat(accounts.usernameOf(baarn)).isEmpty();
    }

    /** A staff member without a team (the roles given need none) and without a login. */
    private long person(String municipality, Set<Role> roles) {
        PersonForm form = new PersonForm();
        form.setFirstName("Login");
        form.setLastName("Test " + UUID.randomUUID().toString().substring(0, 6));
        form.setEmail("login." + UUID.randomUUID().toString().substring(0, 8) + "@test.example");
        form.setMunicipality(directory.municipalities().stream()
                .filter(m -> m.name().equals(municipality))
                .findFirst()
                .orElseThrow());
        form.setRoles(roles);
        form.setStartDate(LocalDate.now().minusYears(1));
        return regionService.savePerson(form);
    }
}
