package org.lis.support.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.RawHttpConnection;
import org.lis.support.test.RawHttpConnection.Response;
import org.lis.support.test.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad input as it arrives over the wire, before and while a request is parsed: every refusal is
 * problem+json naming what is wrong, and records nothing.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=support-testapp")
class InputHandlingIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TICKET = "{\"title\": \"t\", \"priority\": 1, \"kind\": \"QUESTION\"}";

    private static String databases;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        databases = MongoTestServer.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aTooLargeHeaderAfterManyRequestsOnOneConnectionIsAnswered431AtOnce() {
        long events = events();
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            for (int i = 0; i < 70; i++) {
                assertThat(connection.exchange("GET", "/tickets?size=1", officer(), null).status()).isEqualTo(200);
            }
            Response refused = connection.exchange("POST", "/tickets",
                    Map.of("Authorization", TestUsers.OFFICER, "Content-Type", "application/json",
                            "Idempotency-Key", "k".repeat(10_000)), TICKET);

            assertProblem(refused, 431);
            assertThat(connection.closedByServer()).isTrue();
        }
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void anUndecodableHeaderIs400ProblemAndClosesTheConnection() {
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            assertThat(connection.exchange("GET", "/tickets", officer(), null).status()).isEqualTo(200);
            Response refused = connection.exchange("GET", "/tickets",
                    Map.of("Authorization", TestUsers.OFFICER, "X-Note", "a\u0001b"), null);

            assertProblem(refused, 400);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void aRequestTargetThatIsNoUriIs400NamingThePart() {
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            assertThat(field(assertProblem(connection.exchange("GET", "/tickets?size=%zz", officer(), null), 400)))
                    .isEqualTo("size");
        }
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            assertThat(field(assertProblem(connection.exchange("POST", "/tickets/a{b}/title", officer(), "{}"), 400)))
                    .isEqualTo("path");
        }
    }

    @Test
    void aControlCharacterInAQueryParameterIs400NamingIt() {
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            Response refused = connection.exchange("GET", "/tickets?size=1&note=a%00b", officer(), null);
            assertThat(field(assertProblem(refused, 400))).isEqualTo("note");
            refused = connection.exchange("GET", "/tickets?note=a%1Bb", officer(), null);
            assertThat(field(assertProblem(refused, 400))).isEqualTo("note");
            // the connection stays usable: the request itself was well-formed
            assertThat(connection.exchange("GET", "/tickets?size=1", officer(), null).status()).isEqualTo(200);
        }
    }

    @Test
    void aControlCharacterInAPathVariableIs400NamingIt() {
        long events = events();
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            Response bell = connection.exchange("POST", "/tickets/a%07b/title",
                    Map.of("Authorization", TestUsers.OFFICER, "Content-Type", "application/json"), "{\"title\": \"x\"}");
            assertThat(field(assertProblem(bell, 400))).isEqualTo("id");
        }
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aPathVariableTheFirewallRefusesIs400NamingIt() {
        long events = events();
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            Response nul = connection.exchange("POST", "/tickets/a%00b/title", json(), "{\"title\": \"x\"}");
            assertThat(field(assertProblem(nul, 400))).isEqualTo("id");
            Response traversal = connection.exchange("POST", "/tickets/..%2f..%2factuator%2fenv/title", json(),
                    "{\"title\": \"x\"}");
            assertThat(field(assertProblem(traversal, 400))).isEqualTo("id");
        }
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            assertThat(field(assertProblem(connection.exchange("GET", "/nowhere/%2e%2e", officer(), null), 400)))
                    .isEqualTo("path");
        }
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void jsonIsOneValueWithEachFieldOnceInUtf8() {
        long events = events();
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            Response trailing = connection.exchange("POST", "/tickets", json(), TICKET + " garbage");
            assertThat(field(assertProblem(trailing, 400))).isEqualTo("body");
            Response trailingValue = connection.exchange("POST", "/tickets", json(), TICKET + " {}");
            assertThat(field(assertProblem(trailingValue, 400))).isEqualTo("body");
            Response duplicate = connection.exchange("POST", "/tickets", json(),
                    "{\"title\": \"t\", \"priority\": 1, \"title\": \"u\", \"kind\": \"QUESTION\"}");
            assertThat(field(assertProblem(duplicate, 400))).isEqualTo("title");
            Response utf16 = connection.exchange("POST", "/tickets",
                    Map.of("Authorization", TestUsers.OFFICER, "Content-Type", "application/json;charset=utf-16"), TICKET);
            assertThat(field(assertProblem(utf16, 400))).isEqualTo("Content-Type");
            Response latin1 = connection.exchange("POST", "/tickets",
                    Map.of("Authorization", TestUsers.OFFICER, "Content-Type", "application/json; charset=\"ISO-8859-1\""),
                    TICKET);
            assertThat(field(assertProblem(latin1, 400))).isEqualTo("Content-Type");

            Response utf8 = connection.exchange("POST", "/tickets",
                    Map.of("Authorization", TestUsers.OFFICER, "Content-Type", "application/json;charset=UTF-8"), TICKET);
            assertThat(utf8.status()).isEqualTo(201);
        }
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void aControlCharacterInASingleLineFieldIs400NamingIt() {
        long events = events();
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            for (String title : new String[] {"a\\u0000b", "a\\u0007b", "a\\u001b[31mb", "a\\tb", "a\\nb", "a\\u0085b"}) {
                Response refused = connection.exchange("POST", "/tickets", json(),
                        "{\"title\": \"" + title + "\", \"priority\": 1, \"kind\": \"QUESTION\"}");
                assertThat(field(assertProblem(refused, 400))).as(title).isEqualTo("title");
            }
        }
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void anIdempotencyKeyOverItsLimitOrNotPrintableIs400NamingTheHeader() {
        long events = events();
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            Response refused = connection.exchange("POST", "/tickets",
                    Map.of("Authorization", TestUsers.OFFICER, "Content-Type", "application/json",
                            "Idempotency-Key", "k".repeat(256)), TICKET);
            assertThat(field(assertProblem(refused, 400))).isEqualTo("Idempotency-Key");
            refused = connection.exchange("POST", "/tickets", Map.of("Authorization", TestUsers.OFFICER,
                    "Content-Type", "application/json", "Idempotency-Key", "tab\tbed"), TICKET);
            assertThat(field(assertProblem(refused, 400))).isEqualTo("Idempotency-Key");
        }
        assertThat(events()).isEqualTo(events);
    }

    private static JsonNode assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = read(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("type").asText()).isNotBlank();
        return problem;
    }

    private static String field(JsonNode problem) {
        return problem.path("errors").path(0).path("field").asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> officer() {
        return Map.of("Authorization", TestUsers.OFFICER);
    }

    private static Map<String, String> json() {
        return Map.of("Authorization", TestUsers.OFFICER, "Content-Type", "application/json");
    }

    private static long events() {
        try (MongoClient mongo = MongoClients.create(MongoTestServer.uri())) {
            return mongo.getDatabase(MongoTestServer.eventDatabase(databases)).getCollection("domainevents")
                    .countDocuments(new Document());
        }
    }
}
