package org.lis.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lis.consolehost.RoomScenario;
import org.lis.consolehost.RunningServices;
import org.lis.consolehost.ServiceCalls;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator's workshop in real headless Chromium, on a tablet-wide window: today's workshop, the check-in
 * with the list narrowed as they type, a walk-in, feedback with one hand. A second browser shows the room screen
 * on the projector and must follow each check-in and each piece of feedback within a second, without a reload;
 * the time from the facilitator's answer to the screen's change is printed. The screen also comes back by itself
 * after the network drops. Every new page is checked for accessibility at desktop and tablet widths.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoomJourneyIT {

    private static final long WITHIN_MS = 1000;

    private static ChromeDriver tablet;
    private static ChromeDriver projector;
    private static RunningServices services;
    private static String console;
    private static final List<Long> fromAnswer = new ArrayList<>();
    private static final List<Long> fromClick = new ArrayList<>();

    @BeforeAll
    static void start() {
        tablet = Browser.start();
        projector = Browser.start();
        services = RunningServices.get();
        console = services.console().toString();
    }

    @AfterAll
    static void stop() {
        for (ChromeDriver driver : new ChromeDriver[]{tablet, projector}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    @Order(1)
    void everyFacilitatorsPageIsAccessibleAtDesktopAndTabletWidths() {
        RoomScenario day = RoomScenario.load(services);
        long version = ServiceCalls.post(services.workshop(), "/api/workshops/" + day.todayId() + "/attendance",
                "facilitator", Map.of("partnerId", day.partner("silverstone"), "walkIn", false)).path("version").asLong();
        String feedbackId = ServiceCalls.post(services.workshop(), "/api/workshops/" + day.todayId() + "/feedback",
                "facilitator", Map.of("hypothesisId", day.hypotheses().get("ai"), "partnerId", day.partner("silverstone"),
                        "stance", "SUPPORT", "confidence", 4, "comment", "Only with the rail link")).path("id").asText();
        String workshop = console + "/workshops/" + day.todayId();
        tablet.get(console + "/sign-in");
        Browser.signIn(tablet, "facilitator");

        visit(console + "/workshops/today", "workshops-today");
        visit(workshop + "/room", "room");
        visit(workshop + "/room?q=nobody&find=" + day.suffix(), "room-searched");
        visit(console + "/workshops/" + day.cancelledId() + "/room", "room-cancelled");
        visit(workshop + "/feedback", "feedback");
        visit(workshop + "/hypotheses/" + day.hypotheses().get("airport") + "/feedback", "feedback-form");
        Browser.follow(tablet, By.xpath("//button[normalize-space()='Record feedback']"));
        waitFor(tablet, d -> d.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed());
        Browser.checkPage(tablet, "feedback-form-errors");
        visit(workshop + "/feedback/" + feedbackId + "/correction", "correction");
        visit(workshop + "/screen", "room-screen");
        assertThat(version).isPositive();
        // the projector's page has no navigation: sign out from another
        tablet.get(console + "/workshops/today");
        Browser.signOut(tablet);
    }

    @Test
    @Order(2)
    void aFacilitatorOnATabletChecksInAndLogsFeedbackWhileTheRoomScreenFollows() {
        // its screenshots are the docs' pictures of the room: the names as they read
        RoomScenario day = RoomScenario.loadAsNamed(services);
        String ai = day.hypotheses().get("ai");
        String airport = day.hypotheses().get("airport");

        projector.manage().window().setSize(new Dimension(1280, 720));
        projector.get(console + "/sign-in");
        Browser.signIn(projector, "facilitator");
        projector.get(console + "/workshops/" + day.todayId() + "/screen");
        awaitLive();
        projector.executeScript("document.body.setAttribute('data-opened-once', 'yes')");

        tablet.manage().window().setSize(new Dimension(Browser.TABLET, 1024));
        tablet.get(console + "/sign-in");
        Browser.signIn(tablet, "facilitator");
        Browser.follow(tablet, By.linkText("Today’s workshops"));
        Browser.follow(tablet, By.linkText(day.todayTitle()));
        assertThat(tablet.findElement(By.tagName("h1")).getText()).isEqualTo(day.todayTitle());
        assertNoSidewaysScroll("the check-in list");

        // the list narrows as the facilitator types, with no request
        tablet.findElement(By.id("q")).sendKeys("silverstone");
        assertThat(tablet.findElements(By.cssSelector("#room-list li:not([hidden])"))).hasSize(1);
        assertThat(tablet.findElement(By.id("list-count")).getText()).isEqualTo("Showing 1 of 4 partners");
        WebElement checkIn = tablet.findElement(By.id("check-in-" + day.partner("silverstone")));
        assertThat(checkIn.getSize().getHeight()).as("a button sized for a thumb").isGreaterThanOrEqualTo(44);
        checkIn.click();
        awaitNotice(day.name("silverstone") + " is checked in");
        Browser.screenshot(tablet, "room-check-in-768");
        screenFollows("check-in 1", "#attendance-count", "1");

        tablet.findElement(By.id("q")).clear();
        tablet.findElement(By.id("q")).sendKeys("university");
        tablet.findElement(By.id("check-in-" + day.partner("university"))).click();
        awaitNotice(day.name("university") + " is checked in");
        screenFollows("check-in 2", "#attendance-count", "2");

        tablet.findElement(By.id("find")).sendKeys("aylesbury", Keys.ENTER);
        tablet.findElement(By.id("walk-in-" + day.partner("council"))).click();
        awaitNotice(day.name("council") + " is checked in as a walk-in");
        screenFollows("walk-in", "#attendance-count", "3");

        Browser.follow(tablet, By.linkText("Feedback"));
        Browser.follow(tablet, By.partialLinkText("Log feedback"));
        assertThat(tablet.findElement(By.tagName("h1")).getText()).isEqualTo(day.titled("AI research centre"));
        logFeedback(day.name("silverstone"), "stance", "confidence-4", "Only with the rail link");
        screenFollows("feedback 1", tally(ai, "SUPPORT"), "1");
        Browser.screenshot(tablet, "room-feedback-768");
        logFeedback(day.name("university"), "stance-OPPOSE", "confidence-2", "");
        screenFollows("feedback 2", tally(ai, "OPPOSE"), "1");

        Browser.follow(tablet, By.linkText(day.titled("Sustainable airport cluster")));
        logFeedback(day.name("council"), "stance-CONDITIONAL", "confidence-5", "If the runway noise is capped");
        screenFollows("feedback 3", tally(airport, "CONDITIONAL"), "1");

        assertThat(projector.findElement(By.tagName("body")).getAttribute("data-opened-once"))
                .as("the screen was never reloaded").isEqualTo("yes");
        assertThat(projector.findElement(By.cssSelector("[data-hypothesis='" + ai + "'] [data-total]")).getText())
                .isEqualTo("2");
        Browser.screenshot(projector, "room-screen");
        report();
        assertThat(fromAnswer).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(WITHIN_MS));

        Browser.follow(tablet, By.linkText(day.todayTitle()));
        Browser.checkPage(tablet, "room-during-workshop");
        Browser.signOut(tablet);
    }

    @Test
    @Order(3)
    void theRoomScreenComesBackByItselfAfterTheNetworkDrops() {
        RoomScenario day = RoomScenario.load(services);
        projector.get(console + "/workshops/" + day.todayId() + "/screen");
        awaitLive();
        projector.executeScript("document.body.setAttribute('data-opened-once', 'yes')");

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        projector.setNetworkConditions(offline);
        waitFor(projector, d -> "reconnecting".equals(d.findElement(By.id("main-content")).getAttribute("data-live-state")));
        assertThat(projector.findElement(By.id("live-status")).getText()).startsWith("Reconnecting");
        Browser.screenshot(projector, "room-screen-reconnecting");

        // recorded while the screen is cut off: it must catch up when it is back
        ServiceCalls.post(services.workshop(), "/api/workshops/" + day.todayId() + "/attendance", "facilitator",
                Map.of("partnerId", day.partner("westcott"), "walkIn", false));
        projector.deleteNetworkConditions();
        waitFor(projector, d -> "1".equals(d.findElement(By.id("attendance-count")).getText()));
        awaitLive();
        assertThat(projector.findElement(By.tagName("body")).getAttribute("data-opened-once")).isEqualTo("yes");
    }

    @Test
    @Order(4)
    void aFacilitatorChecksInAndLogsFeedbackWithTheKeyboardAlone() {
        RoomScenario day = RoomScenario.load(services);
        tablet.manage().window().setSize(new Dimension(Browser.TABLET, 1024));
        tablet.get(console + "/sign-in");
        Browser.tabTo(tablet, "the user name", hasId("username")).sendKeys("facilitator");
        Browser.tabTo(tablet, "the password", hasId("password")).sendKeys("facilitator", Keys.ENTER);
        waitFor(tablet, d -> !d.getCurrentUrl().contains("/sign-in"));

        Browser.tabTo(tablet, "today's workshops", says("Today’s workshops")).sendKeys(Keys.ENTER);
        Browser.tabTo(tablet, "the workshop", says(day.todayTitle())).sendKeys(Keys.ENTER);
        Browser.tabTo(tablet, "the search", hasId("q")).sendKeys("westcott");
        Browser.tabTo(tablet, "the partner's check-in", hasId("check-in-" + day.partner("westcott")))
                .sendKeys(Keys.ENTER);
        awaitNotice(day.name("westcott") + " is checked in");

        Browser.tabTo(tablet, "the feedback", says("Feedback")).sendKeys(Keys.ENTER);
        Browser.tabTo(tablet, "logging feedback", says("Log feedback")).sendKeys(Keys.ENTER);
        Browser.tabTo(tablet, "the partner", hasId("partnerId")).sendKeys(Keys.ARROW_DOWN);
        Browser.tabTo(tablet, "the stance", hasId("stance")).sendKeys(Keys.SPACE);
        Browser.tabTo(tablet, "the confidence", hasId("confidence")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        Browser.tabTo(tablet, "recording it", says("Record feedback")).sendKeys(Keys.ENTER);
        awaitNotice("Feedback from " + day.name("westcott") + " is recorded");

        var feedback = ServiceCalls.get(services.workshop(), "/api/workshops/" + day.todayId(), "facilitator")
                .path("feedback").get(0);
        assertThat(feedback.path("stance").asText()).isEqualTo("SUPPORT");
        assertThat(feedback.path("confidence").asInt()).isEqualTo(3);
        tablet.manage().window().setSize(new Dimension(Browser.DESKTOP, 1000));
        Browser.signOut(tablet);
    }

    private static Predicate<WebElement> hasId(String id) {
        return element -> id.equals(element.getAttribute("id"));
    }

    private static Predicate<WebElement> says(String text) {
        return element -> element.getText().startsWith(text);
    }

    private static void logFeedback(String partner, String stance, String confidence, String comment) {
        assertNoSidewaysScroll("the feedback form");
        new Select(tablet.findElement(By.id("partnerId"))).selectByVisibleText(partner);
        tablet.findElement(By.cssSelector("label[for='" + stance + "']")).click();
        tablet.findElement(By.cssSelector("label[for='" + confidence + "']")).click();
        if (!comment.isEmpty()) {
            Browser.type(tablet, "comment", comment);
        }
        WebElement record = tablet.findElement(By.xpath("//button[normalize-space()='Record feedback']"));
        assertThat(record.getLocation().getX() + record.getSize().getWidth()).as("the button within the screen's width")
                .isLessThanOrEqualTo(Browser.TABLET);
        record.click();
        awaitNotice("Feedback from " + partner + " is recorded");
    }

    /**
     * Waits for the projector to show {@code expected} in {@code figure}, then takes the time it changed (kept on
     * the figure by the screen's script) against when the facilitator's browser got the answer to its click.
     */
    private static void screenFollows(String what, String figure, String expected) {
        Map<?, ?> answered = (Map<?, ?>) tablet.executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                return {origin: performance.timeOrigin, answer: n.redirectEnd > 0 ? n.redirectEnd : n.responseEnd};""");
        double clicked = ((Number) answered.get("origin")).doubleValue();
        double answer = clicked + ((Number) answered.get("answer")).doubleValue();
        new WebDriverWait(projector, Duration.ofSeconds(10), Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> expected.equals(d.findElement(By.cssSelector(figure)).getText()));
        long changed = Long.parseLong(projector.findElement(By.cssSelector(figure)).getAttribute("data-changed-at"));
        fromAnswer.add(Math.round(changed - answer));
        fromClick.add(Math.round(changed - clicked));
        System.out.printf("Room screen followed %s: %d ms after the facilitator's answer, %d ms after the click%n",
                what, Math.round(changed - answer), Math.round(changed - clicked));
    }

    private static void report() {
        System.out.printf("Room screen latency from the answer (ms): %s, median %d; from the click: %s, median %d%n",
                fromAnswer, median(fromAnswer), fromClick, median(fromClick));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String tally(String hypothesisId, String stance) {
        return "[data-hypothesis='" + hypothesisId + "'] [data-stance='" + stance + "']";
    }

    private static void awaitLive() {
        waitFor(projector, d -> "live".equals(d.findElement(By.id("main-content")).getAttribute("data-live-state")));
    }

    private static void awaitNotice(String text) {
        waitFor(tablet, d -> d.findElements(By.id("notice")).stream().anyMatch(n -> n.getText().equals(text)));
    }

    private static void assertNoSidewaysScroll(String where) {
        Object sideways = tablet.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(sideways).as("no sideways scrolling on %s at %d px", where, Browser.TABLET).isEqualTo(false);
    }

    private static void visit(String url, String name) {
        tablet.get(url);
        Browser.checkPage(tablet, name);
    }

    private static void waitFor(ChromeDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
    }
}
