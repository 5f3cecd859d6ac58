package org.lis.support.test;

import com.deque.html.axecore.results.Rule;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by its own chromedriver (nothing is downloaded), for the browser tests of the
 * console: start it, check a page's accessibility at desktop and tablet widths, and the steps every journey takes
 * (typing into a field by its id, signing in and out as a demo user, whose password is the username).
 */
public final class Browser {

    public static final int DESKTOP = 1280;
    public static final int TABLET = 768;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_TABS = 80;

    private Browser() {
    }

    /**
     * Skips the test class, saying why, where Chromium or its driver is not installed; fails instead where
     * {@code LIS_BROWSER_TESTS=required} (CI installs both), so the browser tests cannot pass by not running.
     */
    public static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Browser tests need Debian's chromium and chromium-driver"
                + " (/usr/bin/chromium, /usr/bin/chromedriver)";
        if ("required".equals(System.getenv("LIS_BROWSER_TESTS"))) {
            assertThat(installed).as(missing).isTrue();
        }
        assumeTrue(installed, missing);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + DESKTOP + ",1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe-core's run of a long page
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Checks the page at desktop and tablet widths against WCAG 2.2 AA and saves a screenshot of each. */
    public static void checkPage(ChromeDriver driver, String name) {
        for (int width : new int[]{DESKTOP, TABLET}) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 4000)));
            screenshot(driver, name + "-" + width);
            List<Rule> violations = Axe.violations(driver, WCAG);
            assertThat(violations).as("accessibility of %s at %d px: %s", name, width, describe(violations))
                    .isEmpty();
        }
        driver.manage().window().setSize(new Dimension(DESKTOP, 1000));
    }

    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void type(ChromeDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Types a date into a GOV.UK date input: its fields NAME-day, NAME-month and NAME-year. */
    public static void typeDate(ChromeDriver driver, String name, int day, int month, int year) {
        type(driver, name + "-day", String.valueOf(day));
        type(driver, name + "-month", String.valueOf(month));
        type(driver, name + "-year", String.valueOf(year));
    }

    /**
     * Clicks a link or a form's button and waits for the next page to replace this one. A click returns once the
     * browser has taken it, which on a busy machine can be before the next page has started to load; reading the
     * page at once would then read the old one.
     */
    public static void follow(ChromeDriver driver, By what) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Fills in and sends the sign-in form the browser is on, as a demo user, and waits to be let in. */
    public static void signIn(ChromeDriver driver, String user) {
        type(driver, "username", user);
        type(driver, "password", user);
        driver.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
    }

    /** Signs out with the button in the console's navigation and waits for the sign-in page. */
    public static void signOut(ChromeDriver driver) {
        driver.findElement(By.cssSelector(".console-sign-out button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sign-in"));
    }

    /**
     * Presses Tab, as a keyboard user does, until the focus is on what {@code wanted} accepts, and checks the
     * focus can be seen there; fails if the page's tab order never gets there.
     */
    public static WebElement tabTo(ChromeDriver driver, String what, Predicate<WebElement> wanted) {
        for (int presses = 0; presses < MAX_TABS; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                assertThat(focusIndicator(focused)).as("a visible focus on %s", what).isTrue();
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + driver.getCurrentUrl());
    }

    /** Replaces what a focused field holds by what a keyboard types. */
    public static void retype(WebElement field, CharSequence... keys) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(keys);
    }

    /** GOV.UK Frontend shows focus with a box shadow or an outline (links and buttons also turn yellow). */
    private static boolean focusIndicator(WebElement focused) {
        boolean shadow = !"none".equals(focused.getCssValue("box-shadow"));
        boolean outline = !"none".equals(focused.getCssValue("outline-style"))
                && !focused.getCssValue("outline-color").endsWith(", 0)");
        return shadow || outline;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
