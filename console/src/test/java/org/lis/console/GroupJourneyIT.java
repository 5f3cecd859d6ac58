package org.lis.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer forms a steering group led by one partner, invites another on behalf of a third, records it joining and
 * a meeting (a refusal shown next to its field first); the board then sees the group, its members' periods and the
 * meeting, and the partner's page names the group. Every page passes WCAG 2.2 AA at desktop and tablet widths.
 */
class GroupJourneyIT extends BucksJourney {

    @Test
    void anOfficerFormsAGroupWithMembersAndAMeetingAndTheBoardSeesIt() {
        String suffix = bucks.programmeName().substring(bucks.programmeName().length() - 4);
        String name = "Upstream Space audit " + suffix;
        String council = bucks.partners().get("council");
        String westcott = bucks.partners().get("westcott");
        String university = bucks.partners().get("university");

        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        Browser.follow(driver, By.linkText("Groups"));
        Browser.checkPage(driver, "officer-groups");
        Browser.follow(driver, By.linkText("Form a group"));
        Browser.follow(driver, By.xpath("//button[normalize-space()='Form the group']"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the group's name").contains("Choose what kind of group it is")
                .contains("Choose the partner that convenes the group");
        Browser.checkPage(driver, "officer-form-group-error");

        Browser.type(driver, "name", name);
        driver.findElement(By.cssSelector("label[for='kind-0']")).click();
        new Select(driver.findElement(By.id("convenorPartnerId"))).selectByValue(westcott);
        driver.findElement(By.cssSelector("label[for='theme-1']")).click();
        new Select(driver.findElement(By.id("programmeId"))).selectByValue(bucks.programmeId());
        Browser.type(driver, "formedOn", "1 6 2018");
        Browser.type(driver, "description", "Steers the audit of the upstream space sector");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Form the group']"));
        waitForHeading(name);

        Browser.follow(driver, By.linkText("Add a member"));
        new Select(driver.findElement(By.id("partnerId"))).selectByValue(council);
        Browser.type(driver, "invitedOn", "10 6 2018");
        new Select(driver.findElement(By.id("invitedByPartnerId"))).selectByValue(university);
        Browser.checkPage(driver, "officer-add-member");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Add the member']"));
        waitForHeading(name);
        waitForText("Invited");

        Browser.follow(driver, By.partialLinkText("Record joined"));
        Browser.type(driver, "joinedOn", "1 7 2018");
        Browser.checkPage(driver, "officer-record-joined");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Record joined']"));
        waitForHeading(name);
        waitForText("1 July 2018");

        Browser.follow(driver, By.linkText("Record a meeting"));
        Browser.type(driver, "heldOn", "20 6 2018");
        Browser.type(driver, "title", "Kick-off");
        driver.findElement(By.cssSelector("label[for='attendee-0']")).click();
        driver.findElement(By.cssSelector("label[for='attendee-1']")).click();
        Browser.follow(driver, By.xpath("//button[normalize-space()='Record the meeting']"));
        // the council joined on 1 July: not a member at a meeting on 20 June
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Buckinghamshire Council").contains("was not a member of the group on 2018-06-20")
                .doesNotContain(council).doesNotContain("attendeePartnerIds");
        Browser.checkPage(driver, "officer-record-meeting-error");
        Browser.type(driver, "heldOn", "15 7 2018");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Record the meeting']"));
        waitForHeading(name);
        waitForText("Kick-off");
        Browser.signOut(driver);

        driver.get(console + "/sign-in");
        Browser.signIn(driver, "board");
        Browser.follow(driver, By.linkText("Groups"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(name).contains("Steering group");
        Browser.checkPage(driver, "board-groups");
        Browser.follow(driver, By.linkText(name));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Westcott Space Cluster").contains("Buckinghamshire Council")
                .contains(bucks.programmeName()).contains("10 June 2018").contains("1 July 2018").contains("15 July 2018").contains("Kick-off")
                .doesNotContain("Add a member").doesNotContain("Record a meeting");
        Browser.checkPage(driver, "board-group");
        driver.get(console + "/partners/" + council);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(name)
                .contains("Joined " + name).contains("Attended a meeting of " + name);
        Browser.checkPage(driver, "board-partner-groups");
        Browser.signOut(driver);
    }

    private static void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(text));
    }

    /** Reads follow writes within a second: the page shows the write once reloaded after it. */
    private static void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (d.findElement(By.tagName("main")).getText().contains(text)) {
                        return true;
                    }
                    d.navigate().refresh();
                    return false;
                });
    }
}
