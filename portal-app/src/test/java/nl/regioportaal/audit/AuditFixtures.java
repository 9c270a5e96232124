package nl.regioportaal.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.regioportaal.region.CaseloadScope;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.PersonForm;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionService;
import nl.regioportaal.region.TeamForm;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.region.TeamRef;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserProfile;
import org.springframework.stereotype.Component;

/** People and teams of a test's own in Baarn, changed through the region's services as an administrator would. */
@Component
public class AuditFixtures {

    private final RegionService region;
    private final RegionDirectory directory;
    private final Clock clock;

    AuditFixtures(RegionService region, RegionDirectory directory, Clock clock) {
        this.region = region;
        this.directory = directory;
        this.clock = clock;
    }

    public MunicipalityRef baarn() {
        return directory.municipalities().stream()
                .filter(m -> m.name().equals("Baarn"))
                .findFirst()
                .orElseThrow();
    }

    /** A new team in Baarn with a unique name. */
    public TeamRef newTeam(String prefix) {
        TeamForm form = new TeamForm();
        form.setMunicipality(baarn());
        form.setName(prefix + " " + UUID.randomUUID().toString().substring(0, 6));
        form.setKind(TeamKind.GENERAL);
        form.setCaseloadScope(CaseloadScope.values()[0]);
        form.setActive(true);
        long id = region.saveTeam(form);
        return directory.team(id).orElseThrow();
    }

    /** A new professional (and municipality administrator) of Baarn in this team, with a unique name and e-mail. */
    public PersonForm newPerson(TeamRef team) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        PersonForm form = new PersonForm();
        form.setFirstName("Auditta");
        form.setLastName("Spoorzoeker" + unique);
        form.setEmail("audit." + unique + "@test.example");
        form.setMunicipality(baarn());
        form.setTeams(Set.of(team));
        form.setRoles(EnumSet.of(Role.PROFESSIONAL, Role.MUNICIPALITY_ADMIN));
        form.setStartDate(LocalDate.now(clock).minusYears(1));
        long id = region.savePerson(form);
        return region.getPerson(id);
    }

    /** The person as the logged-in user (they have no account). */
    public UserProfile profileOf(PersonForm person, TeamRef team) {
        return new UserProfile(
                person.getId(),
                person.getDisplayName(),
                Set.copyOf(person.getRoles()),
                baarn().id(),
                Set.of(team.id()),
                null,
                true);
    }

    /** A new person in a new team, moved by the administrator to a second new team: the acceptance's change. */
    public Moved newPersonMovedToAnotherTeam(String prefix) {
        TeamRef before = newTeam(prefix + " voor");
        TeamRef after = newTeam(prefix + " na");
        PersonForm person = newPerson(before);
        moveToTeam(person.getId(), after);
        return new Moved(region.getPerson(person.getId()), before, after);
    }

    public record Moved(PersonForm person, TeamRef before, TeamRef after) {}

    /** Moves the person to another team, as the staff screen does. */
    public void moveToTeam(long personId, TeamRef team) {
        PersonForm form = region.getPerson(personId);
        form.setTeams(Set.of(team));
        region.savePerson(form);
    }
}
