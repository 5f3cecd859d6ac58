package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The board's console as a board member meets it: the local stack with the demo data, the gateway's front door,
 * real headless Chromium. Signed in, the Buckinghamshire coverage as of 5 October 2018 is reached by links and the
 * date form alone, without typing an address or an id, and shows the API's figures; an officer is refused the
 * adoption form; signing out closes the pages again. Each page passes the WCAG 2.2 AA rules at desktop and tablet
 * widths (screenshots in target/screenshots).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardConsoleIT {

    private static final String PROGRAMME = "Buckinghamshire Local Industrial Strategy";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataFolder;

    private static RunningStack stack;
    private static ChromeDriver driver;
    private static String gateway;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        stack = LocalStack.start(TestStacks.settings(dataFolder));
        DemoData.load(stack);
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
    @Order(1)
    void aBoardMemberFindsTheCoverageAsOfADateByLinksAndTheDateFormAlone() throws Exception {
        driver.get(gateway + "/");
        assertThat(driver.getCurrentUrl()).as("the console asks who is there first").contains("/sign-in");
        Browser.checkPage(driver, "stack-sign-in");
        Browser.signIn(driver, "board");

        Browser.follow(driver, By.partialLinkText(PROGRAMME));
        Browser.checkPage(driver, "stack-programme");
        String programmeId = driver.getCurrentUrl().replaceAll(".*/programmes/", "");

        Browser.follow(driver, By.linkText("Coverage: who has been engaged"));
        Browser.typeDate(driver, "asOf", 5, 10, 2018);
        Browser.follow(driver, By.xpath("//button[normalize-space()='Show coverage']"));

        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("as of 5 October 2018"));
        JsonNode totals = api("/api/programmes/" + programmeId + "/coverage?asOf=2018-10-05").path("totals");
        assertThat(totals.path("partners").asInt()).as("the demo register").isGreaterThan(20);
        assertThat(total("engaged"))
                .startsWith(Math.round(totals.path("coverageRatio").asDouble() * 100) + "%")
                .contains(totals.path("engaged").asInt() + " of " + totals.path("partners").asInt() + " partners");
        assertThat(driver.findElement(By.id("convenor")).getText())
                .startsWith(api("/api/programmes/" + programmeId + "/coverage").path("convenor").path("name").asText())
                .contains("BTVLEP").contains("not counted");
        Browser.checkPage(driver, "stack-coverage-5-october-2018");

        Browser.signOut(driver);
        driver.get(gateway + "/programmes/" + programmeId + "/coverage");
        assertThat(driver.getCurrentUrl()).as("signed out, the pages need signing in again").contains("/sign-in");
    }

    @Test
    @Order(2)
    void anOfficerIsRefusedTheAdoptionFormAndToldSo() {
        driver.manage().deleteAllCookies();
        driver.get(gateway + "/sign-in");
        Browser.signIn(driver, "officer");
        Browser.follow(driver, By.partialLinkText(PROGRAMME));
        assertThat(driver.findElements(By.linkText("Adopt the strategy"))).as("not offered to an officer").isEmpty();

        driver.get(driver.getCurrentUrl() + "/adoption");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access");
        Browser.checkPage(driver, "stack-no-access");
        Browser.signOut(driver);
    }

    private static JsonNode api(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString("board:board".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String total(String name) {
        return driver.findElement(By.cssSelector("[data-total='" + name + "']")).getText();
    }
}
