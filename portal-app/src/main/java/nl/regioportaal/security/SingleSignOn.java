package nl.regioportaal.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single sign-on beside local accounts: OpenID Connect with the identity providers configured through
 * Spring Boot's {@code spring.security.oauth2.client.*} properties (README, "Single sign-on"). Spring
 * Security checks the ID token (signature, issuer, audience, expiry); this class then matches the person by
 * the e-mail claim ({@code portal.sso.email-claim}) to an active staff record with an account. Nobody gets
 * an account this way, and roles stay the portal's. After a match the session holds the same
 * {@link PortalUser} as a password login, so everything else works unchanged; logging out also ends the
 * provider's session when it offers an {@code end_session_endpoint} (RP-initiated logout).
 */
@Component
class SingleSignOn {

    static final String UNKNOWN_PERSON = "portal_unknown_person";
    static final String LOCKED = "portal_locked";
    static final String UNVERIFIED_EMAIL = "portal_unverified_email";

    private static final Logger AUDIT = LoggerFactory.getLogger("nl.regioportaal.security.audit");

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final UserProfileProvider profiles;
    private final AccountRepository accounts;
    private final PortalUserDetailsService users;
    private final String emailClaim;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SingleSignOn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            UserProfileProvider profiles,
            AccountRepository accounts,
            PortalUserDetailsService users,
            @Value("${portal.sso.email-claim:email}") String emailClaim) {
        this.registrations = registrations;
        this.profiles = profiles;
        this.accounts = accounts;
        this.users = users;
        this.emailClaim = emailClaim;
    }

    boolean configured() {
        return registrations.getIfAvailable() != null;
    }

    /** Adds the OIDC login to the security configuration when an identity provider is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (!configured()) {
            return;
        }
        OidcUserService oidcUsers = new OidcUserService();
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(request -> match(request, oidcUsers.loadUser(request))))
                .successHandler(this::loggedIn)
                .failureHandler(SingleSignOn::refused));
    }

    /** The logout for Vaadin's configurer: the provider's too for a single sign-on session; empty without SSO. */
    Optional<LogoutSuccessHandler> logoutSuccessHandler() {
        return configured() ? Optional.of(this::loggedOut) : Optional.empty();
    }

    /** The staff record behind the provider's e-mail claim: active, with an account that is not locked. */
    private OidcUser match(OidcUserRequest request, OidcUser oidc) {
        String registration = request.getClientRegistration().getRegistrationId();
        String email = oidc.getClaimAsString(emailClaim);
        if (Boolean.FALSE.equals(oidc.getClaimAsBoolean(StandardClaimNames.EMAIL_VERIFIED))) {
            // an address the user typed and the provider never confirmed could be anyone's, the administrator's too
            AUDIT.warn("single sign-on refused: e-mail not verified by provider={}", registration);
            throw new OAuth2AuthenticationException(new OAuth2Error(UNVERIFIED_EMAIL));
        }
        Optional<PortalUser> user = Optional.ofNullable(email)
                .flatMap(profiles::activePersonWithEmail)
                .flatMap(accounts::findByPersonId)
                .map(account -> users.loadUserByUsername(account.getUsername()));
        if (user.isEmpty()) {
            AUDIT.warn("single sign-on refused: no active staff record with an account provider={}", registration);
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON));
        }
        if (!user.get().isAccountNonLocked()) {
            AUDIT.warn(
                    "single sign-on refused: account locked user={} provider={}",
                    user.get().getUsername(),
                    registration);
            throw new OAuth2AuthenticationException(new OAuth2Error(LOCKED));
        }
        return new MatchedOidcUser(oidc, user.get());
    }

    /** The session gets the portal's own user, as after a password login; the ID token stays for the logout. */
    private void loggedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        MatchedOidcUser matched = (MatchedOidcUser) token.getPrincipal();
        SsoAuthentication portal = new SsoAuthentication(
                matched.user,
                token.getAuthorizedClientRegistrationId(),
                matched.getIdToken().getTokenValue());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(portal);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        AUDIT.info(
                "single sign-on user={} provider={}",
                matched.user.getUsername(),
                token.getAuthorizedClientRegistrationId());
        new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response, portal);
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String code = e instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : "";
        String reason = switch (code) {
            case UNKNOWN_PERSON -> "unknown";
            case LOCKED -> "locked";
            case UNVERIFIED_EMAIL -> "unverified";
            default -> "failed";
        };
        if (reason.equals("failed")) {
            // a wrong audience, an expired or forged token, a provider error: the detail is for the log only
            AUDIT.warn("single sign-on failed: {}", e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }

    private void loggedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        String endSession = authentication instanceof SsoAuthentication sso ? endSessionUrl(request, sso) : null;
        // as Vaadin's own logout: a logout from a UI request moves the page, a plain one redirects
        SimpleUrlLogoutSuccessHandler redirect = new SimpleUrlLogoutSuccessHandler();
        redirect.setRedirectStrategy(new UidlRedirectStrategy());
        redirect.setDefaultTargetUrl(endSession != null ? endSession : "/");
        redirect.onLogoutSuccess(request, response, authentication);
    }

    private String endSessionUrl(HttpServletRequest request, SsoAuthentication sso) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ClientRegistration registration =
                repository == null ? null : repository.findByRegistrationId(sso.registrationId());
        if (registration == null) {
            return null;
        }
        Map<String, Object> metadata = registration.getProviderDetails().getConfigurationMetadata();
        Object endpoint = metadata.get("end_session_endpoint");
        if (endpoint == null) {
            return null;
        }
        String back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath() + "/login")
                .replaceQuery(null)
                .toUriString();
        return UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", sso.idToken())
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", back)
                .encode()
                .toUriString();
    }

    /** The provider's user, carrying the portal user it was matched to (only until the success handler). */
    private static final class MatchedOidcUser extends DefaultOidcUser {
        private final transient PortalUser user;

        MatchedOidcUser(OidcUser oidc, PortalUser user) {
            super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }
    }
}
