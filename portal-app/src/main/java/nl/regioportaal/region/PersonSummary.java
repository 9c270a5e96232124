package nl.regioportaal.region;

import nl.regioportaal.security.Role;

import java.time.LocalDate;
import java.util.Set;

/** A person as other modules see them: enough to scope, list and address, nothing more. */
public record PersonSummary(long id, String displayName, String email, Long municipalityId, Set<Long> teamIds,
                            Set<Role> roles, LocalDate startDate, boolean active) {

    static PersonSummary of(Person p) {
        return new PersonSummary(p.getId(), p.getDisplayName(), p.getEmail(),
                p.getMunicipality() == null ? null : p.getMunicipality().getId(),
                p.getTeams().stream().map(Team::getId).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                Set.copyOf(p.getRoles()), p.getStartDate(), p.isActive());
    }
}
