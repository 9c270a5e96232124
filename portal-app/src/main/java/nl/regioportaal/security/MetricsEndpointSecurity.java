package nl.regioportaal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} for the monitoring server, not for people: it answers only to
 * {@code Authorization: Bearer <PORTAL_METRICS_TOKEN>}; without the token set it answers nobody. A chain of
 * its own, before the portal's, without sessions or a login page.
 */
@Configuration
class MetricsEndpointSecurity {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, @Value("${portal.metrics.token:}") String token)
            throws Exception {
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(!token.isBlank() && carries(context.getRequest(), expected))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the status alone: sendError would go on to /error, which the portal's chain answers with its login
                // page
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, refused) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.setStatus(401);
                }))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static boolean carries(HttpServletRequest request, byte[] expected) {
        String header = request.getHeader("Authorization");
        // constant time: the comparison must not tell how much of a guessed token was right
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected);
    }
}
