package nl.regioportaal.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import nl.regioportaal.PortalHttp;
import nl.regioportaal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hardening headers over real HTTP: on the start page, the login page and logged-in pages. */
@PortalTest
class WebHardeningTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageCarriesTheHardeningHeaders() throws Exception {
        HttpResponse<String> login = new PortalHttp(port).get(PortalHttp.browser(), "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertHardened("/login", login.headers());
    }

    @Test
    void theIconsAnswerWithoutALoginAndTheLoginPageNamesItsTabIcon() throws Exception {
        PortalHttp http = new PortalHttp(port);
        HttpClient browser = PortalHttp.browser();
        HttpResponse<String> ico = http.get(browser, "/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).contains("icon"));
        HttpResponse<String> svg = http.get(browser, "/icons/icon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
        assertThat(http.get(browser, "/login").body()).contains("<link href=\"icons/icon.svg\" rel=\"icon\"");
    }

    @Test
    void staticFilesAreSentCompressedAndPagesAreNot() throws Exception {
        PortalHttp http = new PortalHttp(port);
        HttpClient browser = PortalHttp.browser();
        String login = http.get(browser, "/login").body();
        Matcher stylesheet =
                Pattern.compile("href=\"\\./(lumo/lumo\\.css[^\"]*)\"").matcher(login);
        assertThat(stylesheet.find())
                .as("the login page names Lumo's stylesheet")
                .isTrue();

        HttpResponse<byte[]> css = browser.send(
                http.request("/" + stylesheet.group(1))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(css.body())).readAllBytes(), UTF_8))
                .contains("--lumo-");

        HttpResponse<byte[]> page = browser.send(
                http.request("/login").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.headers().firstValue("content-encoding"))
                .as("a page carries the CSRF token")
                .isEmpty();
    }

    @Test
    void theStartPageCarriesThemAlsoWhenItSendsAnAnonymousVisitorToTheLogin() throws Exception {
        HttpResponse<String> start = new PortalHttp(port).get(PortalHttp.browser(), "/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertHardened("/ (anonymous)", start.headers());
        assertThat(start.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
    }

    @Test
    void loggedInPagesCarryThemAndTheSessionIdStaysInTheCookie() throws Exception {
        PortalHttp http = new PortalHttp(port);
        HttpClient browser = PortalHttp.browser();
        HttpResponse<String> loggedIn = http.login(browser, "wijkcoach.baarn", "demo");
        assertThat(loggedIn.headers().firstValue("location"))
                .hasValueSatisfying(
                        l -> assertThat(l).doesNotContain("error").doesNotContainIgnoringCase("jsessionid"));
        assertThat(loggedIn.headers().allValues("set-cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));

        for (String page : new String[] {"/", "/scholing/mijn", "/profiel"}) {
            HttpResponse<String> response = http.get(browser, page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertHardened(page, response.headers());
            assertThat(response.body()).as(page).doesNotContainIgnoringCase(";jsessionid=");
        }
    }

    private static void assertHardened(String page, HttpHeaders headers) {
        assertThat(headers.firstValue("content-security-policy"))
                .as(page)
                .hasValue(WebHardening.CONTENT_SECURITY_POLICY)
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("x-frame-options")).as(page).hasValue("DENY");
        assertThat(headers.firstValue("x-content-type-options")).as(page).hasValue("nosniff");
        assertThat(headers.firstValue("referrer-policy")).as(page).hasValue("same-origin");
        assertThat(headers.firstValue("cache-control"))
                .as(page)
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }
}
