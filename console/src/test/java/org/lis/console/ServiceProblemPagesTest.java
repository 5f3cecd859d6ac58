package org.lis.console;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.ConsoleHost;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem+json answers from a stubbed engagement service, as the board sees them: in words on the page, with the
 * service's detail, never a stack trace; the adoption refusal beside the reason field.
 */
@SpringBootTest(classes = ConsoleHost.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=console-host")
class ServiceProblemPagesTest {

    private static final Map<String, String[]> ANSWERS = new ConcurrentHashMap<>();
    private static final HttpServer STUB = stub();

    @LocalServerPort
    int port;
    private WebTestClient client;

    @DynamicPropertySource
    static void engagement(DynamicPropertyRegistry registry) {
        registry.add("lis.console.engagement-url", () -> "http://localhost:" + STUB.getAddress().getPort());
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        ANSWERS.clear();
    }

    @AfterAll
    static void stop() {
        STUB.stop(0);
    }

    @Test
    void aServiceFailureIsAPageInWords() {
        answer("/api/programmes", 503, """
                {"type":"about:blank","title":"Service Unavailable","status":503,
                 "detail":"The database cannot be reached; try again in a minute"}""");

        String page = PageSession.signIn(client, "board").get("/programmes").expectStatus().isEqualTo(502)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Sorry, there is a problem", "govuk-error-summary",
                "The database cannot be reached; try again in a minute").doesNotContain("Exception");
    }

    @Test
    void theServicesRefusalOfAnAdoptionIsShownByTheReasonField() {
        answer("/api/programmes/p-1", 200, """
                {"id":"p-1","name":"Bucks LIS","adoptionTargetDate":"2019-03-29","phases":[],"readiness":{},
                 "adopted":false,"adoptedOn":null,"overrideReason":null,"failedChecks":[],"version":1}""");
        answer("/api/programmes/p-1/readiness", 200, """
                {"ready":false,"adoptionTargetDate":"2019-03-29",
                 "checks":[{"name":"keyPartnersEngaged","passed":false,"detail":"1 key partner not engaged: Bucks Council"}]}""");
        answer("/api/programmes/p-1/adoption", 409, """
                {"type":"about:blank","title":"Conflict","status":409,
                 "detail":"Readiness checks failed: keyPartnersEngaged; adopting anyway needs an overrideReason"}""");
        PageSession board = PageSession.signIn(client, "board");
        String form = board.html("/programmes/p-1/adoption");
        assertThat(form).contains("1 key partner not engaged: Bucks Council");

        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("adoptedOn-day", "29");
        data.add("adoptedOn-month", "3");
        data.add("adoptedOn-year", "2019");
        data.add("overrideReason", "");
        String refused = board.post("/programmes/p-1/adoption", form, data).expectStatus().isEqualTo(409)
                .expectBody(String.class).returnResult().getResponseBody();

        int field = refused.indexOf("id=\"overrideReason-error\"");
        assertThat(field).isPositive();
        assertThat(refused.substring(field)).contains("adopting anyway needs an overrideReason");
        assertThat(refused).contains("There is a problem");
    }

    private static void answer(String path, int status, String json) {
        ANSWERS.put(path, new String[]{String.valueOf(status), json});
    }

    private static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                String[] answer = ANSWERS.getOrDefault(exchange.getRequestURI().getPath(),
                        new String[]{"404", "{\"title\":\"Not Found\",\"status\":404}"});
                int status = Integer.parseInt(answer[0]);
                byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        status < 300 ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
