package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.localstack.MailScenario.Contact;
import org.lis.support.test.Browser;
import org.lis.support.test.SettableClock;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages an invitation leads to, in real headless Chromium through the gateway: the officer's outbox with the
 * email and its links, and the invitee's RSVP pages, with no sign-in (an answer, a full workshop, a link after the
 * workshop, a link that is not one). Each passes the WCAG 2.2 AA rules at desktop and tablet widths (screenshots in
 * target/screenshots).
 */
class MailPagesIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    static Path dataFolder;

    private static final SettableClock clock = new SettableClock(Instant.now());
    private static RunningStack stack;
    private static ChromeDriver driver;
    private static MailScenario scenario;
    private static String gateway;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        stack = LocalStack.start(TestStacks.settings(dataFolder), clock);
        scenario = new MailScenario(stack.gatewayBase(), stack::receivedMail);
        gateway = stack.gatewayBase().toString().replaceAll("/$", "");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anInvitationFollowedFromTheOutboxToTheInviteesReply() throws Exception {
        Instant startsAt = ZonedDateTime.of(LocalDate.now(LONDON).plusDays(14), LocalTime.of(10, 0), LONDON)
                .toInstant();
        String workshopId = scenario.workshop(scenario.programme(clock.instant()), startsAt, 1);
        Contact westcott = scenario.partnerWithContact("Westcott Venture Park");
        Contact brunel = scenario.partnerWithContact("Brunel University");
        scenario.invite(workshopId, westcott);
        scenario.invite(workshopId, brunel);
        scenario.mailTo(westcott, 1);
        String brunelLink = gateway + "/rsvp/" + scenario.mailTo(brunel, 1).get(0).rsvpToken().orElseThrow();

        driver.get(gateway + "/sign-in");
        Browser.signIn(driver, "officer");
        Browser.follow(driver, By.linkText("Outbox"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Outbox");
        assertThat(driver.findElement(By.id("outbox")).getText()).contains(westcott.email(), brunel.email(),
                "REQUEST, sequence 0");
        Browser.checkPage(driver, "mail-outbox");
        String westcottLink = gateway + "/rsvp/" + scenario.mailTo(westcott, 1).get(0).rsvpToken().orElseThrow()
                + "?response=ACCEPTED";
        assertThat(driver.findElements(By.cssSelector("#outbox a.govuk-link")))
                .as("the email's links, to follow from the page")
                .anySatisfy(link -> assertThat(link.getAttribute("href")).isEqualTo(westcottLink));
        Browser.signOut(driver);

        driver.get(westcottLink);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Space cluster workshop");
        assertThat(driver.findElement(By.id("response-accepted")).isSelected()).as("the link's answer, chosen")
                .isTrue();
        Browser.checkPage(driver, "mail-rsvp");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Send reply']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Reply recorded");
        assertThat(driver.findElement(By.id("answer")).getText()).isEqualTo("You are coming to Space cluster workshop");
        Browser.checkPage(driver, "mail-rsvp-recorded");

        driver.get(brunelLink);
        driver.findElement(By.id("response-accepted")).click();
        Browser.follow(driver, By.xpath("//button[normalize-space()='Send reply']"));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("All the places at this workshop are taken");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
                .as("the summary's link, to the first choice").endsWith("#response-accepted");
        assertThat(driver.findElement(By.tagName("fieldset")).getAttribute("aria-describedby"))
                .as("the question read out with its error").isEqualTo("response-hint response-error");
        Browser.checkPage(driver, "mail-rsvp-full");

        driver.get(gateway + "/rsvp/not-a-link");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link is not valid");
        Browser.checkPage(driver, "mail-rsvp-unknown");

        clock.set(startsAt.plus(Duration.ofHours(5)));
        try {
            driver.get(westcottLink);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link can no longer be used");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("has ended");
            Browser.checkPage(driver, "mail-rsvp-ended");
        } finally {
            clock.set(Instant.now());
        }
    }
}
