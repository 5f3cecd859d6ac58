package org.lis.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.ServiceCalls;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer plans a workshop in real headless Chromium: schedules it (a refusal shown next to its field first),
 * invites three partners at once from the board's gaps, sees their invitations and the places left, reschedules
 * it and prints the attendance sheet. Every page passes WCAG 2.2 AA at desktop and tablet widths.
 */
class OfficerJourneyIT extends BucksJourney {

    @Test
    void anOfficerSchedulesAWorkshopInvitesThreePartnersAtOnceAndReschedulesIt() {
        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        driver.get(console + "/programmes/" + bucks.programmeId());
        Browser.follow(driver, By.linkText("Workshops"));
        Browser.checkPage(driver, "officer-workshops");
        Browser.follow(driver, By.linkText("Schedule a workshop"));
        Browser.checkPage(driver, "officer-schedule");

        Browser.type(driver, "title", "Clean growth workshop");
        driver.findElement(By.cssSelector("label[for='phase-1']")).click();
        Browser.typeDate(driver, "date", 7, 11, 2018);
        Browser.type(driver, "startTime", "14:00");
        Browser.type(driver, "endTime", "13:00");
        Browser.type(driver, "venue", "Aylesbury Vale District Council");
        Browser.type(driver, "capacity", "20");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Schedule the workshop']"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The end time must be after the start time");
        assertThat(driver.findElement(By.id("endTime-error")).getText()).contains("The end time must be after");
        Browser.checkPage(driver, "officer-schedule-error");

        Browser.type(driver, "endTime", "17:00");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Schedule the workshop']"));
        waitForHeading("Clean growth workshop");
        assertThat(driver.findElement(By.id("schedule")).getText()).contains("7 November 2018 at 2:00pm to 5:00pm")
                .contains("20 of 20");
        String workshopId = driver.getCurrentUrl().replaceAll(".*/workshops/([^/]+)/invitations.*", "$1");

        new Select(driver.findElement(By.id("engagement")))
                .selectByVisibleText("Not yet engaged");
        filter("engagement=NOT_ENGAGED");
        List<WebElement> candidates = driver.findElements(By.cssSelector("input[name='partnerIds']"));
        assertThat(candidates).as("the scenario's partners not engaged by today").hasSizeGreaterThanOrEqualTo(1);
        Browser.checkPage(driver, "officer-invite");

        driver.get(console + "/workshops/" + workshopId + "/invitations");
        List<String> three = List.of(bucks.partners().get("silverstone"), bucks.partners().get("university"),
                bucks.partners().get("council"));
        three.forEach(partner -> driver.findElement(By.cssSelector("label[for='partner-" + partner + "']")).click());
        Browser.follow(driver, By.xpath("//button[normalize-space()='Send invitations']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".govuk-notification-banner")).size() == 1);
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("3 invitations sent");
        assertThat(driver.findElements(By.cssSelector("#invitations tbody tr"))).hasSize(3);
        assertThat(ServiceCalls.get(services.workshop(), "/api/workshops/" + workshopId, "officer")
                .path("invitations")).hasSize(3);
        Browser.checkPage(driver, "officer-invitations");

        Browser.follow(driver, By.partialLinkText("Reschedule"));
        Browser.checkPage(driver, "officer-reschedule");
        Browser.typeDate(driver, "date", 8, 11, 2018);
        Browser.follow(driver, By.xpath("//button[normalize-space()='Reschedule']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("schedule")).getText().contains("8 November 2018 at 2:00pm"));

        Browser.follow(driver, By.partialLinkText("Cancel"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("It cannot be undone");
        Browser.checkPage(driver, "officer-cancel");

        driver.get(console + "/workshops/" + workshopId + "/attendance-sheet");
        Browser.checkPage(driver, "officer-attendance-sheet");
        Browser.signOut(driver);
    }

    @Test
    void anOfficerKeepsTheRegisterAddsAContactAndErasesItOnRequest() {
        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        Browser.follow(driver, By.linkText("Partner register"));
        new Select(driver.findElement(By.id("keyPartner"))).selectByVisibleText("Key partners");
        filter("keyPartner=true");
        assertThat(driver.findElement(By.id("register")).getText()).contains("Silverstone Park")
                .doesNotContain("Westcott Space Cluster");
        Browser.checkPage(driver, "officer-register");

        Browser.follow(driver, By.linkText("Register a partner"));
        Browser.follow(driver, By.xpath("//button[normalize-space()='Register the partner']"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the partner's name").contains("Choose the kind of organisation");
        Browser.checkPage(driver, "officer-register-partner-error");
        String name = "Pinewood Studios " + bucks.programmeName().substring(bucks.programmeName().length() - 4);
        Browser.type(driver, "name", name);
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Business");
        Browser.type(driver, "sectors", "Creative industries, screen");
        driver.findElement(By.cssSelector("label[for='theme-0']")).click();
        Browser.type(driver, "district", "South Bucks");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Register the partner']"));
        waitForHeading(name);
        assertThat(driver.findElement(By.id("profile")).getText()).contains("Creative industries, Screen")
                .contains("AI and data").contains("South Bucks");
        Browser.checkPage(driver, "officer-partner");

        Browser.follow(driver, By.partialLinkText("Change the partner"));
        driver.findElement(By.cssSelector("label[for='keyPartner-yes']")).click();
        Browser.typeDate(driver, "effectiveOn", 1, 9, 2018);
        Browser.checkPage(driver, "officer-partner-change");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Save the change']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("profile")).getText().contains("Business, key partner"));
        assertThat(driver.findElement(By.id("profile")).getText()).contains("1 September 2018");

        Browser.follow(driver, By.linkText("Add a contact"));
        Browser.type(driver, "name", "Robin Reel");
        Browser.type(driver, "email", "robin.reel@example.org");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Add the contact']"));
        assertThat(driver.findElement(By.id("lawfulBasis")).getText()).contains("Choose the lawful basis");
        Browser.checkPage(driver, "officer-contact-error");
        driver.findElement(By.cssSelector("label[for='lawfulBasis-0']")).click();
        Browser.follow(driver, By.xpath("//button[normalize-space()='Add the contact']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("contacts")).size() == 1);
        assertThat(driver.findElement(By.id("contacts")).getText()).contains("Robin Reel")
                .contains("robin.reel@example.org");

        Browser.follow(driver, By.partialLinkText("Erase"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("cannot be undone")
                .contains("keeps what " + name + " as an organisation took part in");
        Browser.checkPage(driver, "officer-contact-erase");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Erase Robin Reel']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(".govuk-notification-banner")).getText()
                        .contains("Contact erased"));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Robin Reel")
                .contains("No contacts.");
        Browser.signOut(driver);
    }

    @Test
    void anOfficerDefinesAProgrammeAndRevisesItsPhasesAndMilestones() {
        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        Browser.follow(driver, By.linkText("Define a programme"));
        String name = "Oxfordshire Local Industrial Strategy " + System.nanoTime() % 10_000;
        Browser.type(driver, "name", name);
        Browser.type(driver, "target", "29 3 2019");
        Browser.type(driver, "phases-0-code", "P1");
        Browser.type(driver, "phases-0-name", "Evidence");
        Browser.type(driver, "phases-0-startsOn", "1 6 2018");
        Browser.type(driver, "phases-0-endsOn", "31 5 2018");
        Browser.type(driver, "phases-0-milestones-0-name", "Evidence base agreed");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Define the programme']"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Evidence must end on or after the day it starts")
                .contains("Enter the day Evidence base agreed is due");
        Browser.checkPage(driver, "officer-programme-error");

        Browser.type(driver, "phases-0-endsOn", "31 8 2018");
        Browser.type(driver, "phases-0-milestones-0-dueOn", "31 8 2018");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Add another phase']"));
        Browser.type(driver, "phases-1-code", "P2");
        Browser.type(driver, "phases-1-name", "Engagement");
        Browser.type(driver, "phases-1-startsOn", "1 9 2018");
        Browser.type(driver, "phases-1-endsOn", "30 11 2018");
        Browser.checkPage(driver, "officer-programme-form");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Define the programme']"));
        waitForHeading(name);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Evidence base agreed");

        Browser.follow(driver, By.linkText("Change phases and milestones"));
        Browser.type(driver, "phases-1-milestones-0-name", "Workshops complete");
        Browser.type(driver, "phases-1-milestones-0-dueOn", "31 10 2018");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Save the change']"));
        waitForHeading(name);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Workshops complete");
        Browser.signOut(driver);
    }

    /** Sends the page's filter form and waits for the filtered page, so nothing is read from the old one. */
    private static void filter(String queryPart) {
        Browser.follow(driver, By.xpath("//button[normalize-space()='Filter']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(queryPart));
    }

    private static void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(text));
    }
}
