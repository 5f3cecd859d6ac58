package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.created;
import static org.lis.localstack.StackHttp.expect;
import static org.lis.localstack.StackHttp.post;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.support.test.Browser;
import org.lis.support.test.RawHttpConnection;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The room screen through the front door, as it runs in production: a facilitator signed in with the gateway's
 * form opens today's workshop's screen, whose script follows {@code /api/workshops/{id}/live} on the gateway with
 * the session cookie (the gateway relays a token to the workshop service), and a check-in shows on it with no
 * reload. The stack then stops with the screen still open, without waiting out the graceful shutdown's 30 s for
 * the stream, nor for a kept-alive connection on which someone signed in and went on.
 */
class RoomScreenStackIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dataFolder;

    @Test
    void aCheckInReachesTheRoomScreenThroughTheFrontDoor() throws Exception {
        ChromeDriver driver = Browser.start();
        RunningStack stack = null;
        try {
            stack = LocalStack.start(TestStacks.settings(dataFolder));
            URI gateway = stack.gatewayBase();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            String programme = created(post(gateway, "/api/programmes", "officer", Map.of(
                    "name", "Vale Local Industrial Strategy", "adoptionTargetDate", today.plusDays(200).toString(),
                    "phases", List.of(Map.of("code", "P2", "name", "Engagement",
                            "startsOn", today.minusDays(30).toString(), "endsOn", today.plusDays(30).toString(),
                            "milestones", List.of())),
                    "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                            "minFeedbackPerHypothesis", 0))));
            String partner = created(post(gateway, "/api/partners", "officer", Map.of("name", "Silverstone Park",
                    "type", "BUSINESS", "sectors", List.of("high-performance-engineering"),
                    "themes", List.of("MOBILITY"), "district", "Aylesbury Vale", "keyPartner", true)));
            String workshop = created(post(gateway, "/api/workshops", "officer", Map.of("programmeId", programme,
                    "phaseCode", "P2", "title", "Future of mobility workshop", "themes", List.of("MOBILITY"),
                    "startsAt", now.toString(), "endsAt", now.plus(Duration.ofHours(3)).toString(),
                    "venue", "Silverstone", "capacity", 30, "facilitator", "LIS consultants",
                    "hypothesisIds", List.of())));

            driver.get(gateway.resolve("/sign-in").toString());
            Browser.signIn(driver, "facilitator");
            driver.get(gateway.resolve("/workshops/" + workshop + "/screen").toString());
            awaitScreen(driver, "live", "0");

            var answer = post(gateway, "/api/workshops/" + workshop + "/attendance", "facilitator",
                    Map.of("partnerId", partner, "walkIn", true));
            expect(200, answer);
            assertThat(body(answer).path("version").asLong()).isPositive();
            awaitScreen(driver, "live", "1");
            Browser.checkPage(driver, "stack-room-screen");

            try (RawHttpConnection keptAlive = signedInOverAndOver(gateway)) {
                long stopping = System.nanoTime();
                try (StopDiagnosis diagnosis = StopDiagnosis.after(Duration.ofSeconds(10), stack)) {
                    stack.close();
                    Duration took = Duration.ofNanos(System.nanoTime() - stopping);
                    assertThat(took).as(() -> "the stop with a screen open; 10 s into it: " + diagnosis.report())
                            .isLessThan(Duration.ofSeconds(15));
                }
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
            driver.quit();
        }
    }

    /**
     * A connection to the gateway kept alive across sign-ins, each followed by a page: Reactor Netty can leave one of
     * those requests counted as in progress on the connection (it did within 30 rounds in each of four runs), which
     * held the graceful shutdown for its 30 s until the gateway closed kept-alive connections as it began to stop.
     */
    private static RawHttpConnection signedInOverAndOver(URI gateway) {
        RawHttpConnection connection = RawHttpConnection.open(gateway.getPort(), Duration.ofSeconds(10));
        for (int round = 0; round < 30; round++) {
            RawHttpConnection.Response page = connection.exchange("GET", "/sign-in", Map.of(), null);
            String cookie = page.header("set-cookie").split(";")[0];
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
            RawHttpConnection.Response signedIn = connection.exchange("POST", "/sign-in",
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie),
                    "username=officer&password=officer&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
            assertThat(signedIn.status()).isEqualTo(302);
            String session = signedIn.header("set-cookie") == null ? cookie : signedIn.header("set-cookie").split(";")[0];
            assertThat(connection.exchange("GET", "/", Map.of("Cookie", session), null).status()).isEqualTo(200);
        }
        return connection;
    }

    private static void awaitScreen(ChromeDriver driver, String state, String checkedIn) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> state.equals(d.findElement(By.id("main-content")).getAttribute("data-live-state"))
                        && checkedIn.equals(d.findElement(By.id("attendance-count")).getText()));
    }
}
