package nl.regioportaal;

import nl.regioportaal.security.PortalUser;
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
        PortalUser user = (PortalUser) userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
