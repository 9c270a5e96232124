package nl.regioportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.regioportaal.PortalTest;
import nl.regioportaal.TestUsers;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.TestPlugins;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plugins' pages in a real browser, where layout matters: the server-rendered SVG charts must be
 * drawn with a size (in a column layout a box without a width shrinks to 0 × 0, which browserless tests
 * cannot see), and the caseload PDF must come out of the plugin jar's own OpenPDF under PF4J.
 */
@PortalTest
class PluginBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    PluginService plugins;

    @Autowired
    TestUsers users;

    @Autowired
    RegionDirectory directory;

    @BeforeAll
    static void needsChromium() {
        if (System.getenv("CI") == null) {
            assumeTrue(Browser.available(), "Debian chromium + chromium-driver not installed");
        }
    }

    @AfterEach
    void removeCaseload() {
        users.login("admin");
        if (plugins.find("caseload").isPresent()) {
            plugins.uninstall("caseload", true);
        }
        users.logout();
    }

    @Test
    void amersfoortAdministratorSeesTheQuickscanReportWithItsChart() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login("beheer.amersfoort", "demo");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.open("/plugin/quickscan/rapport");
            browser.waitForText("Rapportcijfers van kwartaal");
            browser.waitFor(By.cssSelector(".quickscan-chart svg"));
            assertThat(browser.bodyText())
                    .contains("Quickscan: rapportcijfers", "Gemiddelde rapportcijfers per bol", "Hulp", "Wijk");
            Map<?, ?> size = chartSize(browser, ".quickscan-chart svg");
            assertThat(((Number) size.get("width")).doubleValue())
                    .as("chart width")
                    .isGreaterThan(300);
            assertThat(((Number) size.get("height")).doubleValue())
                    .as("chart height")
                    .isGreaterThan(100);
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('.quickscan-chart').scrollIntoView()");
            Path shot = browser.screenshot("quickscan-rapport-beheer-amersfoort");
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
    }

    @Test
    void caseloadDashboardDrawsItsChartsAndServesTheQuarterlyPdf() throws Exception {
        users.login("admin");
        plugins.install("plugin-caseload.jar", TestPlugins.upload("caseload"), null);
        long amersfoort = directory.municipalities().stream()
                .filter(m -> m.name().equals("Amersfoort"))
                .findFirst()
                .orElseThrow()
                .id();
        plugins.enable("caseload", amersfoort);
        // the demo's figures, as on a demo's first start
        SystemAuthentication.run(() -> plugins.running().stream()
                .filter(p -> p.id().equals("caseload"))
                .findFirst()
                .orElseThrow()
                .module()
                .createDemoData());
        users.logout();

        try (Browser browser = new Browser(port)) {
            browser.login("beheer.amersfoort", "demo");
            browser.waitFor(By.cssSelector("vaadin-side-nav"));
            browser.open("/plugin/caseload");
            browser.waitFor(By.cssSelector(".caseload-chart svg"));
            browser.waitFor(By.id("caseload-report"));
            assertThat(((Number) chartSize(browser, "[data-chart=team] svg").get("width")).doubleValue())
                    .isGreaterThan(300);
            assertThat(((Number) chartSize(browser, "[data-chart=municipality] svg")
                                    .get("width"))
                            .doubleValue())
                    .isGreaterThan(300);
            browser.screenshot("caseload-beheer-amersfoort");

            // the link as the browser follows it, in the user's session
            Object pdf = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('caseload-report').href)"
                            + ".then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
                            + " done(r.status + '|' + r.headers.get('content-type') + '|' + b.length + '|' + String.fromCharCode(...b.slice(0, 5))); })"
                            + ".catch(e => done('error ' + e));");
            String[] parts = String.valueOf(pdf).split("\\|");
            assertThat(parts[0]).isEqualTo("200");
            assertThat(parts[1]).isEqualTo("application/pdf");
            assertThat(Integer.parseInt(parts[2])).isGreaterThan(1000);
            assertThat(parts[3]).isEqualTo("%PDF-");
        }
    }

    private static Map<?, ?> chartSize(Browser browser, String selector) {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return {width: r.width, height: r.height};",
                        selector);
    }
}
