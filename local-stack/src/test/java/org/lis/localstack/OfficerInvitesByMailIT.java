package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.BooleanSupplier;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.localstack.MailScenario.Contact;
import org.lis.support.test.Browser;
import org.lis.support.test.ReceivedMail;
import org.lis.support.test.SettableClock;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer's invitations reach people, followed end to end in real headless Chromium through the gateway of the
 * local stack and its mail server: the officer schedules a workshop and invites three partners at once in the
 * console; three emails arrive, each with a calendar entry that ical4j reads back at the scheduled start; one
 * invitee accepts by the personal link, with no sign-in; the officer reschedules in the console and the invitee
 * gets the entry again at sequence 1; the officer's page shows each email delivered and the answer.
 */
class OfficerInvitesByMailIT {

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
    void anOfficerSchedulesInvitesThreeAtOnceAndReschedulesAndTheInviteesAreWrittenTo() throws Exception {
        String programmeId = scenario.programme(clock.instant());
        List<Contact> invitees = List.of(scenario.partnerWithContact("Silverstone Park"),
                scenario.partnerWithContact("Buckinghamshire New University"),
                scenario.partnerWithContact("Pinewood Studios"));
        LocalDate day = LocalDate.now(LONDON).plusDays(14);
        Instant startsAt = ZonedDateTime.of(day, LocalTime.of(10, 0), LONDON).toInstant();

        driver.get(gateway + "/sign-in");
        Browser.signIn(driver, "officer");
        driver.get(gateway + "/programmes/" + programmeId + "/workshops/new");
        Browser.type(driver, "title", "Space cluster workshop");
        driver.findElement(By.cssSelector("label[for='phase-0']")).click();
        Browser.typeDate(driver, "date", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        Browser.type(driver, "startTime", "10:00");
        Browser.type(driver, "endTime", "13:00");
        Browser.type(driver, "venue", "Westcott Venture Park");
        Browser.type(driver, "capacity", "20");
        Browser.follow(driver, By.xpath("//button[normalize-space()='Schedule the workshop']"));
        waitUntil("the workshop's page", () -> driver.getCurrentUrl().endsWith("/invitations"));

        invitees.forEach(c -> driver.findElement(By.cssSelector("label[for='partner-" + c.partnerId() + "']")).click());
        Browser.follow(driver, By.xpath("//button[normalize-space()='Send invitations']"));
        waitUntil("three invitations sent", () -> driver.findElement(By.tagName("main")).getText()
                .contains("3 invitations sent"));

        for (Contact invitee : invitees) {
            ReceivedMail mail = scenario.mailTo(invitee, 1).get(0);
            assertThat(mail.method()).isEqualTo("REQUEST");
            assertThat(mail.eventProperty("SEQUENCE")).isEqualTo("0");
            assertThat(start(mail)).as("the calendar entry's start for %s", invitee.name()).isEqualTo(startsAt);
        }

        Contact accepting = invitees.get(0);
        driver.manage().deleteAllCookies();
        driver.get(gateway + "/rsvp/" + scenario.mailTo(accepting, 1).get(0).rsvpToken().orElseThrow());
        driver.findElement(By.id("response-accepted")).click();
        Browser.follow(driver, By.xpath("//button[normalize-space()='Send reply']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Reply recorded");

        driver.get(gateway + "/sign-in");
        Browser.signIn(driver, "officer");
        String workshopPage = gateway + "/programmes/" + programmeId + "/workshops";
        driver.get(workshopPage);
        Browser.follow(driver, By.linkText("Space cluster workshop"));
        Browser.follow(driver, By.partialLinkText("Reschedule"));
        Browser.typeDate(driver, "date", day.plusDays(1).getDayOfMonth(), day.plusDays(1).getMonthValue(),
                day.plusDays(1).getYear());
        Browser.follow(driver, By.xpath("//button[normalize-space()='Reschedule']"));
        waitUntil("the new day on the workshop's page", () -> driver.findElement(By.id("schedule")).getText()
                .contains(String.valueOf(day.plusDays(1).getDayOfMonth())));

        ReceivedMail update = scenario.mailTo(accepting, 2).get(1);
        assertThat(update.method()).isEqualTo("REQUEST");
        assertThat(update.eventProperty("SEQUENCE")).isEqualTo("1");
        assertThat(start(update)).isEqualTo(startsAt.plus(Duration.ofDays(1)));

        driver.navigate().refresh();
        String invitations = driver.findElement(By.id("invitations")).getText();
        assertThat(invitations).contains("Delivered to the mail server").contains("Accepted");
        Browser.checkPage(driver, "stack-officer-invitations");
        Browser.signOut(driver);
    }

    private static Instant start(ReceivedMail mail) {
        DtStart<Temporal> start = mail.event().getStartDate().orElseThrow();
        return ((ZonedDateTime) start.getDate()).toInstant();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
