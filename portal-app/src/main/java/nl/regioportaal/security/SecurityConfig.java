package nl.regioportaal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.regioportaal.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: Vaadin's configurer lets through only routes with an access annotation; the
 * health endpoint is the one open HTTP path (load balancers need it without a login).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOn singleSignOn) throws Exception {
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // the personal calendar feed: calendar apps cannot log in, the random token in the path is the key
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/kalender/*").permitAll());
        // a refused or unknown address gets a small Dutch page instead of the browser's bare 403
        http.exceptionHandling(e -> e.accessDeniedHandler(SecurityConfig::dutchAccessDeniedPage));
        // Content-Security-Policy, framing, referrer (issue #15, point 8)
        http.headers(WebHardening.headers());
        // single sign-on (OIDC) beside local accounts, only when an identity provider is configured
        singleSignOn.configure(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(LoginView.class);
                    singleSignOn.logoutSuccessHandler().ifPresent(vaadin::logoutSuccessHandler);
                })
                .build();
    }

    private static void dutchAccessDeniedPage(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        SecurityEvents.refused("request", request.getRequestURI(), "role");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        try (var page = SecurityConfig.class.getResourceAsStream("/static-pages/geen-toegang.html")) {
            page.transferTo(response.getOutputStream());
        }
    }

    /**
     * Password logins. Whether the account is locked or its person inactive is checked after the password,
     * not before as Spring does by default: every attempt then costs the same bcrypt (a locked or inactive
     * account answered faster than a wrong password, which told which user names exist), and the lock is
     * read afresh then ({@link PortalUserDetailsService#checkStillAllowed}). Every refusal gets the same
     * message on the login page.
     */
    @Bean
    DaoAuthenticationProvider passwordLogins(PortalUserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(users::checkStillAllowed);
        return provider;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can change without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
