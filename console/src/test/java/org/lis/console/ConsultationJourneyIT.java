package org.lis.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.ServiceCalls;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation on the draft strategy in headless Chromium: an officer opens the window (5 October to
 * 23 November 2018), is told a response after the close needs a reason, records one on-time and one late response;
 * the board sees the windows on the programme and the coverage as of the close. Every page is checked for
 * accessibility at desktop and tablet widths, with screenshots in target/screenshots.
 */
class ConsultationJourneyIT extends BucksJourney {

    @Test
    void officerRecordsResponsesAndTheBoardSeesCoverageAsOfTheClose() {
        String programme = console + "/programmes/" + bucks.programmeId();
        driver.get(console + "/sign-in");
        Browser.signIn(driver, "officer");
        driver.get(programme);
        Browser.follow(driver, By.linkText("Open a consultation"));
        Browser.checkPage(driver, "consultation-open");

        // a window that closes before it opens is refused by the service, shown in the error summary
        Browser.type(driver, "title", "Consultation on the draft strategy");
        Browser.typeDate(driver, "opensOn", 23, 11, 2018);
        Browser.typeDate(driver, "closesOn", 5, 10, 2018);
        driver.findElement(By.cssSelector("input[name='themes'][value='CLEAN_GROWTH']")).click();
        submit("Open the consultation");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("before the window opens");
        Browser.checkPage(driver, "consultation-open-error");

        Browser.typeDate(driver, "opensOn", 5, 10, 2018);
        Browser.typeDate(driver, "closesOn", 23, 11, 2018);
        submit("Open the consultation");
        waitFor(() -> driver.getCurrentUrl().matches(".*/consultations/[0-9a-f-]{36}$"));
        String consultation = driver.getCurrentUrl();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("No response recorded yet");
        Browser.checkPage(driver, "consultation-empty");

        recordResponse("council", 20, 11, 2018, "CONDITIONAL", "Supports the draft if transport is funded");
        waitFor(() -> driver.getCurrentUrl().equals(consultation));

        // after the close: refused without a reason, then accepted as late with one
        recordResponse("westcott", 27, 11, 2018, "SUPPORT", "Supports the space cluster's place in the draft");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("after the consultation closed");
        Browser.checkPage(driver, "consultation-response-error");
        driver.findElement(By.id("late")).click();
        Browser.type(driver, "lateReason", "Extension agreed with the cluster's board");
        submit("Record the response");
        waitFor(() -> driver.getCurrentUrl().equals(consultation));

        String responses = driver.findElement(By.id("responses")).getText();
        assertThat(responses).contains("Buckinghamshire Council", "20 November 2018", "Conditional",
                "Westcott Space Cluster", "27 November 2018", "Late", "Accepted: Extension agreed with the cluster's board");
        assertThat(driver.findElement(By.id("by-stance")).getText()).containsPattern("Support\\s+1")
                .containsPattern("Oppose\\s+0").containsPattern("Conditional\\s+1").contains("2, of which 1 late");
        Browser.checkPage(driver, "consultation");
        Browser.signOut(driver);

        Browser.signIn(driver, "board");
        driver.get(programme);
        assertThat(driver.findElement(By.id("consultations")).getText())
                .contains("Consultation on the draft strategy", "5 October 2018 to 23 November 2018", "Closed",
                        "2 (1 late)");
        assertThat(driver.findElements(By.linkText("Open a consultation"))).isEmpty();
        Browser.checkPage(driver, "programme-consultations");

        Browser.follow(driver, By.linkText("Coverage: who has been engaged"));
        Browser.follow(driver, By.partialLinkText("Close of Consultation on the draft strategy"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("as of 23 November 2018"));
        String consultationId = consultation.replaceAll(".*/", "");
        JsonNode atClose = ServiceCalls.get(services.engagement(), "/api/programmes/" + bucks.programmeId()
                + "/coverage?asOf=consultation:" + consultationId, "board").path("totals");
        assertThat(driver.findElement(By.cssSelector("[data-total='engaged']")).getText())
                .contains(atClose.path("engaged").asInt() + " of " + atClose.path("partners").asInt() + " partners");
        assertThat(atClose.path("contributed").asInt()).isEqualTo(1);
        Browser.checkPage(driver, "coverage-consultation-close");
        Browser.signOut(driver);
    }

    private static void recordResponse(String partner, int day, int month, int year, String stance, String summary) {
        driver.get(driver.getCurrentUrl().replaceAll("/responses/new$", "") + "/responses/new");
        new Select(driver.findElement(By.id("partnerId"))).selectByValue(bucks.partners().get(partner));
        Browser.typeDate(driver, "receivedOn", day, month, year);
        driver.findElement(By.cssSelector("input[name='stance'][value='" + stance + "']")).click();
        Browser.type(driver, "summary", summary);
        submit("Record the response");
    }

    private static void submit(String button) {
        Browser.follow(driver, By.xpath("//button[normalize-space()='" + button + "']"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }
}
