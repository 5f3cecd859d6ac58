package org.lis.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lis.consolehost.BucksScenario;
import org.lis.support.test.Browser;
import org.lis.consolehost.ServiceCalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board member's evening in real headless Chromium: sign in, open the programme, coverage as of a date and
 * at a milestone, the CSV, adoption with a reason; an officer refused the adoption form; signing out. Every
 * page is checked for accessibility at desktop and tablet widths, with screenshots in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardJourneyIT extends BucksJourney {

    @Test
    @Order(1)
    void everyPageIsAccessibleAtDesktopAndTabletWidths() {
        driver.get(console + "/sign-in");
        Browser.checkPage(driver, "sign-in");
        signIn("board");
        String programme = console + "/programmes/" + bucks.programmeId();
        visit(console + "/programmes", "programmes");
        visit(programme, "programme");
        visit(programme + "/coverage?asOf=2018-10-05", "coverage");
        visit(programme + "/coverage?asOf-day=31&asOf-month=2&asOf-year=2018", "coverage-date-error");
        visit(programme + "/partners?asOf=2018-10-31", "partners");
        visit(console + "/partners/" + bucks.partners().get("silverstone") + "?programme=" + bucks.programmeId(),
                "partner");
        visit(programme + "/adoption", "adoption");
        visit(console + "/audit", "audit");
        visit(console + "/programmes/no-such-programme", "not-found");
        Browser.signOut(driver);
        signIn("officer");
        visit(programme + "/adoption", "no-access");
        Browser.signOut(driver);
    }

    @Test
    @Order(2)
    void theBoardFollowsCoverageToAdoptionAndSignsOut() {
        String programme = console + "/programmes/" + bucks.programmeId();
        driver.get(programme);
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
        signIn("board");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(bucks.programmeName());

        Browser.follow(driver, By.linkText("Coverage: who has been engaged"));
        Browser.typeDate(driver, "asOf", 5, 10, 2018);
        Browser.follow(driver, By.xpath("//button[normalize-space()='Show coverage']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("as of 5 October 2018"));
        JsonNode api = ServiceCalls.get(services.engagement(), "/api/programmes/" + bucks.programmeId()
                + "/coverage?asOf=2018-10-05", "board").path("totals");
        assertThat(total("engaged")).contains(api.path("engaged").asInt() + " of " + api.path("partners").asInt()
                + " partners").startsWith(Math.round(api.path("coverageRatio").asDouble() * 100) + "%");
        assertThat(driver.findElement(By.cssSelector("#trend-chart svg")).isDisplayed()).isTrue();
        Browser.screenshot(driver, "journey-coverage-5-october");

        Browser.follow(driver, By.partialLinkText(BucksScenario.WORKSHOPS_MILESTONE));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("as of 31 October 2018"));
        // the register is shared by every programme: the API says how many partners there are
        int partners = ServiceCalls.get(services.engagement(), "/api/programmes/" + bucks.programmeId()
                + "/coverage?asOf=2018-10-31", "board").path("totals").path("partners").asInt();
        assertThat(total("engaged")).contains("3 of " + partners + " partners");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("as of 31 October 2018");

        Browser.follow(driver, By.partialLinkText("Each partner's engagement"));
        String href = driver.findElement(By.id("csv")).getAttribute("href");
        String csv = (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                href);
        assertThat(csv).isEqualToNormalizingNewlines(ServiceCalls.getCsv(services.engagement(), "/api/programmes/"
                + bucks.programmeId() + "/coverage/partners?asOf=2018-10-31", "board"));

        driver.get(programme);
        Browser.follow(driver, By.linkText("Adopt the strategy"));
        Browser.typeDate(driver, "adoptedOn", 30, 11, 2018);
        Browser.type(driver, "overrideReason", "The council is engaged through the LEP board; government deadline");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Adopt the strategy']"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(programme));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Adopted on 30 November 2018")
                .contains("The council is engaged through the LEP board; government deadline");
        Browser.screenshot(driver, "journey-adopted");

        Browser.signOut(driver);
        driver.get(programme + "/coverage");
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
    }

    @Test
    @Order(3)
    void anOfficerIsRefusedTheAdoptionForm() {
        driver.get(console + "/sign-in");
        signIn("officer");
        driver.get(console + "/programmes/" + bucks.programmeId() + "/adoption");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access");
        assertThat(driver.findElements(By.linkText("Audit trail"))).hasSize(1);
        Browser.signOut(driver);
    }

    @Test
    @Order(4)
    void aBoardMemberReachesTheCoverageAsOfADateWithTheKeyboardAlone() {
        driver.get(console + "/sign-in");
        Browser.tabTo(driver, "the user name", hasId("username")).sendKeys("board");
        Browser.tabTo(driver, "the password", hasId("password")).sendKeys("board", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/sign-in"));

        Browser.tabTo(driver, "the programme", says(bucks.programmeName())).sendKeys(Keys.ENTER);
        Browser.tabTo(driver, "the coverage", says("Coverage: who has been engaged")).sendKeys(Keys.ENTER);
        Browser.retype(Browser.tabTo(driver, "the day", hasId("asOf-day")), "5");
        Browser.retype(Browser.tabTo(driver, "the month", hasId("asOf-month")), "10");
        Browser.retype(Browser.tabTo(driver, "the year", hasId("asOf-year")), "2018", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("as of 5 October 2018"));

        Browser.tabTo(driver, "sign out", says("Sign out")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sign-in"));
    }

    private static Predicate<WebElement> hasId(String id) {
        return element -> id.equals(element.getAttribute("id"));
    }

    private static Predicate<WebElement> says(String text) {
        return element -> element.getText().startsWith(text);
    }

    private static void visit(String url, String name) {
        driver.get(url);
        Browser.checkPage(driver, name);
    }

    private static void signIn(String user) {
        if (!driver.getCurrentUrl().contains("/sign-in")) {
            driver.get(console + "/sign-in");
        }
        Browser.signIn(driver, user);
    }

    private static String total(String name) {
        return driver.findElement(By.cssSelector("[data-total='" + name + "']")).getText();
    }
}
