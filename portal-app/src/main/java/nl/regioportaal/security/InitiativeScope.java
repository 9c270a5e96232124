package nl.regioportaal.security;

import java.util.Set;

/**
 * What the access policy needs to know about one initiative of the development agenda: the
 * municipality that owns it, the provider organisation that co-owns it (or null) and the provider
 * organisations it is shared with. Built by the {@code devagenda} module.
 */
public record InitiativeScope(long ownerMunicipalityId, Long coOwnerProviderId, Set<Long> sharedProviderIds) {

    /** Shared with the provider: explicitly, or because the provider co-owns it. */
    public boolean sharedWith(Long providerId) {
        return providerId != null && (providerId.equals(coOwnerProviderId) || sharedProviderIds.contains(providerId));
    }
}
