package nl.regioportaal.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, as kept in the HTTP session: roles and the municipality, teams and provider
 * that scope what the user may see. Immutable; a role change takes effect at the next login.
 */
public final class PortalUser implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String passwordHash;
    private final boolean accountLocked;
    private final UserProfile profile;

    public PortalUser(
            long accountId, String username, String passwordHash, boolean accountLocked, UserProfile profile) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.accountLocked = accountLocked;
        this.profile = profile;
    }

    public long accountId() {
        return accountId;
    }

    public long personId() {
        return profile.personId();
    }

    public String displayName() {
        return profile.displayName();
    }

    public Set<Role> roles() {
        return profile.roles().isEmpty() ? Set.of() : EnumSet.copyOf(profile.roles());
    }

    public boolean hasRole(Role role) {
        return profile.roles().contains(role);
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Null for region-wide staff (process supervisor, administrator) and provider representatives. */
    public Long municipalityId() {
        return profile.municipalityId();
    }

    public Set<Long> teamIds() {
        return profile.teamIds();
    }

    public Long providerId() {
        return profile.providerId();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return profile.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !accountLocked;
    }

    @Override
    public boolean isEnabled() {
        return profile.active();
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", roles=" + List.copyOf(profile.roles()) + "]";
    }
}
