package org.lis.console;

import org.junit.jupiter.api.Test;
import org.lis.consolehost.BucksScenario;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer marks the evidence milestone delivered and records that the workshops milestone slipped to a week
 * commencing (after a refusal for want of a reason); the board then sees both on the programme and beside the
 * coverage trend. Every page is checked for accessibility at desktop and tablet widths.
 */
class MilestoneJourneyIT extends BucksJourney {

    @Test
    void anOfficerMarksOneDeliveredAndOneSlippedAndTheBoardSeesThem() {
        String programme = console + "/programmes/" + bucks.programmeId();
        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        driver.get(programme);
        Browser.checkPage(driver, "milestones-programme-officer");

        openMilestone(BucksScenario.EVIDENCE_MILESTONE);
        Browser.checkPage(driver, "milestone");
        Browser.typeDate(driver, "deliveredOn", 31, 8, 2018);
        Browser.type(driver, "note", "Agreed by the steering group");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Mark delivered']"));
        assertThat(row(BucksScenario.EVIDENCE_MILESTONE).getText()).contains("Delivered on 31 August 2018");

        openMilestone(BucksScenario.WORKSHOPS_MILESTONE);
        Browser.typeDate(driver, "newDueOn", 5, 11, 2018);
        Browser.follow(driver, By.xpath("//button[normalize-space()='Record a slip']"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Say why the milestone slipped");
        Browser.checkPage(driver, "milestone-slip-refused");
        driver.findElement(By.id("precision-WEEK")).click();
        Browser.type(driver, "reason", "Two workshops moved into November");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Record a slip']"));
        assertThat(row(BucksScenario.WORKSHOPS_MILESTONE).getText())
                .contains("Slipped to w/c 5 November 2018")
                .contains("Two workshops moved into November");
        Browser.signOut(driver);

        Browser.signIn(driver, "board");
        driver.get(programme);
        Browser.checkPage(driver, "milestones-programme-board");
        assertThat(row(BucksScenario.EVIDENCE_MILESTONE).getText()).contains("Delivered on 31 August 2018");
        assertThat(row(BucksScenario.WORKSHOPS_MILESTONE).getText()).contains("Slipped to w/c 5 November 2018");
        assertThat(driver.findElements(By.partialLinkText("Mark delivered or record a slip"))).isEmpty();
        driver.get(programme + "/coverage?asOf=2018-11-30");
        Browser.checkPage(driver, "milestones-coverage");
        String marks = driver.findElement(By.cssSelector(".console-milestone-marks")).getText();
        assertThat(marks).contains(BucksScenario.EVIDENCE_MILESTONE + ": delivered on 31 August 2018")
                .contains(BucksScenario.WORKSHOPS_MILESTONE + ": slipped from 31 October 2018 to w/c 5 November 2018");
        Browser.signOut(driver);
    }

    /** From the programme page, the milestone's page where it is marked delivered or its slip recorded. */
    private static void openMilestone(String name) {
        row(name).findElement(By.partialLinkText("Mark delivered or record a slip")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/milestones/"));
    }

    /** The milestone's row on the programme page, once the page shows the programme as revised. */
    private static WebElement row(String name) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/programmes/[^/]+(\\?.*)?$"));
        return driver.findElement(By.xpath("//tr[contains(@class,'console-milestone')][.//a[normalize-space()='"
                + name + "']]"));
    }
}
