package org.lis.engagement.programme.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.lis.engagement.programme.command.AdoptProgrammeCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.FACILITATOR;
import static org.lis.support.test.TestUsers.OFFICER;

class ProgrammeApiIT extends ApiTestBase {

    @Autowired
    CommandGateway commandGateway;

    @Test
    void officerDefinesProgrammeAndEveryRoleReadsIt() {
        String name = unique("Buckinghamshire Local Industrial Strategy");
        String id = createdId(post("/api/programmes", OFFICER, programmeBody(name)),
                "/api/programmes/[0-9a-f-]{36}", 0);
        awaitProgramme(id);
        for (String user : List.of(OFFICER, FACILITATOR, BOARD)) {
            get("/api/programmes/" + id, user).expectStatus().isOk().expectBody()
                    .jsonPath("$.name").isEqualTo(name)
                    .jsonPath("$.adoptionTargetDate").isEqualTo("2018-12-31")
                    .jsonPath("$.phases[0].code").isEqualTo("P1")
                    .jsonPath("$.phases[0].milestones[1].dueOn").isEqualTo("2018-07-16")
                    .jsonPath("$.phases[1].endsOn").isEqualTo("2018-09-30")
                    .jsonPath("$.readiness.keyPartnersEngaged").isEqualTo(true)
                    .jsonPath("$.readiness.minEngagedPerTheme").isEqualTo(2)
                    .jsonPath("$.adopted").isEqualTo(false);
        }
        get("/api/programmes?size=500", BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].id").value(hasItem(id))
                .jsonPath("$.size").isEqualTo(500);
    }

    @Test
    void programmeWithInvalidFieldsIsRefusedNamingThem() {
        assertInvalidField(with("name", " "), "name");
        assertInvalidField(with("adoptionTargetDate", null), "adoptionTargetDate");
        assertInvalidField(with("adoptionTargetDate", "end of 2018"), "adoptionTargetDate");
        assertInvalidField(with("readiness", null), "readiness");
        assertInvalidField(with("readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", -1,
                "minFeedbackPerHypothesis", 0)), "readiness.minEngagedPerTheme");
        assertInvalidField(with("phases", List.of(Map.of("code", "P1", "name", "No dates"))), "phases[0].startsOn");
    }

    @Test
    void phasesMustBeOrderedAndUniquelyCoded() {
        Map<String, Object> backwards = phase("P1", "2018-08-02", "2018-08-01");
        post("/api/programmes", OFFICER, with("phases", List.of(backwards))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("INVALID_PROGRAMME")
                .jsonPath("$.detail").value(containsString("endsOn"))
                .jsonPath("$.errors[0].field").isEqualTo("phases[0].endsOn");
        post("/api/programmes", OFFICER, with("phases", List.of(phase("P1", "2018-06-01", "2018-07-31"),
                phase("P1", "2018-08-01", "2018-09-30")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(containsString("P1"));
    }

    @Test
    void onlyOfficersDefineProgrammes() {
        post("/api/programmes", BOARD, programmeBody(unique("LIS"))).expectStatus().isForbidden();
        post("/api/programmes", FACILITATOR, programmeBody(unique("LIS"))).expectStatus().isForbidden();
    }

    @Test
    void unknownProgrammeIsNotFound() {
        get("/api/programmes/no-such-programme", BOARD).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PROGRAMME_NOT_FOUND");
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstResponseAndDefinesOnce() {
        String name = unique("LIS");
        String key = UUID.randomUUID().toString();
        String first = idempotent(key, name);
        String second = idempotent(key, name);
        assertThat(second).isEqualTo(first);
        assertThat(eventsMentioning(name)).isEqualTo(1);
    }

    /**
     * The adoption endpoint belongs to the board view; here the command it sends, and what the read model shows.
     * The programme is not ready: a key partner is not engaged, as the coverage read model shows before adoption.
     */
    @Test
    void adoptionWithOverrideIsShownOnTheProgramme() {
        String idle = unique("Idle key partner");
        registerPartner(idle);
        String id = createdId(post("/api/programmes", OFFICER, programmeBody(unique("LIS"))));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/programmes/" + id + "/readiness", BOARD)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.checks[0].name").isEqualTo("keyPartnersEngaged")
                .jsonPath("$.checks[0].detail").value(containsString(idle)));
        Object version = commandGateway.sendAndWait(new AdoptProgrammeCommand(id, LocalDate.of(2019, 1, 11),
                "Government deadline", LocalDate.of(2019, 1, 11)));
        assertThat(version).isEqualTo(1L);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/programmes/" + id, BOARD).expectBody()
                .jsonPath("$.adopted").isEqualTo(true)
                .jsonPath("$.adoptedOn").isEqualTo("2019-01-11")
                .jsonPath("$.overrideReason").isEqualTo("Government deadline")
                .jsonPath("$.failedChecks[0]").isEqualTo("keyPartnersEngaged")
                .jsonPath("$.version").isEqualTo(1));
    }

    @Test
    void adoptionWithAStaleIfMatchIsPreconditionFailedAndRecordsNothing() {
        String id = programmeReadyToAdopt();
        Map<String, Object> decision = Map.of("adoptedOn", TODAY.toString(), "overrideReason", "Government deadline");

        adopt(id, "\"3\"", decision).expectStatus().isEqualTo(412);
        assertThat(eventsOf(id, "ProgrammeAdoptedEvent")).isZero();

        adopt(id, "\"0\"", decision).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        assertThat(eventsOf(id, "ProgrammeAdoptedEvent")).isEqualTo(1);
    }

    @Test
    void anOfficerRevisesTheProgrammeOnTheVersionSeenAndTheBoardSeesTheNewDefinition() {
        String id = createdId(post("/api/programmes", OFFICER, programmeBody(unique("LIS"))));
        Map<String, Object> revised = new HashMap<>(programmeBody(unique("LIS revised")));
        revised.put("adoptionTargetDate", "2019-03-29");

        revise(id, "\"3\"", revised).expectStatus().isEqualTo(412);
        assertThat(eventsOf(id, "ProgrammeRevisedEvent")).isZero();
        client.put().uri("/api/programmes/" + id).header("Authorization", FACILITATOR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(revised).exchange().expectStatus().isForbidden();

        revise(id, "\"0\"", revised).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/programmes/" + id, BOARD).expectBody()
                .jsonPath("$.name").isEqualTo(revised.get("name"))
                .jsonPath("$.adoptionTargetDate").isEqualTo("2019-03-29")
                .jsonPath("$.version").isEqualTo(1));
        revise(id, null, with("name", " ")).expectStatus().isBadRequest();
        assertThat(eventsOf(id, "ProgrammeRevisedEvent")).isEqualTo(1);
    }

    @Test
    void adoptionDatedAfterTodayIsRefusedNamingAdoptedOn() {
        String id = programmeReadyToAdopt();
        adopt(id, "\"0\"", Map.of("adoptedOn", TODAY.plusDays(1).toString(), "overrideReason", "Early"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("INVALID_ADOPTION")
                .jsonPath("$.errors[0].field").isEqualTo("adoptedOn");
        assertThat(eventsOf(id, "ProgrammeAdoptedEvent")).isZero();
        adopt(id, "\"0\"", Map.of("adoptedOn", TODAY.toString(), "overrideReason", "Early")).expectStatus().isOk();
    }

    /** Defines a programme and waits until its readiness can be read, as the board does before adopting it. */
    private String programmeReadyToAdopt() {
        String id = createdId(post("/api/programmes", OFFICER, programmeBody(unique("LIS"))));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                get("/api/programmes/" + id + "/readiness", BOARD).expectStatus().isOk());
        return id;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec adopt(String id, String ifMatch,
                                                                                          Map<String, Object> body) {
        return client.post().uri("/api/programmes/" + id + "/adoption").header("Authorization", BOARD)
                .header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Partners share the event store: a partner's id is no programme, and takes no adoption. */
    @Test
    void adoptionSentToAPartnersIdFindsNoProgramme() {
        String partnerId = registerPartner(unique("Brunel University"));
        assertThatThrownBy(() -> commandGateway.sendAndWait(new AdoptProgrammeCommand(partnerId,
                LocalDate.of(2019, 1, 11), null, LocalDate.of(2019, 1, 11))))
                .isInstanceOf(org.axonframework.modelling.command.AggregateNotFoundException.class);
        assertThat(eventsOf(partnerId, "ProgrammeAdoptedEvent")).isZero();
    }

    private WebTestClient.ResponseSpec revise(String id, String ifMatch, Map<String, Object> body) {
        WebTestClient.RequestBodySpec request = client.put().uri("/api/programmes/" + id).header("Authorization", OFFICER);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String idempotent(String key, String name) {
        return client.post().uri("/api/programmes").header("Authorization", OFFICER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(programmeBody(name)).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
    }

    private void awaitProgramme(String id) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/programmes/" + id, OFFICER).expectStatus().isOk());
    }

    private void assertInvalidField(Map<String, Object> body, String field) {
        post("/api/programmes", OFFICER, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(hasItem(field));
    }

    private static Map<String, Object> phase(String code, String startsOn, String endsOn) {
        return Map.of("code", code, "name", "Phase " + code, "startsOn", startsOn, "endsOn", endsOn);
    }

    private static Map<String, Object> programmeBody(String name) {
        return Map.of("name", name, "adoptionTargetDate", "2018-12-31",
                "phases", List.of(
                        Map.of("code", "P1", "name", "Evidence base production", "startsOn", "2018-06-01",
                                "endsOn", "2018-07-31", "milestones", List.of(
                                        Map.of("name", "Inception", "dueOn", "2018-05-29"),
                                        Map.of("name", "Draft evidence base", "dueOn", "2018-07-16"))),
                        Map.of("code", "P2", "name", "Stakeholder engagement", "startsOn", "2018-08-01",
                                "endsOn", "2018-09-30")),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 2, "minFeedbackPerHypothesis", 3));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(programmeBody(unique("LIS")));
        body.put(field, value);
        return body;
    }
}
