package nl.regioportaal.plugins.api;

import java.util.Set;

/**
 * The user a plugin works for: enough to scope data, nothing more.
 *
 * @param personId       the person's id in the region directory (0 for the system user)
 * @param displayName    name to show
 * @param municipalityId the user's municipality; null for region-wide staff and the system user
 * @param teamIds        the teams the user works in
 * @param roles          the portal's role names (see {@link Permission})
 */
public record PluginUser(long personId, String displayName, Long municipalityId, Set<Long> teamIds, Set<String> roles) {

    public PluginUser {
        teamIds = Set.copyOf(teamIds);
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Region-wide users (process supervisor, administrator) have no municipality. */
    public boolean isRegionWide() {
        return municipalityId == null;
    }
}
