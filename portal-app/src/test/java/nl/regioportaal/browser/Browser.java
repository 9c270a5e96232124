package nl.regioportaal.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver (no browser downloads). Tests
 * use it for the main journeys and keep screenshots under target/screenshots to look at.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The login form's user name field: drawn means the login page is usable. */
    public static final By LOGIN_USER_NAME = By.cssSelector("vaadin-login-form input[name='username']");

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration LOOK_EVERY = Duration.ofMillis(500);

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(int port) throws IOException {
        this("http://localhost:" + port);
    }

    /** A browser for a portal elsewhere, e.g. behind a load balancer ({@code http://127.0.0.4:8080}). */
    public Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("rp-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--user-data-dir=" + profile,
                "--window-size=1400,1000",
                "--lang=nl");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** CI installs Chromium (.ci/run); on a developer machine without it a browser test is skipped, never on CI. */
    public static void assumeAvailable() {
        if (System.getenv("CI") == null) {
            assumeTrue(available(), "Debian chromium + chromium-driver not installed");
        }
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement waitFor(By by) {
        return waitFor(by, LOOK_EVERY);
    }

    /** Waits until the element shows, looking this often (a timing measurement needs it finer than 500 ms). */
    public WebElement waitFor(By by, Duration lookEvery) {
        return new WebDriverWait(driver, WAIT, lookEvery).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits for a text; on time-out leaves a screenshot "failed-wait" to look at. */
    public void waitForText(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (TimeoutException e) {
            try {
                screenshot("failed-wait");
            } catch (IOException ignored) {
                // the time-out is what matters
            }
            throw e;
        }
    }

    /** Logs in through the real Dutch login form. */
    public void login(String username, String password) {
        open("/login");
        waitFor(LOGIN_USER_NAME).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
    }

    /** The page as a device of this size shows it (CSS pixels), e.g. a phone at 390 × 844. */
    public Browser viewport(int width, int height) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /** Waits until Vaadin has no request under way, so that the page shows the server's last answer. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                                + " return !!c && Object.values(c).every(x => !x.isActive || !x.isActive());")));
    }

    /** Logs out by forgetting the session cookie (the next login starts a fresh session). */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
