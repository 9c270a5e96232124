package nl.regioportaal.security;

import java.util.Set;

/** What the security module needs to know about the person behind an account. */
public record UserProfile(
        long personId,
        String displayName,
        Set<Role> roles,
        Long municipalityId,
        Set<Long> teamIds,
        Long providerId,
        boolean active) {}
