package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.regioportaal.PortalTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The compliance overview on a laptop screen (1366×900) with the keyboard only: grouped roll-ups,
 * the people table, no sideways scroll, and a person opened from the table with Tab and Enter.
 */
@PortalTest
class OverviewBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        if (System.getenv("CI") == null) {
            assumeTrue(Browser.available(), "Debian chromium + chromium-driver not installed");
        }
    }

    @Test
    void theProcessSupervisorSeesTheRegionGroupedAndThePeople() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            Keyboard.login(browser, "procesbegeleider");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.open("/scholing/overzicht");
            browser.waitFor(By.cssSelector("vaadin-grid-tree-toggle"));
            browser.waitForText("Per medewerker en verplichte cursus");
            // the people table's cells are rendered in the browser from its template
            browser.waitForText("Afgerond en geldig");
            String text = browser.bodyText();
            assertThat(text).contains("Per team, gemeente en regio", "Baarn", "Te laat of verlopen");
            assertThat(text).containsPattern("\\d+(,\\d)? %");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            Object sideways = js.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(sideways).isEqualTo(false);
            Path shot = browser.screenshot("overview-1366x900");
            assertThat(Files.size(shot)).isGreaterThan(10_000);
            // no cell of either table cuts its text off (the people table scrolls inside itself instead)
            Object truncated = js.executeScript(
                    "return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                            + ".filter(e => e.offsetParent && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)");
            assertThat((List<?>) truncated).isEmpty();

            // a person is a button in the table: Tab onto the table, Enter into the row, Enter
            Keyboard.enterRow(browser, "overview-people", "");
            assertThat(Keyboard.focused(browser)).isEqualTo("button rp-open-person");
            String name = String.valueOf(js.executeScript("return document.activeElement.textContent.trim()"));
            Keyboard.press(Keys.ENTER, browser);
            browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
            browser.waitForText(name + " · ");
            browser.settle();
            browser.screenshot("overview-person-by-keyboard");
        }
    }
}
