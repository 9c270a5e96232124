package nl.regioportaal.plugins.api;

import java.util.Set;

/**
 * A permission the plugin declares and checks with {@link PluginContext#hasPermission(String)}. The portal
 * grants it to users holding one of {@code roles} (names of the portal's roles: {@code PROFESSIONAL},
 * {@code TEAM_LEADER}, {@code MANAGER}, {@code PROCESS_SUPERVISOR}, {@code PROVIDER}, {@code TRAINER},
 * {@code MUNICIPALITY_ADMIN}, {@code ADMIN}) and lists it on the admin screen.
 *
 * @param name        unique within the plugin, by convention {@code <plugin-id>.<what>}
 * @param description what it allows, for administrators
 * @param roles       the roles that hold it
 */
public record Permission(String name, Text description, Set<String> roles) {

    public Permission {
        roles = Set.copyOf(roles);
    }
}
