package org.lis.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.OFFICER;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lis.support.test.RawHttpConnection;
import org.lis.support.test.RawHttpConnection.Response;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Input the engagement service must refuse, each with a problem+json 400 (or 431) naming what is
 * wrong, and nothing recorded.
 */
class BadInputIT extends ApiTestBase {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @LocalServerPort
    int port;

    @Test
    void aNulInAQueryParameterIs400NamingIt() {
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            for (String parameter : List.of("q", "district", "sector")) {
                Response refused = connection.exchange("GET", "/api/partners?" + parameter + "=a%00b", officer(), null);
                refused.assertProblem(400, parameter);
            }
            Response audit = connection.exchange("GET", "/api/audit?aggregateId=a%00b", officer(), null);
            audit.assertProblem(400, "aggregateId");
        }
    }

    @Test
    void anEncodedSlashOrNulInAnIdIs400NamingIt() {
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            connection.exchange("GET", "/api/partners/..%2f..%2factuator%2fenv", officer(), null)
                    .assertProblem(400, "partnerId");
        }
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            connection.exchange("GET", "/api/partners/a%00b", officer(), null).assertProblem(400, "partnerId");
        }
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            connection.exchange("GET", "/api/programmes/a%07b", officer(), null).assertProblem(400, "programmeId");
        }
    }

    @Test
    void jsonWithTrailingTextDuplicateFieldsOrAnotherCharsetIsRefused() {
        String name = unique("Strict JSON Ltd");
        String body = "{\"name\":\"" + name + "\",\"type\":\"BUSINESS\"}";
        postRaw(body + " garbage", MediaType.APPLICATION_JSON).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        postRaw("{\"name\":\"" + name + "\",\"name\":\"" + name + " 2\",\"type\":\"BUSINESS\"}", MediaType.APPLICATION_JSON)
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        postRaw(body, MediaType.parseMediaType("application/json;charset=utf-16")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Content-Type");
        assertThat(eventsMentioning(name)).isZero();
    }

    @Test
    void controlCharactersInSingleLineFieldsAreRefusedNamingThem() {
        String name = unique("Control Ltd");
        assertRefused("/api/partners", with(partnerBody(name), "name", name + "\u0000"), "name");
        assertRefused("/api/partners", with(partnerBody(name), "district", "Aylesbury\u0007"), "district");
        assertRefused("/api/partners", with(partnerBody(name), "name", "\u001b[31m" + name), "name");
        assertRefused("/api/partners", with(partnerBody(name), "name", name + "\nsecond line"), "name");
        assertThat(eventsMentioning(name)).isZero();

        String partnerId = registerPartner(unique("Contacted University"));
        Map<String, Object> contact = Map.of("name", "Ada\tLovelace", "role", "Dean", "email", "ada@example.org",
                "phone", "+44 1280 814080", "lawfulBasis", "CONSENT");
        assertRefused("/api/partners/" + partnerId + "/contacts", contact, "name");
        assertRefused("/api/partners/" + partnerId + "/contacts", with(contact, "name", "Ada", "role", "Dean\u0000"),
                "role");
        assertThat(eventsOf(partnerId, "ContactAddedEvent")).isZero();

        String programme = unique("Control Programme");
        Map<String, Object> phase = Map.of("code", "P\u00001", "name", "Evidence", "startsOn", "2018-06-01",
                "endsOn", "2018-07-31");
        assertRefused("/api/programmes", programmeBody(programme, phase), "phases[0].code");
        assertThat(eventsMentioning(programme)).isZero();
    }

    @Test
    void multiLineTextTakesLineBreaksButNoOtherControlCharacter() {
        String partnerId = registerPartner(unique("Activity University"));
        Map<String, Object> activity = Map.of("kind", "MEETING", "occurredOn", "2018-09-01",
                "summary", "Agreed:\n\t- a pilot\r\n\t- a steering group", "themes", List.of("AI_AND_DATA"));
        post("/api/partners/" + partnerId + "/activities", OFFICER, activity).expectStatus().isCreated();
        assertRefused("/api/partners/" + partnerId + "/activities", with(activity, "summary", "Agreed\u0000"), "summary");
        assertThat(eventsOf(partnerId, "EngagementActivityRecordedEvent")).isEqualTo(1);
    }

    @Test
    void adoptionNeedsTheBoardsDateAndAnOverrideReasonOfAtMost2000Characters() {
        String programmeId =
                createdId(post("/api/programmes", OFFICER, programmeBody(unique("Adoption Programme"), null)));
        String adoption = "/api/programmes/" + programmeId + "/adoption";

        post(adoption, BOARD, Map.of("overrideReason", "Government deadline")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("adoptedOn");
        post(adoption, BOARD, Map.of("adoptedOn", TODAY.toString(), "overrideReason", "x".repeat(60_000)))
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("overrideReason");
        post(adoption, BOARD, Map.of("adoptedOn", TODAY.toString(), "overrideReason", "Deadline\u0007"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("overrideReason");
        assertThat(eventsOf(programmeId, "ProgrammeAdoptedEvent")).isZero();
    }

    @Test
    void aHugeIdempotencyKeyAfterManyRequestsOnOneConnectionIsAnsweredAtOnce() {
        String name = unique("Keep Alive Ltd");
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            for (int i = 0; i < 70; i++) {
                assertThat(connection.exchange("GET", "/api/partners?size=1", officer(), null).status()).isEqualTo(200);
            }
            Response refused = connection.exchange("POST", "/api/partners",
                    Map.of("Authorization", OFFICER, "Content-Type", "application/json",
                            "Idempotency-Key", "k".repeat(10_000)),
                    "{\"name\":\"" + name + "\",\"type\":\"BUSINESS\"}");
            refused.assertProblem(431, null);
            assertThat(connection.closedByServer()).isTrue();
        }
        try (RawHttpConnection connection = RawHttpConnection.open(port, PROMPTLY)) {
            Response refused = connection.exchange("POST", "/api/partners",
                    Map.of("Authorization", OFFICER, "Content-Type", "application/json",
                            "Idempotency-Key", "k".repeat(300)),
                    "{\"name\":\"" + name + "\",\"type\":\"BUSINESS\"}");
            refused.assertProblem(400, "Idempotency-Key");
        }
        assertThat(eventsMentioning(name)).isZero();
    }

    private void assertRefused(String path, Map<String, Object> body, String field) {
        post(path, OFFICER, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
    }

    private WebTestClient.ResponseSpec postRaw(String body, MediaType contentType) {
        return client.post().uri("/api/partners").header("Authorization", OFFICER).contentType(contentType)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    private static Map<String, String> officer() {
        return Map.of("Authorization", OFFICER);
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    private static Map<String, Object> programmeBody(String name, Map<String, Object> phase) {
        return Map.of("name", name, "adoptionTargetDate", "2018-12-31",
                "phases", phase == null ? List.of() : List.of(phase),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1, "minFeedbackPerHypothesis", 0));
    }
}
