package org.lis.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.RawHttpConnection;
import org.lis.support.test.RawHttpConnection.Response;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Input the workshop service must refuse, each with a problem+json 400 (or 431) naming what is
 * wrong, and nothing recorded.
 */
class BadInputIT extends ApiTestBase {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @LocalServerPort
    int port;
    @Autowired
    MongoClient mongo;
    @Value("${lis.mongodb.event-database}")
    String eventDatabase;

    @Test
    void aNulInAnIdOrQueryParameterIs400NamingIt() {
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            connection.exchange("GET", "/api/workshops/a%00b", board(), null).assertProblem(400, "workshopId");
        }
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            connection.exchange("GET", "/api/workshops?phaseCode=a%00b", board(), null).assertProblem(400, "phaseCode");
            connection.exchange("GET", "/api/hypotheses?programmeId=a%00b", board(), null).assertProblem(400,
                    "programmeId");
            connection.exchange("GET", "/api/hypotheses/a%1bb", board(), null).assertProblem(400, "hypothesisId");
        }
    }

    @Test
    void controlCharactersInSingleLineFieldsOfAWorkshopAreRefusedNamingThem() {
        String programmeId = programme();
        String title = "Workshop " + UUID.randomUUID();
        for (String field : List.of("title", "venue", "facilitator", "phaseCode", "programmeId")) {
            Map<String, Object> body = workshopBody(programmeId, 10, List.of());
            body.put("title", title);
            body.put(field, body.get(field) + "\u0007");
            assertRefused("/api/workshops", body, field);
        }
        Map<String, Object> body = workshopBody(programmeId, 10, List.of());
        body.put("title", title + "\nsecond line");
        assertRefused("/api/workshops", body, "title");
        body.put("title", title);
        body.put("hypothesisIds", List.of("h\u0000"));
        assertRefused("/api/workshops", body, "hypothesisIds[0]");
        assertThat(eventsMentioning(title)).isZero();
    }

    @Test
    void multiLineTextTakesLineBreaksButNoOtherControlCharacter() {
        String programmeId = programme();
        String title = "Hypothesis " + UUID.randomUUID();
        Map<String, Object> hypothesis = Map.of("programmeId", programmeId, "title", title,
                "statement", "Buckingham can anchor\n\tan AI research centre", "themes", List.of("AI_AND_DATA"),
                "sectors", List.of("ai-research"));
        assertRefused("/api/hypotheses", with(hypothesis, "statement", "An AI centre\u0000"), "statement");
        assertRefused("/api/hypotheses", with(hypothesis, "title", title + "\u001b[2J"), "title");
        assertThat(eventsMentioning(title)).isZero();
        post("/api/hypotheses", TestUsers.FACILITATOR, hypothesis).expectStatus().isCreated();

        String workshopId = workshop(programmeId, 10, List.of());
        long events = eventsMentioning(workshopId);
        assertRefused("/api/workshops/" + workshopId + "/cancel", Map.of("reason", "Flooded\u0000"), "reason");
        assertThat(eventsMentioning(workshopId)).isEqualTo(events);
        post("/api/workshops/" + workshopId + "/cancel", TestUsers.OFFICER, Map.of("reason", "Flooded:\r\nmoved online"))
                .expectStatus().isOk();
        assertThat(eventsMentioning(workshopId)).isEqualTo(events + 1);
    }

    @Test
    void feedbackCommentsAndIdsAreCheckedBeforeAnythingIsLookedUp() {
        OpenWorkshop workshop = openWorkshop(10);
        String partnerId = partner(PartnerType.UNIVERSITY);
        long events = eventsMentioning(workshop.id());
        Map<String, Object> feedback = Map.of("hypothesisId", workshop.hypothesisId(), "partnerId", partnerId,
                "stance", "SUPPORT", "confidence", 4, "comment", "Yes\u0007", "writtenSubmission", true);
        post(workshop.path("/feedback"), TestUsers.FACILITATOR, feedback).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        post(workshop.path("/invitations"), TestUsers.OFFICER, Map.of("partnerId", "p".repeat(101)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("partnerId");
        assertThat(eventsMentioning(workshop.id())).isEqualTo(events);
    }

    @Test
    void jsonWithTrailingTextDuplicateFieldsOrAnotherCharsetIsRefused() {
        String programmeId = programme();
        String title = "Strict " + UUID.randomUUID();
        String body = "{\"programmeId\":\"" + programmeId + "\",\"title\":\"" + title + "\",\"statement\":\"s\"}";
        postRaw(body + " garbage", MediaType.APPLICATION_JSON).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        postRaw(body.replace("\"statement\"", "\"title\":\"other\",\"statement\""), MediaType.APPLICATION_JSON)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("title");
        postRaw(body, MediaType.parseMediaType("application/json;charset=utf-16")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Content-Type");
        assertThat(eventsMentioning(title)).isZero();
    }

    @Test
    void aHugeIdempotencyKeyAfterManyRequestsOnOneConnectionIsAnsweredAtOnce() {
        String programmeId = programme();
        String title = "Keep alive " + UUID.randomUUID();
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            for (int i = 0; i < 70; i++) {
                assertThat(connection.exchange("GET", "/api/workshops?size=1", board(), null).status()).isEqualTo(200);
            }
            Response refused = connection.exchange("POST", "/api/hypotheses",
                    Map.of(HttpHeaders.AUTHORIZATION, TestUsers.FACILITATOR, HttpHeaders.CONTENT_TYPE, "application/json",
                            "Idempotency-Key", "k".repeat(10_000)),
                    "{\"programmeId\":\"" + programmeId + "\",\"title\":\"" + title + "\",\"statement\":\"s\"}");
            refused.assertProblem(431, null);
            assertThat(connection.closedByServer()).isTrue();
        }
        assertThat(eventsMentioning(title)).isZero();
    }

    private void assertRefused(String path, Map<String, Object> body, String field) {
        String user = path.startsWith("/api/hypotheses") ? TestUsers.FACILITATOR : TestUsers.OFFICER;
        post(path, user, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
    }

    private WebTestClient.ResponseSpec postRaw(String body, MediaType contentType) {
        return client().post().uri("/api/hypotheses").header(HttpHeaders.AUTHORIZATION, TestUsers.FACILITATOR)
                .contentType(contentType).bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    /** Events whose stored form mentions {@code text} anywhere (payload or metadata), whatever the layout. */
    private long eventsMentioning(String text) {
        long count = 0;
        for (Document event : mongo.getDatabase(eventDatabase).getCollection("domainevents").find()) {
            if (event.toJson().contains(text)) {
                count++;
            }
        }
        return count;
    }

    private static Map<String, String> board() {
        return Map.of(HttpHeaders.AUTHORIZATION, TestUsers.BOARD);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
