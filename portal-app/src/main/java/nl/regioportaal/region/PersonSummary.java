package nl.regioportaal.region;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.security.PersonScope;
import nl.regioportaal.security.Role;

/** A person as other modules see them: enough to scope, list and address, nothing more. */
public record PersonSummary(
        long id,
        String displayName,
        String email,
        Long municipalityId,
        Set<Long> teamIds,
        Set<Role> roles,
        LocalDate startDate,
        boolean active) {

    /** What the access policy needs to decide about this person. */
    public PersonScope scope() {
        return new PersonScope(id, municipalityId, teamIds);
    }

    static PersonSummary of(Person p) {
        return new PersonSummary(
                p.getId(),
                p.getDisplayName(),
                p.getEmail(),
                p.getMunicipality() == null ? null : p.getMunicipality().getId(),
                p.getTeams().stream().map(Team::getId).collect(Collectors.toUnmodifiableSet()),
                Set.copyOf(p.getRoles()),
                p.getStartDate(),
                p.isActive());
    }
}
