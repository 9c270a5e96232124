package nl.regioportaal.security;

import java.util.Set;

/**
 * What the access policy needs to know of a person to decide who may see or act for them: their
 * municipality and teams. Built by the module that holds the person (the region directory), so
 * that security stays ignorant of the region model.
 */
public record PersonScope(long personId, Long municipalityId, Set<Long> teamIds) {

    public PersonScope {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    /** The person behind an account, as the security module itself knows them. */
    public static PersonScope of(UserProfile profile) {
        return new PersonScope(profile.personId(), profile.municipalityId(), profile.teamIds());
    }
}
