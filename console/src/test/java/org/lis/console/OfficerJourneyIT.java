package org.lis.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.BucksScenario;
import org.lis.consolehost.RunningServices;
import org.lis.consolehost.ServiceCalls;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer plans a workshop in real headless Chromium: schedules it (a refusal shown next to its field first),
 * invites three partners at once from the board's gaps, sees their invitations and the places left, reschedules
 * it and prints the attendance sheet. Every page passes WCAG 2.2 AA at desktop and tablet widths.
 */
class OfficerJourneyIT {

    private static ChromeDriver driver;
    private static RunningServices services;
    private static BucksScenario bucks;
    private static String console;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        services = RunningServices.get();
        bucks = BucksScenario.load(services);
        console = services.console().toString();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anOfficerSchedulesAWorkshopInvitesThreePartnersAtOnceAndReschedulesIt() {
        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        driver.get(console + "/programmes/" + bucks.programmeId());
        driver.findElement(By.linkText("Workshops")).click();
        Browser.checkPage(driver, "officer-workshops");
        driver.findElement(By.linkText("Schedule a workshop")).click();
        Browser.checkPage(driver, "officer-schedule");

        Browser.type(driver, "title", "Clean growth workshop");
        driver.findElement(By.cssSelector("label[for='phase-1']")).click();
        Browser.typeDate(driver, "date", 7, 11, 2018);
        Browser.type(driver, "startTime", "14:00");
        Browser.type(driver, "endTime", "13:00");
        Browser.type(driver, "venue", "Aylesbury Vale District Council");
        Browser.type(driver, "capacity", "20");
        driver.findElement(By.xpath("//button[normalize-space()='Schedule the workshop']")).click();
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The end time must be after the start time");
        assertThat(driver.findElement(By.id("endTime-error")).getText()).contains("The end time must be after");
        Browser.checkPage(driver, "officer-schedule-error");

        Browser.type(driver, "endTime", "17:00");
        driver.findElement(By.xpath("//button[normalize-space()='Schedule the workshop']")).click();
        waitForHeading("Clean growth workshop");
        assertThat(driver.findElement(By.id("schedule")).getText()).contains("7 November 2018 at 2:00pm to 5:00pm")
                .contains("20 of 20");
        String workshopId = driver.getCurrentUrl().replaceAll(".*/workshops/([^/]+)/invitations.*", "$1");

        new Select(driver.findElement(By.id("engagement")))
                .selectByVisibleText("Not yet engaged");
        driver.findElement(By.xpath("//button[normalize-space()='Filter']")).click();
        List<WebElement> candidates = driver.findElements(By.cssSelector("input[name='partnerIds']"));
        assertThat(candidates).as("the scenario's partners not engaged by today").hasSizeGreaterThanOrEqualTo(1);
        Browser.checkPage(driver, "officer-invite");

        driver.get(console + "/workshops/" + workshopId + "/invitations");
        List<String> three = List.of(bucks.partners().get("silverstone"), bucks.partners().get("university"),
                bucks.partners().get("council"));
        three.forEach(partner -> driver.findElement(By.cssSelector("label[for='partner-" + partner + "']")).click());
        driver.findElement(By.xpath("//button[normalize-space()='Send invitations']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".govuk-notification-banner")).size() == 1);
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("3 invitations sent");
        assertThat(driver.findElements(By.cssSelector("#invitations tbody tr"))).hasSize(3);
        assertThat(ServiceCalls.get(services.workshop(), "/api/workshops/" + workshopId, "officer")
                .path("invitations")).hasSize(3);
        Browser.checkPage(driver, "officer-invitations");

        driver.findElement(By.partialLinkText("Reschedule")).click();
        Browser.checkPage(driver, "officer-reschedule");
        Browser.typeDate(driver, "date", 8, 11, 2018);
        driver.findElement(By.xpath("//button[normalize-space()='Reschedule']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("schedule")).getText().contains("8 November 2018 at 2:00pm"));

        driver.get(console + "/workshops/" + workshopId + "/attendance-sheet");
        Browser.checkPage(driver, "officer-attendance-sheet");
        Browser.signOut(driver);
    }

    private static void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(text));
    }
}
