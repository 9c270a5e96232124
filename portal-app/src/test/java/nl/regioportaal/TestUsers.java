package nl.regioportaal;

import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.UserProfile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Logs a demo account in for service tests, through the real account and person data. */
@Component
public class TestUsers {

    private final UserDetailsService userDetailsService;

    public TestUsers(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public PortalUser login(String username) {
        return authenticate((PortalUser) userDetailsService.loadUserByUsername(username));
    }

    /** Logs in someone the demo data does not have (e.g. a role without its municipality), without an account. */
    public PortalUser loginAs(UserProfile profile) {
        return authenticate(new PortalUser(0, "test." + profile.personId(), "", false, profile));
    }

    private static PortalUser authenticate(PortalUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
