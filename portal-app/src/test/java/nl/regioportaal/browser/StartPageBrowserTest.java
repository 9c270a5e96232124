package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.regioportaal.PortalTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journey in a real browser: the Dutch login page, log in, land on Start in the shell. Runs
 * before every other test class (junit-platform.properties), so that the start page it photographs
 * for the README shows the demo data and nothing that other tests added.
 */
@PortalTest
@Order(1)
class StartPageBrowserTest {

    private static final Path README_SCREENSHOT = Path.of("..", "docs", "screenshot-start.png");

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        // CI installs Chromium (.ci/run); on a developer machine without it the test is skipped, never on CI
        if (System.getenv("CI") == null) {
            assumeTrue(Browser.available(), "Debian chromium + chromium-driver not installed");
        }
    }

    @Test
    void professionalLogsInAndLandsOnStart() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            assertThat(browser.bodyText()).contains("Inloggen", "Gebruikersnaam", "Wachtwoord");
            browser.screenshot("login");

            browser.login("wijkcoach.baarn", "demo");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.waitForText("Welkom,");
            assertThat(browser.bodyText()).contains("Start", "Meldingen").doesNotContain("Medewerkers");
            Path shot = browser.screenshot("start-wijkcoach-baarn");
            assertThat(Files.size(shot)).isGreaterThan(10_000);
            // the README shows this page: a fresh picture each run keeps it true
            Files.copy(shot, README_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

            // an administration page is refused with the same Dutch page as an unknown address
            browser.open("/beheer/medewerkers");
            browser.waitForText("Pagina niet gevonden");
            assertThat(browser.bodyText()).doesNotContain("Nieuwe medewerker", "Exception");
            browser.open("/bestaat-niet");
            browser.waitForText("Pagina niet gevonden");
            browser.screenshot("not-found");
        }
    }

    @Test
    void administratorSeesTheAdministrationScreens() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login("admin", "demo");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.open("/beheer/medewerkers");
            browser.waitFor(By.cssSelector("vaadin-grid"));
            browser.waitForText("Nieuwe medewerker");
            browser.screenshot("admin-medewerkers");
            assertThat(browser.bodyText()).contains("Medewerkers", "Gemeenten", "Teams");
        }
    }
}
