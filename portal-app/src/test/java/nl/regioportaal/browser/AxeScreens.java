package nl.regioportaal.browser;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the axe-core screen tests share: one browser for the whole class (CI time), a fresh login per
 * role, and a page opened, photographed and checked for serious or critical WCAG 2.1 AA violations.
 * Subclasses are {@code @PortalTest} classes with a per-class test instance.
 */
abstract class AxeScreens {

    @LocalServerPort
    int port;

    protected Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        Browser.assumeAvailable();
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Logs in as a demo account in a fresh session. */
    protected void as(String account) {
        browser.forgetSession();
        browser.login(account, "demo");
        browser.waitFor(By.cssSelector("vaadin-side-nav"));
    }

    /** Opens the page and checks it; the violations found, empty when there are none. */
    protected List<String> check(String path, String screenshot) throws IOException {
        browser.open(path);
        browser.waitFor(By.cssSelector("vaadin-side-nav"));
        return current(path, screenshot);
    }

    /** Checks what is on screen now (e.g. with a dialog open). */
    protected List<String> current(String page, String screenshot) throws IOException {
        browser.settle();
        browser.screenshot(screenshot);
        return Axe.blockingViolations(browser, page);
    }

    protected void escape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.settle();
    }
}
