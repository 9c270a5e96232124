package nl.regioportaal.browser;

import static nl.regioportaal.browser.Keyboard.press;
import static nl.regioportaal.browser.Keyboard.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingPlanService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The professional's journey on a phone (390 × 844), with the keyboard only: from the catalogue to a
 * course, onto the waiting list of a full session, off it again, into a session with a seat, and
 * out. No page scrolls sideways, no text in the main content is cut off, and each outcome appears
 * in the session's own card and in the page's live region.
 */
@PortalTest
class TrainingPhoneJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    RegionDirectory directory;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void professionalEnrolsWaitsAndCancelsWithTheKeyboardOnAPhone() throws Exception {
        users.login("procesbegeleider");
        long course = TrainingFixtures.optionalCourse(plans, "Telefoon");
        String title = TrainingFixtures.title(plans, course);
        long full = TrainingFixtures.session(plans, course, 1, Map.of());
        long open = TrainingFixtures.session(plans, course, 5, Map.of());
        long someoneElse = directory.teams().stream()
                .filter(t -> !t.municipalityName().equals("Baarn"))
                .flatMap(t -> directory.activeMembersOf(t.id()).stream())
                .findFirst()
                .orElseThrow()
                .id();
        enrolments.enrol(full, someoneElse);
        users.logout();

        try (Browser browser = new Browser(port)) {
            browser.viewport(390, 844);
            keyboardLogin(browser, "wijkcoach.baarn");
            // on a phone the menu is folded away: Start's greeting says the login went through
            browser.waitForText("Welkom,");

            browser.open("/scholing");
            browser.waitForText(title);
            browser.settle();
            assertFitsThePhone(browser, "/scholing");
            browser.screenshot("phone-catalogue");

            tabTo(browser, "link " + title);
            press(Keys.ENTER, browser);
            browser.waitFor(By.id("enrol-" + full));
            browser.settle();
            assertFitsThePhone(browser, "/scholing/cursus/" + course);
            browser.screenshot("phone-course");

            tabTo(browser, "button enrol-" + full);
            press(Keys.ENTER, browser);
            assertFeedback(browser, full, "van de wachtlijst");
            browser.screenshot("phone-waiting-list");

            tabTo(browser, "button cancel-" + full);
            press(Keys.ENTER, browser);
            confirmWithTheKeyboard(browser);
            assertFeedback(browser, full, "Je bent afgemeld.");

            tabTo(browser, "button enrol-" + open);
            press(Keys.ENTER, browser);
            assertFeedback(browser, open, "Je bent ingeschreven.");
            assertFitsThePhone(browser, "/scholing/cursus/" + course + " (enrolled)");
            browser.screenshot("phone-enrolled");

            // the certificate step of the journey (after attendance is recorded) joins here

            tabTo(browser, "button cancel-" + open);
            press(Keys.ENTER, browser);
            confirmWithTheKeyboard(browser);
            assertFeedback(browser, open, "Je bent afgemeld.");
            browser.screenshot("phone-cancelled");
        }
    }

    private static void keyboardLogin(Browser browser, String account) {
        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys(account, Keys.TAB, "demo", Keys.ENTER);
    }

    /** Presses Tab until the focus is on the wanted link ("link <text>") or button ("button <id>"). */
    /** Cancelling asks first: the dialog's confirm button, reached with Tab and pressed with Enter. */
    private static void confirmWithTheKeyboard(Browser browser) {
        browser.waitFor(By.id("cancel-confirm"));
        browser.settle();
        tabTo(browser, "button slot:confirm-button");
        press(Keys.ENTER, browser);
    }

    private static void assertFeedback(Browser browser, long session, String text) {
        browser.waitForText(text);
        browser.settle();
        assertThat(browser.driver().findElement(By.id("feedback-" + session)).getText())
                .contains(text);
        String announced = String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector('[aria-live=polite].rp-sr-only').textContent;"));
        assertThat(announced).contains(text);
    }

    /** No sideways scrolling, and no element of the page's own content whose text is cut off. */
    @SuppressWarnings("unchecked")
    private static void assertFitsThePhone(Browser browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Map<String, Object> result = (Map<String, Object>) js.executeScript("const doc = document.documentElement;"
                + " const cut = [];"
                + " document.querySelectorAll('.rp-page, .rp-page *').forEach(el => {"
                // the live region is hidden on purpose (read aloud only)
                + "   if (el.closest('.rp-sr-only')) return;"
                + "   if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)"
                + "     cut.push(el.localName + (el.id ? '#' + el.id : '') + ' \"'"
                + "       + (el.textContent || '').trim().substring(0, 40) + '\" '"
                + "       + el.scrollWidth + '>' + el.clientWidth);"
                + " });"
                + " return {scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, cut: cut};");
        assertThat(((Number) result.get("scrollWidth")).intValue())
                .as(page + " scrolls sideways")
                .isLessThanOrEqualTo(((Number) result.get("clientWidth")).intValue());
        assertThat((List<String>) result.get("cut")).as(page + ": truncated").isEmpty();
    }
}
