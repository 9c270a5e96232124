package nl.regioportaal.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: after a number of failed logins an account is locked for a while,
 * longer with each further failure. The lock is kept in the database, so it holds on every node.
 * Every attempt is logged (without the password) for the security audit.
 */
@Component
class LoginAttemptListener {

    private static final Logger AUDIT = LoggerFactory.getLogger("nl.regioportaal.security.audit");

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
        AUDIT.warn(
                "login failed user={} reason={} remote={}",
                username,
                event.getException().getClass().getSimpleName(),
                remote(event.getAuthentication()));
        accounts.findByUsernameIgnoreCase(username)
                .filter(a -> !a.isLockedAt(clock.instant()))
                .ifPresent(a -> a.recordFailure(clock.instant(), maxAttempts, lockTime));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            AUDIT.info("login ok user={} remote={}", user.getUsername(), remote(event.getAuthentication()));
            accounts.findById(user.accountId()).ifPresent(a -> a.recordSuccess(clock.instant()));
        }
    }

    private static String remote(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "-";
    }
}
