package nl.regioportaal.browser;

import static nl.regioportaal.browser.Keyboard.press;
import static nl.regioportaal.browser.Keyboard.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.training.AttendanceFixtures;
import nl.regioportaal.training.AttendanceService;
import nl.regioportaal.training.EnrolmentService;
import nl.regioportaal.training.TrainingFixtures;
import nl.regioportaal.training.TrainingPlanService;
import nl.regioportaal.training.TrainingQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The professional's journey on a phone (390 × 844), with the keyboard only: from the catalogue to a
 * course, onto the waiting list of a full session, off it again, into a session with a seat, and
 * out; then "Mijn scholing" with the certificate of a course done. No page scrolls sideways, no text
 * in the main content is cut off, and each outcome appears in the session's own card and in the
 * page's live region. The process supervisor's plan and overview fit the phone too, and so does a
 * team leader's overview: its tables are lists there, a person opened from their card by the keyboard.
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

    @Autowired
    AttendanceFixtures attendanceFixtures;

    @Autowired
    AttendanceService attendance;

    @Autowired
    TrainingQueries queries;

    @Autowired
    Clock clock;

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
        long certificate = aCourseDoneBy("wijkcoach.baarn");
        users.logout();

        try (Browser browser = new Browser(port)) {
            browser.viewport(390, 844);
            Keyboard.login(browser, "wijkcoach.baarn");
            // on a phone the menu is folded away: Start's greeting says the login went through
            browser.waitForText("Welkom,");

            browser.open("/scholing");
            browser.waitForText(title);
            browser.settle();
            assertFitsThePhone(browser, "/scholing");
            browser.screenshot("phone-catalogue");

            // the catalogue holds every published course: the search field narrows it to the one wanted
            tabTo(browser, "field Zoek op naam");
            new Actions(browser.driver()).sendKeys(title).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector("li.rp-card")).size() == 1);
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

            tabTo(browser, "button cancel-" + open);
            press(Keys.ENTER, browser);
            confirmWithTheKeyboard(browser);
            assertFeedback(browser, open, "Je bent afgemeld.");
            browser.screenshot("phone-cancelled");

            // "Mijn scholing": the tables are cards here, the certificate a link that gives the PDF
            browser.open("/scholing/mijn");
            browser.waitFor(By.id("certificate-" + certificate + "-phone"));
            browser.settle();
            assertFitsThePhone(browser, "/scholing/mijn");
            Keyboard.tabToId(browser, "certificate-" + certificate + "-phone");
            browser.screenshot("phone-my-training");
            Object pdf = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " fetch(document.activeElement.href).then(r => done(r.status + ' '"
                            + " + r.headers.get('content-type'))).catch(e => done('failed ' + e));");
            assertThat(String.valueOf(pdf)).isEqualTo("200 application/pdf");
        }
    }

    @Test
    void theProcessSupervisorsPlanAndOverviewFitAPhone() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.viewport(390, 844);
            Keyboard.login(browser, "procesbegeleider");
            browser.waitForText("Welkom,");

            browser.open("/scholing/plan");
            browser.waitFor(By.id("new-course"));
            browser.settle();
            assertFitsThePhone(browser, "/scholing/plan");
            browser.screenshot("phone-plan");

            overviewOnThePhone(browser, "phone-overview");
            assertThat(Axe.blockingViolations(browser, "/scholing/overzicht (phone)"))
                    .isEmpty();
            openTheFirstPersonWithTheKeyboard(browser, "phone-overview-person");

            // a team leader's overview is their team, as cards too
            browser.forgetSession();
            Keyboard.login(browser, "teamleider.soest");
            browser.waitForText("Welkom,");
            overviewOnThePhone(browser, "phone-overview-team-leader");
            openTheFirstPersonWithTheKeyboard(browser, "phone-overview-team-leader-person");
        }
    }

    /**
     * The overview's tables are lists here: the roll-ups folded (the region open), the people cards
     * with their courses, the peer-supervision hours; nothing cut off, the filters first on Tab.
     */
    private static void overviewOnThePhone(Browser browser, String screenshot) throws Exception {
        browser.open("/scholing/overzicht");
        browser.waitForText("Per medewerker en verplichte cursus");
        browser.waitFor(By.cssSelector(".rp-narrow-list .rp-open-person"));
        browser.waitForText("Afgerond en geldig");
        browser.settle();
        assertFitsThePhone(browser, "/scholing/overzicht");
        Object wideTablesShown = ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('.rp-wide-table'))"
                        + ".some(e => e.offsetParent !== null)");
        assertThat(wideTablesShown).as("a table on the phone").isEqualTo(false);
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector('.rp-page').lastElementChild.scrollIntoView()");
        browser.screenshot(screenshot + "-end");
        // the filters stay within reach: on the screen and the first stops of Tab
        tabTo(browser, "field Gemeente");
        browser.screenshot(screenshot);
    }

    /** Tab from the filters onto the first person's name in the cards; Enter opens the person. */
    private static void openTheFirstPersonWithTheKeyboard(Browser browser, String screenshot) throws Exception {
        tabTo(browser, "button rp-open-person");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return !!document.activeElement.closest('.rp-narrow-list .rp-card')"))
                .isEqualTo(true);
        String name = String.valueOf(js.executeScript("return document.activeElement.textContent.trim()"));
        browser.screenshot(screenshot + "-card");
        press(Keys.ENTER, browser);
        browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
        browser.waitForText(name + " · ");
        browser.settle();
        browser.screenshot(screenshot);
        press(Keys.ESCAPE, browser);
        browser.settle();
    }

    /** A course the person completed last week (attendance recorded by the trainer): its certificate's id. */
    private long aCourseDoneBy(String account) {
        PersonSummary person = directory.person(users.login(account).personId()).orElseThrow();
        AttendanceFixtures.Made made = attendanceFixtures.session(
                "Telefooncertificaat", List.of(LocalDateTime.now(clock).minusDays(7)), List.of(person));
        users.login("trainer");
        attendance.markEveryonePresent(made.sessionId(), made.dayParts().getFirst());
        users.login(account);
        return queries.myTraining().certificates().stream()
                .filter(c -> c.courseTitle().equals(made.courseTitle()))
                .findFirst()
                .orElseThrow()
                .completionId();
    }

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
