package nl.regioportaal.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every page carries (issue #15, point 8; the reasons are in docs/deployment.md,
 * "Web hardening"). Spring Security's defaults stay on: {@code X-Content-Type-Options: nosniff} and
 * {@code Cache-Control: no-store} on everything the portal renders (every page shows personal data or
 * leads to it; Vaadin's own static files set their own caching).
 */
final class WebHardening {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page carries inline scripts ('unsafe-inline'), its
     * client runs the server's JavaScript calls through {@code new Function} ('unsafe-eval'), and its
     * components set inline styles. Nothing is loaded from another origin; push uses the same origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private WebHardening() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // before the request is handled: Vaadin writes its pages past the point where the default
                // (written when the response commits) still could, so they went out without any of these
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
