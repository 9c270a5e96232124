package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.regioportaal.PortalTest;
import nl.regioportaal.security.OidcTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Inloggen met je gemeente-account" in a real browser, against the in-process OIDC provider
 * ({@link OidcTestServer}): in, the portal's own menu, and out again at the provider (RP-initiated logout);
 * an unknown person reads why in Dutch; the local login form still works beside it.
 */
@PortalTest
class SingleSignOnBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void aTeamMemberLogsInWithTheMunicipalityAccountAndLogsOutAtTheProviderToo() throws Exception {
        OidcTestServer.nextLoginWithEmail(jdbc.queryForObject(
                "SELECT p.email FROM person p JOIN account a ON a.person_id = p.id WHERE a.username = 'wijkcoach.baarn'",
                String.class));
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.waitFor(By.id("sso-" + OidcTestServer.ISSUER_ID)).click();
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.screenshot("sso-logged-in");
            assertThat(browser.driver().getCurrentUrl()).startsWith("http://localhost:" + port);
            providerPathsSeen();

            click(
                    browser,
                    browser.waitFor(
                            By.cssSelector("vaadin-menu-bar[aria-label='Gebruikersmenu'] vaadin-menu-bar-button")));
            click(browser, browser.waitFor(By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Uitloggen']")));

            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
            assertThat(providerPathsSeen()).anyMatch(path -> path.contains("/endsession"));
            browser.waitFor(By.cssSelector("vaadin-login-form"));
        }
    }

    @Test
    void anUnknownPersonIsToldInDutchAndTheLocalLoginStillWorks() throws Exception {
        OidcTestServer.nextLoginWithEmail("onbekend@elders.example");
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.waitFor(By.id("sso-" + OidcTestServer.ISSUER_ID)).click();
            browser.waitForText("het portaal kent geen actieve medewerker met dit e-mailadres");
            assertThat(browser.waitFor(By.id("sso-message")).getAttribute("role"))
                    .isEqualTo("alert");
            browser.screenshot("sso-unknown-person");

            browser.login("wijkcoach.baarn", "demo");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
        }
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", element);
    }

    /** The paths the provider was asked for since the last call (the mock throws when its queue is empty). */
    private static List<String> providerPathsSeen() {
        List<String> paths = new ArrayList<>();
        while (true) {
            try {
                paths.add(OidcTestServer.server()
                        .takeRequest(500, TimeUnit.MILLISECONDS)
                        .getPath());
            } catch (RuntimeException nothingMore) {
                return paths;
            }
        }
    }
}
