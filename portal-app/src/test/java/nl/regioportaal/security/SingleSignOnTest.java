package nl.regioportaal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single sign-on against a real OIDC provider in the test JVM ({@link OidcTestServer}), through the real
 * redirects: the portal sends the browser to the provider, the provider back with a code, the portal
 * exchanges it for an ID token, checks it and matches the e-mail claim to a staff record.
 */
class SingleSignOnTest extends ServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Where a login through the provider ends, and the client (with its session cookie) that made it. */
    record Landing(URI at, HttpClient client) {
        String reason() {
            return at.getQuery() == null ? null : at.getQuery().replace("sso=", "");
        }
    }

    @Test
    void anActiveStaffMemberWithAnAccountIsLoggedInByTheirEmail() throws Exception {
        OidcTestServer.nextLoginWithEmail(emailOf("wijkcoach.baarn").toUpperCase(Locale.ROOT));

        Landing landing = loginThroughTheProvider();

        assertThat(landing.at().getPath()).isEqualTo("/");
        assertThat(get(landing.client(), "/").statusCode())
                .as("the portal's start page, not the way to the login")
                .isEqualTo(200);
    }

    @Test
    void withoutALoginThePortalSendsToTheLoginPage() throws Exception {
        HttpClient client = client();
        HttpResponse<String> start = get(client, "/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void anUnknownEmailIsRefusedInDutchAndNoAccountIsCreated() throws Exception {
        int accounts = jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class);
        OidcTestServer.nextLoginWithEmail("onbekend@elders.example");

        Landing landing = loginThroughTheProvider();

        assertThat(landing.at().getPath()).isEqualTo("/login");
        assertThat(landing.reason()).isEqualTo("unknown");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class))
                .isEqualTo(accounts);
        assertThat(get(landing.client(), "/").statusCode()).isEqualTo(302);
        assertThat(PortalI18NProvider.translate("login.sso.unknown", Locale.of("nl")))
                .contains("geen actieve medewerker met dit e-mailadres");
    }

    @Test
    void anAddressTheProviderSaysIsNotVerifiedIsRefused() throws Exception {
        OidcTestServer.nextLogin(Map.of("email", emailOf("admin"), "email_verified", false), null, 3600);

        Landing landing = loginThroughTheProvider();

        assertThat(landing.reason()).isEqualTo("unverified");
        assertThat(get(landing.client(), "/").statusCode()).as("not logged in").isEqualTo(302);
        assertThat(PortalI18NProvider.translate("login.sso.unverified", Locale.of("nl")))
                .contains("niet heeft bevestigd");

        OidcTestServer.nextLogin(Map.of("email", emailOf("wijkcoach.baarn"), "email_verified", true), null, 3600);
        Landing verified = loginThroughTheProvider();
        assertThat(verified.at().getPath()).isEqualTo("/");
        assertThat(get(verified.client(), "/").statusCode())
                .as("a verified address logs in")
                .isEqualTo(200);
    }

    @Test
    void anInactivePersonIsRefusedLikeAnUnknownOne() throws Exception {
        String email = emailOf("manager.leusden");
        jdbc.update("UPDATE person SET active = FALSE WHERE email = ?", email);
        try {
            OidcTestServer.nextLoginWithEmail(email);

            assertThat(loginThroughTheProvider().reason()).isEqualTo("unknown");
        } finally {
            jdbc.update("UPDATE person SET active = TRUE WHERE email = ?", email);
        }
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() throws Exception {
        Landing landing = loginWithIdToken(List.of("een-ander-portaal"), 3600);

        assertThat(landing.reason()).isEqualTo("failed");
        assertThat(get(landing.client(), "/").statusCode()).isEqualTo(302);
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        Landing landing = loginWithIdToken(List.of(OidcTestServer.CLIENT_ID), -3600);

        assertThat(landing.reason()).isEqualTo("failed");
        assertThat(get(landing.client(), "/").statusCode()).isEqualTo(302);
        assertThat(PortalI18NProvider.translate("login.sso.failed", Locale.of("nl")))
                .startsWith("Inloggen met je gemeente-account is niet gelukt");
    }

    @Test
    void theSameTokenWithTheRightAudienceAndTimeLogsIn() throws Exception {
        Landing landing = loginWithIdToken(List.of(OidcTestServer.CLIENT_ID), 3600);

        assertThat(landing.at().getPath())
                .as("so the two refusals above are about audience and time")
                .isEqualTo("/");
    }

    /**
     * A login where the provider's ID token is right (issuer, signature, nonce, a known e-mail) except for
     * what the test varies: its audience (the {@code aud} claim) and how long it is valid.
     */
    private Landing loginWithIdToken(List<String> audience, long expirySeconds) throws Exception {
        OidcTestServer.nextLogin(Map.of("email", emailOf("wijkcoach.baarn"), "aud", audience), null, expirySeconds);
        return loginThroughTheProvider();
    }

    private String emailOf(String username) {
        return jdbc.queryForObject(
                "SELECT p.email FROM person p JOIN account a ON a.person_id = p.id WHERE a.username = ?",
                String.class,
                username);
    }

    /** Follows the redirects from the portal's "log in with" link to the provider and back, as a browser does. */
    private Landing loginThroughTheProvider() throws Exception {
        HttpClient client = client();
        URI next = URI.create("http://localhost:" + port + "/oauth2/authorization/" + OidcTestServer.ISSUER_ID);
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("redirect from " + next).isBetween(300, 399);
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            boolean portal = next.getPort() == port;
            if (portal && (next.getPath().equals("/") || next.getPath().equals("/login"))) {
                return new Landing(next, client);
            }
        }
        throw new AssertionError("no landing after six redirects, last " + next);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
