package nl.regioportaal.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A session started through single sign-on: the portal's own user as principal (as after a password login),
 * and which provider and ID token it came from, for the provider's logout.
 */
final class SsoAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PortalUser user;
    private final String registrationId;
    private final String idToken;

    SsoAuthentication(PortalUser user, String registrationId, String idToken) {
        super(user.getAuthorities());
        this.user = user;
        this.registrationId = registrationId;
        this.idToken = idToken;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PortalUser getPrincipal() {
        return user;
    }

    String registrationId() {
        return registrationId;
    }

    String idToken() {
        return idToken;
    }
}
