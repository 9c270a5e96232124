package nl.regioportaal.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: after a number of failed logins an account is locked for a while,
 * longer with each further failure. The lock is kept in the database, so it holds on every node.
 * Every attempt, lock and logout is a line in the security log ({@link SecurityEvents}), without the password.
 */
@Component
class LoginAttemptListener {

    private final AccountRepository accounts;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockTime;

    LoginAttemptListener(
            AccountRepository accounts,
            Clock clock,
            @Value("${portal.security.max-failed-logins:5}") int maxAttempts,
            @Value("${portal.security.lock-time:PT5M}") Duration lockTime) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockTime = lockTime;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String remote = remote(event.getAuthentication());
        SecurityEvents.log(
                SecurityEvents.LOGIN_FAILED,
                "user",
                username,
                "reason",
                event.getException().getClass().getSimpleName(),
                "remote",
                remote);
        // locked for this transaction: wrong passwords sent at the same moment all count (they were lost
        // updates before, so a burst of guesses got past the limit)
        accounts.findLockedByUsernameIgnoreCase(username)
                .filter(a -> !a.isLockedAt(clock.instant()))
                .ifPresent(a -> {
                    a.recordFailure(clock.instant(), maxAttempts, lockTime);
                    if (a.isLockedAt(clock.instant())) {
                        SecurityEvents.log(
                                SecurityEvents.LOCKED,
                                "user",
                                a.getUsername(),
                                "until",
                                String.valueOf(a.getLockedUntil()),
                                "remote",
                                remote);
                    }
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            SecurityEvents.log(
                    SecurityEvents.LOGIN, "user", user.getUsername(), "remote", remote(event.getAuthentication()));
            accounts.findLockedById(user.accountId()).ifPresent(a -> a.recordSuccess(clock.instant()));
        }
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        SecurityEvents.log(
                SecurityEvents.LOGOUT,
                "user",
                event.getAuthentication().getName(),
                "remote",
                remote(event.getAuthentication()));
    }

    private static String remote(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "-";
    }
}
