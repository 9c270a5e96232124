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
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The trainer's attendance screen at 1366×900 in a real browser, with the keyboard only: the session
 * opened from its row, the wide list, "iedereen aanwezig" and its saved state, nothing scrolling
 * sideways or cut off; and the public certificate check without login.
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
            Keyboard.login(browser, "trainer");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.open("/scholing/sessies");
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + made.courseTitle() + "')]"));
            browser.settle();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // "Bezetting" and every other cell of the sessions table show their whole text
            Object truncated = js.executeScript("return Array.from(document.querySelectorAll("
                    + "'#sessions vaadin-grid-cell-content')).filter(e => e.offsetParent"
                    + " && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)");
            assertThat((List<?>) truncated).as("cut off in the sessions table").isEmpty();

            // the session is a button in its row: Tab onto the table, arrows to the row, Enter, Enter
            Keyboard.enterRow(browser, "sessions", made.courseTitle());
            assertThat(Keyboard.focused(browser)).isEqualTo("button rp-open-session");
            Keyboard.press(Keys.ENTER, browser);
            browser.waitForText("Presentielijst " + made.courseTitle());
            browser.settle();
            Keyboard.tabTo(browser, "button everyone-present-" + made.dayParts().getFirst());
            Keyboard.press(Keys.ENTER, browser);
            browser.waitForText("4 personen aanwezig gemeld");
            browser.waitFor(By.id("sign-in-sheet"));
            assertThat(browser.bodyText()).contains("Presentielijst om te tekenen (pdf)", "(vanaf ");

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
