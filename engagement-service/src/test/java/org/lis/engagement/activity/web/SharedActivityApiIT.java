package org.lis.engagement.activity.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.FACILITATOR;
import static org.lis.support.test.TestUsers.OFFICER;

/** One activity with several partners over HTTP: recorded once, counted for each, corrected and withdrawn. */
class SharedActivityApiIT extends ApiTestBase {

    @Test
    void oneActivityWithTwoPartnersShowsOnBothAndCountsForBoth() {
        String programme = defineProgramme();
        String uni = registerPartner(unique("University of Buckingham"));
        String beis = registerPartner(unique("BEIS/DCLG research team"));
        String location = post("/api/activities", OFFICER, body(programme, List.of(uni, beis)))
                .expectStatus().isCreated().expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody().jsonPath("$.version").isEqualTo(0)
                .returnResult().getResponseHeaders().getLocation().getPath();
        String id = location.replaceAll(".*/", "");
        assertThat(location).isEqualTo("/api/activities/" + id);
        for (String user : List.of(OFFICER, FACILITATOR, BOARD)) {
            get(location, user).expectStatus().isOk().expectBody()
                    .jsonPath("$.id").isEqualTo(id)
                    .jsonPath("$.status").isEqualTo("RECORDED")
                    .jsonPath("$.partners[0].partnerId").isEqualTo(uni)
                    .jsonPath("$.partners[1].name").value(name -> assertThat((String) name).startsWith("BEIS/DCLG"));
        }
        get("/api/partners/" + uni, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.history[?(@.activityId == '" + id + "')].with[0].partnerId").isEqualTo(beis);
        get("/api/partners/" + beis, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.history[?(@.activityId == '" + id + "')].with[0].partnerId").isEqualTo(uni);
        get("/api/activities?partnerId=" + beis, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(id);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(level(programme, uni, "2018-04-30", Instant.now())).isEqualTo("ENGAGED");
            assertThat(level(programme, beis, "2018-04-30", Instant.now())).isEqualTo("ENGAGED");
        });
        assertThat(level(programme, uni, "2018-04-29", Instant.now())).isEqualTo("NONE");
    }

    @Test
    void correctionAndWithdrawalCountAsOfAndAsRecorded() {
        String programme = defineProgramme();
        String uni = registerPartner(unique("University of Buckingham"));
        String beis = registerPartner(unique("BEIS research team"));
        String dclg = registerPartner(unique("DCLG research team"));
        String id = createdId(post("/api/activities", OFFICER, body(programme, List.of(uni, beis))));
        await().atMost(Duration.ofSeconds(5)).until(() -> "ENGAGED".equals(level(programme, beis, "2018-04-30", Instant.now())));

        client.post().uri("/api/activities/" + id + "/corrections").header("Authorization", OFFICER)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("occurredOn", "2018-05-15", "partnerIds", List.of(uni, dclg),
                        "reason", "DCLG, not BEIS, and in May"))
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        await().atMost(Duration.ofSeconds(5)).until(() -> "ENGAGED".equals(level(programme, dclg, "2018-05-15", Instant.now())));
        // the activity's own read model may trail the coverage one
        await().atMost(Duration.ofSeconds(5)).until(() -> json("/api/activities/" + id).path("corrections").size() == 1);
        // events carry the service clock's time: "before the correction" is just before the one it recorded
        Instant beforeCorrection = Instant.parse(json("/api/activities/" + id).path("corrections").get(0)
                .path("at").asText()).minusMillis(1);
        assertThat(level(programme, uni, "2018-05-01", Instant.now())).isEqualTo("NONE");
        assertThat(level(programme, beis, "2018-05-20", Instant.now())).isEqualTo("NONE");
        assertThat(level(programme, beis, "2018-05-20", beforeCorrection)).isEqualTo("ENGAGED");
        assertThat(level(programme, uni, "2018-05-01", beforeCorrection)).isEqualTo("ENGAGED");
        get("/api/activities/" + id, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CORRECTED")
                .jsonPath("$.occurredOn").isEqualTo("2018-05-15")
                .jsonPath("$.original.occurredOn").isEqualTo("2018-04-30")
                .jsonPath("$.corrections[0].reason").isEqualTo("DCLG, not BEIS, and in May")
                .jsonPath("$.corrections[0].previousPartnerIds[1]").isEqualTo(beis);
        // the audit of a partner the correction took the activity from shows the original and the correction
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/audit?partnerId=" + beis, BOARD)
                .expectStatus().isOk().expectBody(String.class).value(audit -> assertThat(audit)
                        .contains("ActivityRecordedEvent").contains("activity corrected to")));

        // stale If-Match, nothing new, future date
        client.post().uri("/api/activities/" + id + "/withdrawal").header("Authorization", OFFICER)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "Stale")).exchange().expectStatus().isEqualTo(412);
        post("/api/activities/" + id + "/corrections", OFFICER, Map.of("occurredOn", "2018-05-15", "reason", "Same"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("CORRECTION_CHANGES_NOTHING");
        post("/api/activities/" + id + "/corrections", OFFICER, Map.of("occurredOn", TODAY.plusDays(1).toString(),
                "reason", "Later")).expectStatus().isEqualTo(422);
        post("/api/activities/" + id + "/corrections", OFFICER, Map.of("occurredOn", "2018-05-16"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[*].field").value(hasItem("reason"));

        post("/api/activities/" + id + "/withdrawal", OFFICER, Map.of("reason", "Entered twice"))
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        await().atMost(Duration.ofSeconds(5)).until(() -> "NONE".equals(level(programme, dclg, "2018-05-15", Instant.now())));
        assertThat(level(programme, uni, "2018-06-01", Instant.now())).isEqualTo("NONE");
        await().atMost(Duration.ofSeconds(5)).until(() -> json("/api/activities/" + id).path("withdrawal").has("at"));
        Instant beforeWithdrawal = Instant.parse(json("/api/activities/" + id).path("withdrawal").path("at").asText())
                .minusMillis(1);
        assertThat(level(programme, uni, "2018-06-01", beforeWithdrawal)).isEqualTo("ENGAGED");
        get("/api/activities/" + id, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WITHDRAWN")
                .jsonPath("$.withdrawal.reason").isEqualTo("Entered twice");
        get("/api/partners/" + dclg, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.history[?(@.activityId == '" + id + "')].status").isEqualTo("WITHDRAWN");
        get("/api/partners/" + beis, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.history[?(@.activityId == '" + id + "')].partnerRemoved").isEqualTo(true);
        post("/api/activities/" + id + "/withdrawal", OFFICER, Map.of("reason", "Again"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("ACTIVITY_WITHDRAWN");
        post("/api/activities/" + id + "/corrections", OFFICER, Map.of("summary", "x", "reason", "Again"))
                .expectStatus().isEqualTo(409);
        assertThat(eventsOf(id, "ActivityWithdrawnEvent")).isEqualTo(1);
    }

    @Test
    void badInputRecordsNothing() {
        String uni = registerPartner(unique("University of Buckingham"));
        long before = eventsMentioning("ActivityRecordedEvent");
        assertBad(with(List.of(uni, uni)), 400, "partnerIds");
        assertBad(with(List.of()), 400, "partnerIds");
        assertBad(with(null), 400, "partnerIds");
        assertBad(with(List.of(uni, "no-such-partner")), 404, "partnerIds");
        Map<String, Object> noSummary = new HashMap<>(with(List.of(uni)));
        noSummary.put("summary", "");
        assertBad(noSummary, 400, "summary");
        client.post().uri("/api/activities").header("Authorization", OFFICER).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\": ").exchange().expectStatus().isBadRequest();
        post("/api/activities", BOARD, with(List.of(uni))).expectStatus().isForbidden();
        post("/api/activities", FACILITATOR, with(List.of(uni))).expectStatus().isForbidden();
        post("/api/activities/no-such/corrections", OFFICER, Map.of("summary", "x", "reason", "y"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("ACTIVITY_NOT_FOUND");
        get("/api/activities/no-such", BOARD).expectStatus().isNotFound();
        assertThat(eventsMentioning("ActivityRecordedEvent")).isEqualTo(before);
    }

    @Test
    void aLegacyActivityCannotBeCorrected() {
        String uni = registerPartner(unique("Royal Holloway"));
        String legacy = createdId(post("/api/partners/" + uni + "/activities", OFFICER, Map.of("kind", "CALL",
                "occurredOn", "2018-04-30", "summary", "Call")));
        awaitPartnerVersion(uni, 1);
        post("/api/activities/" + legacy + "/withdrawal", OFFICER, Map.of("reason", "Old"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("ACTIVITY_PREDATES_CORRECTIONS");
    }

    private void assertBad(Map<String, Object> body, int status, String field) {
        post("/api/activities", OFFICER, body).expectStatus().isEqualTo(status)
                .expectBody().jsonPath("$.errors[*].field").value(hasItem(field));
    }

    private String level(String programme, String partnerId, String asOf, Instant recordedBy) {
        JsonNode rows = get("/api/programmes/" + programme + "/coverage/partners?size=500&asOf=" + asOf
                + "&recordedBy=" + recordedBy, BOARD).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        for (JsonNode row : rows.path("items")) {
            if (partnerId.equals(row.path("partnerId").asText())) {
                return row.path("level").asText();
            }
        }
        return "ABSENT";
    }

    private JsonNode json(String path) {
        return get(path, BOARD).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String defineProgramme() {
        return createdId(post("/api/programmes", OFFICER, Map.of("name", unique("Bucks LIS"),
                "adoptionTargetDate", "2018-12-31",
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 0,
                        "minFeedbackPerHypothesis", 0))));
    }

    private static Map<String, Object> body(String programme, List<String> partnerIds) {
        return Map.of("kind", "ROUND_TABLE", "occurredOn", "2018-04-30",
                "summary", "Round table with senior civil servants", "programmeId", programme,
                "themes", List.of("AI_AND_DATA"), "partnerIds", partnerIds);
    }

    private static Map<String, Object> with(List<String> partnerIds) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "MEETING", "occurredOn", "2018-04-30",
                "summary", "Meeting"));
        body.put("partnerIds", partnerIds);
        return body;
    }
}
