package nl.regioportaal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.regioportaal.PortalHttp;
import nl.regioportaal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

/** The real filter chain over HTTP: what is open, what needs a login, throttling, logout. */
@PortalTest
class SecurityConfigTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DaoAuthenticationProvider passwordLogins;

    @Test
    void healthIsOpenAndReportsUpWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = client().send(get("/actuator/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void everyOtherPageSendsAnonymousVisitorsToTheDutchLoginPage() throws Exception {
        for (String path :
                new String[] {"/", "/beheer/medewerkers", "/beheer/gemeenten", "/meldingen", "/actuator/env"}) {
            HttpResponse<String> r = client().send(get(path), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isIn(302, 401, 403);
            if (r.statusCode() == 302) {
                assertThat(r.headers().firstValue("location"))
                        .as(path)
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            }
        }
        HttpResponse<String> login = client().send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"nl\"");
    }

    @Test
    void correctPasswordLogsInAndLogoutEndsTheSession() throws Exception {
        HttpClient browser = client();
        assertThat(postLogin(browser, "trainer", "demo").headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        String csrf = PortalHttp.csrfOf(
                browser.send(get("/"), HttpResponse.BodyHandlers.ofString()).body());
        browser.send(
                HttpRequest.newBuilder(uri("/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(PortalHttp.form("_csrf", csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> after = browser.send(get("/"), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "procesbegeleider",
                "teamleider.soest",
                "wijkcoach.baarn",
                "manager.leusden",
                "aanbieder",
                "trainer",
                "beheer.amersfoort",
                "admin"
            })
    void everyDemoAccountLogsInWithTheDemoPassword(String username) throws Exception {
        HttpClient browser = client();
        HttpResponse<String> login = postLogin(browser, username, "demo");
        assertThat(login.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        jdbc.update("update account set failed_attempts = 0, locked_until = null where username = 'aanbieder'");
        try {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = postLogin(client(), "aanbieder", "geraden" + i);
                assertThat(wrong.headers().firstValue("location"))
                        .hasValueSatisfying(l -> assertThat(l).contains("error"));
            }
            // now even the right password is refused until the lock expires
            HttpResponse<String> right = postLogin(client(), "aanbieder", "demo");
            assertThat(right.headers().firstValue("location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("error"));
            assertThat(jdbc.queryForObject(
                            "select locked_until is not null from account where username = 'aanbieder'", Boolean.class))
                    .isTrue();
        } finally {
            jdbc.update("update account set failed_attempts = 0, locked_until = null where username = 'aanbieder'");
        }
        assertThat(postLogin(client(), "aanbieder", "demo").headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void aBurstOfWrongPasswordsSentAtOnceAllCountAndLockTheAccount() throws Exception {
        jdbc.update("update account set failed_attempts = 0, locked_until = null where username = 'aanbieder.mee'");
        try (ExecutorService burst = Executors.newFixedThreadPool(10)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String guess = "tegelijk" + i;
                answers.add(burst.submit(() -> postLogin(client(), "aanbieder.mee", guess)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode())
                        .as("a refusal, not a server error")
                        .isEqualTo(302);
                assertThat(answer.get().headers().firstValue("location"))
                        .hasValueSatisfying(l -> assertThat(l).contains("error"));
            }
            assertThat(jdbc.queryForObject(
                            "select failed_attempts from account where username = 'aanbieder.mee'", Integer.class))
                    .as("every guess until the lock counted, none lost to another at the same moment")
                    .isEqualTo(5);
            assertThat(postLogin(client(), "aanbieder.mee", "demo").headers().firstValue("location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("error"));
        } finally {
            jdbc.update("update account set failed_attempts = 0, locked_until = null where username = 'aanbieder.mee'");
        }
    }

    /** A locked account costs the same password check as any other, and the lock is read after it. */
    @Test
    void aLockedAccountIsRefusedAfterItsPasswordIsChecked() {
        jdbc.update("update account set locked_until = now() + interval 1 hour where username = 'aanbieder.mee'");
        try {
            assertThatThrownBy(() -> passwordLogins.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("aanbieder.mee", "fout")))
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> passwordLogins.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("aanbieder.mee", "demo")))
                    .isInstanceOf(LockedException.class);
        } finally {
            jdbc.update("update account set failed_attempts = 0, locked_until = null where username = 'aanbieder.mee'");
        }
        assertThat(passwordLogins
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("aanbieder.mee", "demo"))
                        .isAuthenticated())
                .isTrue();
    }

    private HttpResponse<String> postLogin(HttpClient browser, String user, String password)
            throws IOException, InterruptedException {
        String csrf = PortalHttp.csrfOf(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString())
                .body());
        return browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(PortalHttp.form("username", user, "password", password, "_csrf", csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
