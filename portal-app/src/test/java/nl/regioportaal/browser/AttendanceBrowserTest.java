package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.AttendanceFixtures;
import nl.regioportaal.training.TrainingFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The trainer's attendance screen at 1366×900 in a real browser: the wide list, "iedereen aanwezig"
 * and its saved state, nothing scrolling sideways; and the public certificate check without login.
 */
@PortalTest
class AttendanceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    RegionDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    Clock clock;

    @BeforeAll
    static void needsChromium() {
        if (System.getenv("CI") == null) {
            assumeTrue(Browser.available(), "Debian chromium + chromium-driver not installed");
        }
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void trainerMarksEveryonePresentOnAWideListWithoutSidewaysScrolling() throws Exception {
        users.login("admin");
        List<PersonSummary> pros = TrainingFixtures.professionals(directory);
        LocalDate first = LocalDate.now(clock).minusDays(7);
        AttendanceFixtures.Made made = fixtures.session(
                "Browserpresentie",
                List.of(
                        first.atTime(9, 0),
                        first.plusDays(6).atTime(13, 30),
                        LocalDateTime.now(clock).plusDays(7)),
                List.of(pros.get(24), pros.get(25), pros.get(26), pros.get(27)));
        users.logout();

        try (Browser browser = new Browser(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.login("trainer", "demo");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.open("/scholing/sessies");
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + made.courseTitle() + "')]"))
                    .click();
            browser.waitForText("Presentielijst " + made.courseTitle());
            browser.waitFor(By.id("everyone-present-" + made.dayParts().getFirst()))
                    .click();
            browser.waitForText("4 personen aanwezig gemeld");
            browser.waitFor(By.id("sign-in-sheet"));
            assertThat(browser.bodyText()).contains("Presentielijst om te tekenen (pdf)", "(vanaf ");

            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            Object innerWidth = js.executeScript("return window.innerWidth");
            assertThat(((Number) innerWidth).intValue()).isEqualTo(1366);
            Object sideways = js.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(sideways).as("the page scrolls sideways").isEqualTo(false);
            browser.screenshot("attendance-1366x900");
        }
    }

    @Test
    void theCertificateCheckOpensWithoutLoginAndSaysNietGevonden() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.open("/certificaat/ABCD-EFGH-JKMN-PQRS");
            browser.waitForText("Certificaat niet gevonden");
            assertThat(browser.bodyText()).contains("Certificaat controleren").doesNotContain("Inloggen");
            browser.screenshot("certificate-check-not-found");
        }
    }
}
