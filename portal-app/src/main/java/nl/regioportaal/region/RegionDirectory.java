package nl.regioportaal.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of the region for other modules and plugins: who works where. Any logged-in user
 * may read it (it is the staff directory); changes go through {@link RegionService}.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final ProviderOrganisationRepository providers;
    private final CurrentUser currentUser;

    RegionDirectory(
            RegionRepository regions,
            MunicipalityRepository municipalities,
            TeamRepository teams,
            PersonRepository people,
            ProviderOrganisationRepository providers,
            CurrentUser currentUser) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.teams = teams;
        this.people = people;
        this.providers = providers;
        this.currentUser = currentUser;
    }

    /** The provider organisations, by name (who provides a course; who takes part in the development agenda). */
    public List<ProviderRef> providers() {
        currentUser.require();
        return providers.findAllByOrderByNameAsc().stream()
                .map(p -> new ProviderRef(p.getId(), p.getName()))
                .toList();
    }

    public String regionName() {
        currentUser.require();
        return regions.findFirstByOrderByIdAsc().map(Region::getName).orElse("");
    }

    public List<MunicipalityRef> municipalities() {
        currentUser.require();
        return municipalities.findAllByOrderByNameAsc().stream()
                .map(m -> new MunicipalityRef(m.getId(), m.getName()))
                .toList();
    }

    public List<TeamRef> teams() {
        currentUser.require();
        return teams.findAllByOrderByNameAsc().stream().map(TeamRef::of).toList();
    }

    public List<TeamRef> teamsOf(long municipalityId) {
        currentUser.require();
        return teams.findByMunicipalityIdOrderByNameAsc(municipalityId).stream()
                .map(TeamRef::of)
                .toList();
    }

    public Optional<TeamRef> team(long teamId) {
        currentUser.require();
        return teams.findById(teamId).map(TeamRef::of);
    }

    public Optional<PersonSummary> person(long personId) {
        currentUser.require();
        return people.findWithDetailsById(personId).map(PersonSummary::of);
    }

    public List<PersonSummary> people(Collection<Long> personIds) {
        currentUser.require();
        return people.findWithDetailsByIdIn(personIds).stream()
                .map(PersonSummary::of)
                .toList();
    }

    public List<PersonSummary> activeMembersOf(long teamId) {
        currentUser.require();
        return people.findActiveMembersOfTeam(teamId).stream()
                .map(PersonSummary::of)
                .toList();
    }

    /** Everyone active who holds the role (e.g. all team leaders, for a forum's members). */
    public List<PersonSummary> activeWithRole(Role role) {
        currentUser.require();
        return people.findActiveWithRole(role).stream().map(PersonSummary::of).toList();
    }
}
