package nl.regioportaal.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking. Services call {@link #require()}, or {@link #requireAnyRole} for a role-only check
 * that mirrors the route, and ask {@link AccessPolicy} about the object: the route annotations keep
 * people out of screens, these checks keep them out of data.
 */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    /** The current user, who must hold at least one of the roles. */
    public PortalUser requireAnyRole(Role... roles) {
        PortalUser user = require();
        if (!user.hasAnyRole(roles)) {
            throw new AccessDeniedException("missing role");
        }
        return user;
    }

    public static void deny(String why) {
        throw new AccessDeniedException(why);
    }
}
