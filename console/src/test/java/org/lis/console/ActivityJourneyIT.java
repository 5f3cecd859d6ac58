package org.lis.console;

import org.junit.jupiter.api.Test;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer records a round table once with two partners (after being told to choose them), finds it on both
 * partners' pages with the other present, corrects its date and then withdraws it, each with a reason; the board
 * sees the history but none of the actions. Every new page, and each with its error summary, passes WCAG 2.2 AA at
 * desktop and tablet widths.
 */
class ActivityJourneyIT extends BucksJourney {

    @Test
    void anOfficerRecordsAnActivityWithTwoPartnersThenCorrectsAndWithdrawsIt() {
        String university = bucks.partners().get("university");
        String council = bucks.partners().get("council");
        String summary = "Round table on the draft strategy " + bucks.programmeName();

        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        driver.get(console + "/programmes/" + bucks.programmeId());
        assertThat(driver.findElements(By.linkText("Record an activity"))).hasSize(1);
        driver.get(console + "/partners/" + university);
        Browser.follow(driver, By.linkText("Record an activity"));
        assertThat(driver.findElement(By.id("partner-" + university)).isSelected()).isTrue();
        Browser.checkPage(driver, "activity-record");

        // the partner the officer came from is chosen already: unticked, nobody is, and the console says so
        driver.findElement(By.cssSelector("label[for='partner-" + university + "']")).click();
        driver.findElement(By.cssSelector("input[name='kind'][value='ROUND_TABLE']")).click();
        Browser.typeDate(driver, "occurredOn", 30, 4, 2018);
        Browser.type(driver, "summary", summary);
        driver.findElement(By.cssSelector("label[for='theme-0']")).click();
        submit("Record the activity");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Choose the partners that took part");
        assertThat(driver.findElement(By.id("summary")).getAttribute("value")).isEqualTo(summary);
        assertThat(driver.findElement(By.id("occurredOn-day")).getAttribute("value")).isEqualTo("30");
        Browser.checkPage(driver, "activity-record-error");

        driver.findElement(By.cssSelector("label[for='partner-" + university + "']")).click();
        driver.findElement(By.cssSelector("label[for='partner-" + council + "']")).click();
        submit("Record the activity");
        assertThat(driver.getCurrentUrl()).endsWith("/partners/" + university);
        assertThat(entry(summary).getText()).contains("30 April 2018", "Round table: " + summary,
                "with: Buckinghamshire Council");
        Browser.checkPage(driver, "activity-partner-history");
        driver.get(console + "/partners/" + council);
        assertThat(entry(summary).getText()).contains("with: Buckinghamshire New University");

        // corrected from the council's page: the date was wrong
        Browser.follow(driver, By.xpath(entryPath(summary) + "//a[starts-with(normalize-space(), 'Correct')]"));
        assertThat(driver.findElement(By.id("summary")).getText()).isEqualTo(summary);
        Browser.checkPage(driver, "activity-correct");
        Browser.typeDate(driver, "occurredOn", 15, 5, 2018);
        submit("Record the correction");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Say why the activity is corrected");
        Browser.checkPage(driver, "activity-correct-error");
        Browser.type(driver, "reason", "It took place on 15 May, not 30 April");
        submit("Record the correction");
        assertThat(driver.getCurrentUrl()).endsWith("/partners/" + council);
        assertThat(entry(summary).getText()).contains("15 May 2018", "Corrected",
                "Corrected: It took place on 15 May, not 30 April", "with: Buckinghamshire New University");
        Browser.checkPage(driver, "activity-partner-corrected");

        // withdrawn from the university's page: it was entered by mistake after all
        driver.get(console + "/partners/" + university);
        assertThat(entry(summary).getText()).contains("Corrected: It took place on 15 May, not 30 April");
        Browser.follow(driver, By.xpath(entryPath(summary) + "//a[starts-with(normalize-space(), 'Withdraw')]"));
        Browser.checkPage(driver, "activity-withdraw");
        submit("Withdraw activity");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Say why the activity is withdrawn");
        Browser.checkPage(driver, "activity-withdraw-error");
        Browser.type(driver, "reason", "Entered for the wrong programme");
        submit("Withdraw activity");
        assertThat(driver.getCurrentUrl()).endsWith("/partners/" + university);
        assertThat(entry(summary).getText()).contains("Withdrawn", "Withdrawn: Entered for the wrong programme");
        assertThat(entry(summary).findElements(By.tagName("a"))).isEmpty();
        Browser.checkPage(driver, "activity-partner-withdrawn");
        driver.get(console + "/partners/" + council);
        assertThat(entry(summary).getText()).contains("Withdrawn: Entered for the wrong programme");
        Browser.signOut(driver);

        Browser.signIn(driver, "board");
        driver.get(console + "/partners/" + council);
        assertThat(entry(summary).getText()).contains("Withdrawn: Entered for the wrong programme");
        assertThat(driver.findElements(By.linkText("Record an activity"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^='/activities/']"))).isEmpty();
        driver.get(console + "/activities/new");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("You do not have access");
        Browser.signOut(driver);
    }

    private static String entryPath(String summary) {
        return "//li[contains(@class, 'console-history__entry')][.//*[contains(text(), '" + summary + "')]]";
    }

    private static WebElement entry(String summary) {
        return driver.findElement(By.xpath(entryPath(summary)));
    }

    private static void submit(String button) {
        Browser.follow(driver, By.xpath("//button[normalize-space()='" + button + "']"));
    }
}
