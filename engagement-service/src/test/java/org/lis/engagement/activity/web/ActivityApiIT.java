package org.lis.engagement.activity.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.FACILITATOR;
import static org.lis.support.test.TestUsers.OFFICER;

class ActivityApiIT extends ApiTestBase {

    @Test
    void officerRecordsActivityAndThePartnerIsEngaged() {
        String partnerId = registerPartner(unique("University of Buckingham"));
        get("/api/partners/" + partnerId, BOARD).expectBody().jsonPath("$.engagementLevel").isEqualTo("NONE");
        String activityId = post(path(partnerId), OFFICER, activityBody())
                .expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.id").value(id -> assertThat(id).isNotEqualTo(partnerId))
                .returnResult().getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
        awaitPartnerVersion(partnerId, 1);
        // the level may come from another read model (coverage), which follows the events on its own
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/partners/" + partnerId, BOARD)
                .expectBody().jsonPath("$.engagementLevel").isEqualTo("ENGAGED"));
        get("/api/partners/" + partnerId, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.history[0].kind").isEqualTo("ACTIVITY")
                .jsonPath("$.history[0].activityId").isEqualTo(activityId)
                .jsonPath("$.history[0].activityKind").isEqualTo("ROUND_TABLE")
                .jsonPath("$.history[0].on").isEqualTo("2018-04-30")
                .jsonPath("$.history[0].summary").isEqualTo("Round table with senior civil servants")
                .jsonPath("$.history[0].programmeId").isEqualTo(programme())
                .jsonPath("$.history[0].themes[0]").isEqualTo("AI_AND_DATA");
    }

    @Test
    void locationOfANewActivityCanBeRead() {
        String partnerId = registerPartner(unique("Royal Holloway"));
        String location = post(path(partnerId), OFFICER, activityBody()).expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getLocation().getPath();
        String activityId = location.replaceAll(".*/", "");
        awaitPartnerVersion(partnerId, 1);
        for (String user : List.of(OFFICER, FACILITATOR, BOARD)) {
            get(location, user).expectStatus().isOk().expectBody()
                    .jsonPath("$.id").isEqualTo(activityId)
                    .jsonPath("$.partnerId").isEqualTo(partnerId)
                    .jsonPath("$.kind").isEqualTo("ROUND_TABLE")
                    .jsonPath("$.occurredOn").isEqualTo("2018-04-30")
                    .jsonPath("$.summary").isEqualTo("Round table with senior civil servants")
                    .jsonPath("$.themes[0]").isEqualTo("AI_AND_DATA");
        }
        get(path(partnerId) + "/no-such-activity", BOARD).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("ACTIVITY_NOT_FOUND");
        get(path("no-such-partner") + "/" + activityId, BOARD).expectStatus().isNotFound();
    }

    @Test
    void activityForAnUnknownProgrammeIsNotFound() {
        String partnerId = registerPartner(unique("Brunel University"));
        post(path(partnerId), OFFICER, with("programmeId", "00000000-0000-0000-0000-000000000000"))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PROGRAMME_NOT_FOUND")
                .jsonPath("$.detail").value(containsString("00000000-0000-0000-0000-000000000000"))
                .jsonPath("$.errors[0].field").isEqualTo("programmeId");
        // another aggregate's id is no programme either
        post(path(partnerId), OFFICER, with("programmeId", partnerId)).expectStatus().isNotFound();
        assertThat(eventsOf(partnerId, "EngagementActivityRecordedEvent")).isZero();
    }

    /** A programme the read model does not show yet (defined a moment ago) is found in the event store. */
    @Test
    void activityForAProgrammeJustDefinedIsRecorded() {
        String partnerId = registerPartner(unique("Oxfordshire LEP"));
        String fresh = defineProgramme();
        await().atMost(Duration.ofSeconds(5)).until(() -> serviceDatabase().getCollection("programmes")
                .countDocuments(com.mongodb.client.model.Filters.eq("_id", fresh)) == 1);
        // hide it from the read model for the request, then put it back as it was for the other tests
        var programmes = serviceDatabase().getCollection("programmes");
        org.bson.Document shown = programmes.findOneAndDelete(com.mongodb.client.model.Filters.eq("_id", fresh));
        try {
            post(path(partnerId), OFFICER, with("programmeId", fresh)).expectStatus().isCreated();
        } finally {
            programmes.insertOne(shown);
        }
    }

    @Test
    void activityWithInvalidFieldsIsRefusedNamingThem() {
        String partnerId = registerPartner(unique("Brunel University"));
        assertInvalid(partnerId, with("kind", null), "kind");
        assertInvalid(partnerId, with("kind", "PARTY"), "kind");
        assertInvalid(partnerId, with("occurredOn", null), "occurredOn");
        assertInvalid(partnerId, with("occurredOn", "30 April"), "occurredOn");
        assertInvalid(partnerId, with("summary", ""), "summary");
        assertInvalid(partnerId, with("themes", List.of("WEATHER")), "themes[0]");
        assertInvalid(partnerId, with("programmeId", "  "), "programmeId");
        assertThat(eventsOf(partnerId, "EngagementActivityRecordedEvent")).isZero();
    }

    @Test
    void activityInTheFutureIsRefused() {
        String partnerId = registerPartner(unique("Steering group"));
        post(path(partnerId), OFFICER, with("occurredOn", TODAY.plusDays(1).toString()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("INVALID_ACTIVITY")
                .jsonPath("$.detail").value(containsString("occurredOn"))
                .jsonPath("$.errors[0].field").isEqualTo("occurredOn");
        post(path(partnerId), OFFICER, with("occurredOn", TODAY.toString())).expectStatus().isCreated();
    }

    @Test
    void activityOnUnknownPartnerIsNotFound() {
        post(path("no-such-partner"), OFFICER, activityBody()).expectStatus().isNotFound();
    }

    @Test
    void onlyOfficersRecordActivities() {
        String partnerId = registerPartner(unique("UK Space Agency"));
        post(path(partnerId), BOARD, activityBody()).expectStatus().isForbidden();
        post(path(partnerId), FACILITATOR, activityBody()).expectStatus().isForbidden();
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String partnerId = registerPartner(unique("Silverstone"));
        post(path(partnerId), OFFICER, activityBody()).expectStatus().isCreated();
        client.post().uri(path(partnerId)).header("Authorization", OFFICER).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(activityBody()).exchange()
                .expectStatus().isEqualTo(412);
        client.post().uri(path(partnerId)).header("Authorization", OFFICER).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(activityBody()).exchange()
                .expectStatus().isCreated();
        assertThat(eventsOf(partnerId, "EngagementActivityRecordedEvent")).isEqualTo(2);
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstResponseAndRecordsOnce() {
        String partnerId = registerPartner(unique("Royal Holloway"));
        String key = UUID.randomUUID().toString();
        String first = idempotent(partnerId, key);
        String second = idempotent(partnerId, key);
        assertThat(second).isEqualTo(first);
        assertThat(eventsOf(partnerId, "EngagementActivityRecordedEvent")).isEqualTo(1);
    }

    private String idempotent(String partnerId, String key) {
        return client.post().uri(path(partnerId)).header("Authorization", OFFICER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(activityBody()).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
    }

    private void assertInvalid(String partnerId, Map<String, Object> body, String field) {
        post(path(partnerId), OFFICER, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(hasItem(field));
    }

    /** One programme for the activities of this class, defined on first use. */
    private static String programme;

    private String programme() {
        if (programme == null) {
            programme = defineProgramme();
        }
        return programme;
    }

    private String defineProgramme() {
        return createdId(post("/api/programmes", OFFICER, Map.of("name", unique("Bucks LIS"),
                "adoptionTargetDate", "2018-12-31",
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 0,
                        "minFeedbackPerHypothesis", 0))));
    }

    private static String path(String partnerId) {
        return "/api/partners/" + partnerId + "/activities";
    }

    private Map<String, Object> activityBody() {
        return Map.of("kind", "ROUND_TABLE", "occurredOn", "2018-04-30",
                "summary", "Round table with senior civil servants", "programmeId", programme(),
                "themes", List.of("AI_AND_DATA"));
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(activityBody());
        body.put(field, value);
        return body;
    }
}
