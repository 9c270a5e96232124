package nl.regioportaal.security;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real OpenID Connect provider (NAV's mock-oauth2-server) in the test JVM, started before any Spring context
 * so that the portal's one test context can discover it: {@code application-test.properties} configures the
 * identity provider "gemeente" with the issuer this sets as {@code portal.test.oidc-issuer}. Tests decide what
 * the next login's ID token says with {@link #nextLogin}; without that the provider issues a token without
 * an e-mail claim.
 */
public final class OidcTestServer implements LauncherSessionListener {

    public static final String ISSUER_ID = "gemeente";
    public static final String CLIENT_ID = "regioportaal";

    private static MockOAuth2Server server;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            System.setProperty(
                    "portal.test.oidc-issuer", server.issuerUrl(ISSUER_ID).toString());
        }
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    public static MockOAuth2Server server() {
        return server;
    }

    /**
     * The ID token of the next login through the provider.
     *
     * @param audience      null: the portal's client id (as a provider issues it)
     * @param expirySeconds negative: already expired
     */
    public static void nextLogin(Map<String, Object> claims, List<String> audience, long expirySeconds) {
        server.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, "ambtenaar-1", "JWT", audience, claims, expirySeconds));
    }

    public static void nextLoginWithEmail(String email) {
        nextLogin(Map.of("email", email), null, 3600);
    }
}
