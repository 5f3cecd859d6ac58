package org.lis.engagement.partner.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.lis.support.test.TestUsers;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.FACILITATOR;
import static org.lis.support.test.TestUsers.OFFICER;

class PartnerApiIT extends ApiTestBase {

    @Test
    void officerRegistersPartnerAndEveryRoleReadsIt() {
        String name = unique("University of Buckingham");
        String id = createdId(post("/api/partners", OFFICER, partnerBody(name)), "/api/partners/[0-9a-f-]{36}", 0);
        awaitPartnerVersion(id, 0);
        assertThat(eventDatabase().getCollection("domainevents")
                .find(com.mongodb.client.model.Filters.eq("aggregateIdentifier", id)).first().toJson())
                .as("the acting user recorded with the event").containsPattern("actor\\W+officer");

        for (String user : List.of(OFFICER, FACILITATOR, BOARD)) {
            get("/api/partners/" + id, user).expectStatus().isOk()
                    .expectHeader().valueEquals("ETag", "\"0\"")
                    .expectBody()
                    .jsonPath("$.name").isEqualTo(name)
                    .jsonPath("$.type").isEqualTo("UNIVERSITY")
                    .jsonPath("$.sectors[1]").isEqualTo("life-sciences")
                    .jsonPath("$.themes[0]").isEqualTo("AI_AND_DATA")
                    .jsonPath("$.district").isEqualTo("Aylesbury Vale")
                    .jsonPath("$.keyPartner").isEqualTo(true)
                    .jsonPath("$.effectiveOn").isEqualTo(TODAY.toString())
                    .jsonPath("$.engagementLevel").isEqualTo("NONE")
                    .jsonPath("$.history[0].kind").isEqualTo("REGISTERED");
        }
    }

    @Test
    void listFiltersAndPages() {
        String tag = unique("Filter").replace(" ", "-").toLowerCase();
        String space = registerWith(unique("Space Agency " + tag), "CENTRAL_GOVERNMENT", List.of("space", tag),
                List.of("MOBILITY"), "National", false);
        String airport = registerWith(unique("Airports Lab " + tag), "RESEARCH_ORGANISATION", List.of("aviation", tag),
                List.of("CLEAN_GROWTH"), "Wycombe", true);
        awaitPartnerVersion(space, 0);
        awaitPartnerVersion(airport, 0);

        get("/api/partners?sector=" + tag, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(2).jsonPath("$.page").isEqualTo(0).jsonPath("$.size").isEqualTo(50);
        get("/api/partners?sector=" + tag + "&type=CENTRAL_GOVERNMENT", BOARD).expectBody()
                .jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(space);
        get("/api/partners?sector=" + tag + "&theme=CLEAN_GROWTH", BOARD).expectBody()
                .jsonPath("$.items[0].id").isEqualTo(airport).jsonPath("$.total").isEqualTo(1);
        get("/api/partners?sector=" + tag + "&district=wycombe", FACILITATOR).expectBody()
                .jsonPath("$.items[0].id").isEqualTo(airport).jsonPath("$.total").isEqualTo(1);
        get("/api/partners?sector=" + tag + "&keyPartner=false", OFFICER).expectBody()
                .jsonPath("$.items[0].id").isEqualTo(space).jsonPath("$.total").isEqualTo(1);
        get("/api/partners?q=AIRPORTS lab " + tag.toUpperCase(), OFFICER).expectBody()
                .jsonPath("$.items[0].id").isEqualTo(airport).jsonPath("$.total").isEqualTo(1);
        get("/api/partners?sector=" + tag + "&page=1&size=1", OFFICER).expectBody()
                .jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.page").isEqualTo(1).jsonPath("$.size").isEqualTo(1);
    }

    /** page * size is past what the database skips by: the page is empty, not the first one again. */
    @Test
    void pageFarBeyondTheEndIsEmpty() {
        registerPartner(unique("Far Page Partner"));
        get("/api/partners?page=5000000&size=500", BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.items").isEmpty().jsonPath("$.page").isEqualTo(5000000)
                .jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isPositive());
    }

    @Test
    void listRefusesBadPagingAndUnknownEnums() {
        get("/api/partners?size=501", OFFICER).expectStatus().isBadRequest();
        get("/api/partners?page=-1", OFFICER).expectStatus().isBadRequest();
        get("/api/partners?type=PUB", OFFICER).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
    }

    @Test
    void registrationRefusesInvalidFieldsNamingThem() {
        assertInvalid(with("name", "  "), "name");
        assertInvalid(without("type"), "type");
        assertInvalid(with("type", "PUB"), "type");
        assertInvalid(with("sectors", List.of("Creative Industries")), "sectors[0]");
        assertInvalid(with("themes", List.of("WEATHER")), "themes[0]");
        assertInvalid(with("keyPartner", "maybe"), "keyPartner");
    }

    @Test
    void onlyOfficersRegisterAndUpdate() {
        post("/api/partners", BOARD, partnerBody(unique("Board Partner"))).expectStatus().isForbidden();
        post("/api/partners", FACILITATOR, partnerBody(unique("Facilitator Partner"))).expectStatus().isForbidden();
        client.post().uri("/api/partners").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(partnerBody(unique("Anonymous"))).exchange().expectStatus().isUnauthorized();
        String id = registerPartner(unique("Guarded"));
        client.put().uri("/api/partners/" + id).header("Authorization", BOARD).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(partnerBody("Renamed by board")).exchange().expectStatus().isForbidden();
    }

    @Test
    void duplicateNameIgnoringCaseAndSpacingIsConflict() {
        String name = unique("Royal Holloway Story Futures");
        registerPartner(name);
        post("/api/partners", OFFICER, partnerBody("  " + name.toUpperCase().replace(" ", "   ") + " "))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("DUPLICATE_PARTNER_NAME");
    }

    @Test
    void twentyConcurrentRegistrationsOfOneNameMakeExactlyOnePartner() throws Exception {
        String name = unique("Silverstone Technology Cluster");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> post("/api/partners", OFFICER, partnerBody(name)).returnResult(String.class)
                        .getStatus().value());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsMentioning(name)).isEqualTo(1);
    }

    @Test
    void updateChangesProfileFromADateAndKeepsHistory() {
        String id = registerPartner(unique("Brunel University"));
        String newName = unique("Brunel University London");
        Map<String, Object> body = new HashMap<>(partnerBody(newName));
        body.put("type", "RESEARCH_ORGANISATION");
        body.put("effectiveOn", "2018-10-01");
        client.put().uri("/api/partners/" + id).header("Authorization", OFFICER).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.version").isEqualTo(1);
        awaitPartnerVersion(id, 1);
        get("/api/partners/" + id, OFFICER).expectBody()
                .jsonPath("$.name").isEqualTo(newName)
                .jsonPath("$.type").isEqualTo("RESEARCH_ORGANISATION")
                .jsonPath("$.effectiveOn").isEqualTo("2018-10-01")
                .jsonPath("$.history[1].kind").isEqualTo("PROFILE_UPDATED")
                .jsonPath("$.history[1].on").isEqualTo("2018-10-01")
                .jsonPath("$.classifications[0].type").isEqualTo("UNIVERSITY")
                .jsonPath("$.classifications[1].type").isEqualTo("RESEARCH_ORGANISATION");
    }

    @Test
    void updateWithoutEffectiveDateTakesToday() {
        String id = registerPartner(unique("Oxfordshire LEP"));
        client.put().uri("/api/partners/" + id).header("Authorization", OFFICER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(partnerBody(unique("OxLEP"))).exchange()
                .expectStatus().isOk();
        awaitPartnerVersion(id, 1);
        get("/api/partners/" + id, OFFICER).expectBody().jsonPath("$.effectiveOn").isEqualTo(TODAY.toString());
    }

    @Test
    void renameFreesTheOldNameAndCannotTakeAnothersName() {
        String oldName = unique("Aylesbury Vale District Council");
        String taken = unique("Buckinghamshire County Council");
        String id = registerPartner(oldName);
        registerPartner(taken);
        put(id, partnerBody(taken)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("DUPLICATE_PARTNER_NAME");
        put(id, partnerBody(oldName.toLowerCase())).expectStatus().isOk();
        put(id, partnerBody(unique("AVDC"))).expectStatus().isOk();
        awaitPartnerVersion(id, 2);
        org.awaitility.Awaitility.await().untilAsserted(() ->
                post("/api/partners", OFFICER, partnerBody(oldName)).expectStatus().isCreated());
    }

    @Test
    void identicalPutRecordsNothingAndAnswersTheCurrentVersion() {
        String id = registerPartner(unique("Bucks Business First"));
        Map<String, Object> body = new HashMap<>(partnerBody(unique("Bucks Business First Ltd")));
        body.put("effectiveOn", "2018-09-01");
        put(id, body).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        put(id, body).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.version").isEqualTo(1);
        client.put().uri("/api/partners/" + id).header("Authorization", OFFICER).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        assertThat(eventsOf(id, "PartnerUpdatedEvent")).isEqualTo(1);
        awaitPartnerVersion(id, 1);
        get("/api/partners/" + id, OFFICER).expectBody().jsonPath("$.classifications.length()").isEqualTo(2);
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String id = registerPartner(unique("BEIS research team"));
        put(id, partnerBody(unique("BEIS"))).expectStatus().isOk();
        client.put().uri("/api/partners/" + id).header("Authorization", OFFICER).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(partnerBody(unique("DCLG"))).exchange()
                .expectStatus().isEqualTo(412);
        assertThat(eventsOf(id, "PartnerUpdatedEvent")).isEqualTo(1);
    }

    /** Programmes (and the workshop service's aggregates) share the event store: their ids are no partner's. */
    @Test
    void anotherAggregatesIdIsNoPartnerAndTakesNoPartnerEvents() {
        String programmeId = createdId(post("/api/programmes", OFFICER, Map.of("name", unique("LIS"),
                "adoptionTargetDate", "2018-12-31", "readiness", Map.of("keyPartnersEngaged", true,
                        "minEngagedPerTheme", 0, "minFeedbackPerHypothesis", 0))));
        String name = unique("Not a partner");
        client.put().uri("/api/partners/" + programmeId).header("Authorization", OFFICER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(partnerBody(name)).exchange()
                .expectStatus().isNotFound();
        post("/api/partners/" + programmeId + "/activities", OFFICER, Map.of("kind", "CALL",
                "occurredOn", "2018-09-01", "summary", "Call")).expectStatus().isNotFound();
        post("/api/partners/" + programmeId + "/contacts", OFFICER, Map.of("name", "Ann Example",
                "email", "ann@example.org", "lawfulBasis", "CONSENT")).expectStatus().isNotFound();
        assertThat(eventDatabase().getCollection("domainevents")
                .countDocuments(com.mongodb.client.model.Filters.eq("aggregateIdentifier", programmeId))).isEqualTo(1);
        registerPartner(name);
    }

    @Test
    void unknownPartnerIsNotFound() {
        get("/api/partners/no-such-partner", OFFICER).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        put("no-such-partner", partnerBody(unique("Nobody"))).expectStatus().isNotFound();
    }

    @Test
    void updateRefusesInvalidFieldsNamingThem() {
        String id = registerPartner(unique("Task and finish group"));
        Map<String, Object> body = new HashMap<>(partnerBody(unique("Task group")));
        body.put("effectiveOn", "01/10/2018");
        put(id, body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("effectiveOn");
        body.put("effectiveOn", null);
        body.put("sectors", List.of("Space"));
        put(id, body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sectors[0]");
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstResponseAndRegistersOnce() {
        String name = unique("Steering group");
        Map<String, Object> body = partnerBody(name);
        String first = client.post().uri("/api/partners").header("Authorization", OFFICER).header("Idempotency-Key", name)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String second = client.post().uri("/api/partners").header("Authorization", OFFICER).header("Idempotency-Key", name)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        assertThat(second).isEqualTo(first);
        assertThat(eventsMentioning(name)).isEqualTo(1);
    }

    private String registerWith(String name, String type, List<String> sectors, List<String> themes, String district,
                                boolean key) {
        return createdId(post("/api/partners", OFFICER, Map.of("name", name, "type", type, "sectors", sectors,
                "themes", themes, "district", district, "keyPartner", key)));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(String id, Object body) {
        return client.put().uri("/api/partners/" + id).header("Authorization", TestUsers.OFFICER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        post("/api/partners", OFFICER, body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(hasItem(field));
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(partnerBody(unique("Invalid")));
        body.put(field, value);
        return body;
    }

    private Map<String, Object> without(String field) {
        Map<String, Object> body = new HashMap<>(partnerBody(unique("Invalid")));
        body.remove(field);
        return body;
    }
}
