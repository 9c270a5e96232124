package nl.regioportaal.shared.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins by outcome, from Spring Security's own events: {@code success}, {@code failure} (a wrong password
 * or an unknown name) and {@code locked} (refused because the account is locked after repeated failures).
 */
@Component
class LoginMeters {

    static final String LOGINS = "portal.logins";

    private final Counter success;
    private final Counter failure;
    private final Counter locked;

    LoginMeters(MeterRegistry registry) {
        success = counter(registry, "success");
        failure = counter(registry, "failure");
        locked = counter(registry, "locked");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(LOGINS)
                .description("login attempts, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        success.increment();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        (event instanceof AuthenticationFailureLockedEvent ? locked : failure).increment();
    }
}
