package org.lis.workshop.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.axon.AggregateRegistration;
import org.lis.support.test.TestUsers;
import org.lis.workshop.ApiTestBase;
import org.lis.workshop.hypothesis.command.Hypothesis;
import org.lis.workshop.schedule.command.Workshop;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class WorkshopApiIT extends ApiTestBase {

    @Autowired
    AggregateRegistration<Workshop> workshops;
    @Autowired
    AggregateRegistration<Hypothesis> hypotheses;

    @Test
    void scheduledWorkshopIsReadWithItsSchedule() {
        String programmeId = programme();
        String h = hypothesis(programmeId);
        post("/api/workshops", TestUsers.OFFICER, workshopBody(programmeId, 25, List.of(h)))
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/workshops/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody().jsonPath("$.version").isEqualTo(0);

        Map<String, Object> listed = awaitRead("/api/workshops?programmeId=" + programmeId,
                body -> ((Number) body.get("total")).intValue() == 1);
        Map<String, Object> item = ((List<Map<String, Object>>) listed.get("items")).get(0);
        assertThat(item).containsEntry("status", "SCHEDULED").containsEntry("capacity", 25)
                .containsEntry("phaseCode", "PH2").containsEntry("startsAt", STARTS.toString())
                .containsEntry("hypothesisIds", List.of(h));
        get("/api/workshops/" + item.get("id"), TestUsers.FACILITATOR).expectStatus().isOk().expectBody()
                .jsonPath("$.counts.invited").isEqualTo(0)
                .jsonPath("$.counts.placesLeft").isEqualTo(25)
                .jsonPath("$.invitations").isEmpty();
    }

    @Test
    void schedulingIsCheckedAndRecordsNothingWhenRefused() {
        String programmeId = programme();
        String otherProgramme = programme();
        String foreignHypothesis = hypothesis(otherProgramme);
        Map<String, Object> body = workshopBody(programmeId, 10, List.of());

        body.put("endsAt", STARTS.minusSeconds(60).toString());
        post("/api/workshops", TestUsers.OFFICER, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("INVALID_SCHEDULE")
                .jsonPath("$.errors[0].field").isEqualTo("endsAt");
        body.put("endsAt", ENDS.toString());
        body.put("capacity", 0);
        post("/api/workshops", TestUsers.OFFICER, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("capacity");
        body.put("capacity", 10);
        body.put("phaseCode", "PH9");
        post("/api/workshops", TestUsers.OFFICER, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("PHASE_UNKNOWN")
                .jsonPath("$.errors[0].field").isEqualTo("phaseCode");
        body.put("phaseCode", "PH2");
        body.put("hypothesisIds", List.of(foreignHypothesis));
        post("/api/workshops", TestUsers.OFFICER, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("HYPOTHESIS_OF_OTHER_PROGRAMME")
                .jsonPath("$.errors[0].field").isEqualTo("hypothesisIds");
        body.put("hypothesisIds", List.of("nope"));
        post("/api/workshops", TestUsers.OFFICER, body).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("HYPOTHESIS_NOT_FOUND");
        body.put("hypothesisIds", List.of());
        body.put("programmeId", "nope");
        post("/api/workshops", TestUsers.OFFICER, body).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PROGRAMME_UNKNOWN");
        body.put("programmeId", programmeId);
        post("/api/workshops", TestUsers.FACILITATOR, body).expectStatus().isForbidden();
        client().post().uri("/api/workshops").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"capacity\": \"many\"}")
                .exchange().expectStatus().isBadRequest();

        get("/api/workshops?programmeId=" + programmeId, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void rescheduleCancelAndCloseFollowTheRules() {
        String programmeId = programme();
        String w = workshop(programmeId, 10, List.of());
        String later = STARTS.plusSeconds(86_400).toString();
        String laterEnd = ENDS.plusSeconds(86_400).toString();

        post("/api/workshops/" + w + "/reschedule", TestUsers.OFFICER, Map.of("startsAt", laterEnd, "endsAt", later))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("INVALID_SCHEDULE")
                .jsonPath("$.errors[0].field").isEqualTo("endsAt");
        post("/api/workshops/" + w + "/reschedule", TestUsers.FACILITATOR, Map.of("startsAt", later, "endsAt",
                laterEnd)).expectStatus().isForbidden();
        post("/api/workshops/" + w + "/reschedule", TestUsers.OFFICER, Map.of("startsAt", later, "endsAt", laterEnd,
                "venue", "Aylesbury")).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.id").isEqualTo(w).jsonPath("$.version").isEqualTo(1);
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of()).expectStatus().isBadRequest();
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of("reason", "venue flooded"))
                .expectStatus().isOk();
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of("reason", "again"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_CANCELLED");
        client().post().uri("/api/workshops/" + w + "/close").header(HttpHeaders.AUTHORIZATION, TestUsers.FACILITATOR)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT);

        Map<String, Object> read = awaitRead("/api/workshops/" + w, body -> "CANCELLED".equals(body.get("status")));
        assertThat(read).containsEntry("venue", "Aylesbury").containsEntry("startsAt", later)
                .containsEntry("cancelReason", "venue flooded").containsEntry("cancelledAt", NOW.toString());

        String other = workshop(programmeId, 10, List.of());
        client().post().uri("/api/workshops/" + other + "/close").header(HttpHeaders.AUTHORIZATION, TestUsers.FACILITATOR)
                .exchange().expectStatus().isOk();
        client().post().uri("/api/workshops/" + other + "/close").header(HttpHeaders.AUTHORIZATION, TestUsers.FACILITATOR)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_CLOSED");
        post("/api/workshops/" + other + "/cancel", TestUsers.OFFICER, Map.of("reason", "late"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        awaitRead("/api/workshops/" + other, body -> "CLOSED".equals(body.get("status")));
    }

    @Test
    void unknownWorkshopIsNotFound() {
        get("/api/workshops/nope", TestUsers.BOARD).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_NOT_FOUND");
        post("/api/workshops/nope/cancel", TestUsers.OFFICER, Map.of("reason", "r")).expectStatus().isNotFound();
        post("/api/workshops/nope/no-shows", TestUsers.OFFICER, Map.of("partnerId", "p")).expectStatus().isNotFound();
    }

    /** Ids of hypotheses, partners and programmes share the event store with workshops. */
    @Test
    void commandsOnAnotherAggregatesIdFindNoWorkshop() {
        String programmeId = programme();
        String h = hypothesis(programmeId);
        String partnerId = partner(PartnerType.BUSINESS);

        post("/api/workshops/" + h + "/cancel", TestUsers.OFFICER, Map.of("reason", "r"))
                .expectStatus().isNotFound();
        post("/api/workshops/" + partnerId + "/invitations", TestUsers.OFFICER, Map.of("partnerId", partnerId))
                .expectStatus().isNotFound();
        post("/api/workshops/" + programmeId + "/close", TestUsers.OFFICER, Map.of()).expectStatus().isNotFound();

        assertThat(eventStore.readEvents(h).asStream().count()).isEqualTo(1);
        assertThat(eventStore.readEvents(partnerId).asStream().count()).isEqualTo(1);
        assertThat(eventStore.readEvents(programmeId).asStream().count()).isEqualTo(1);
    }

    /** A client that read a workshop can send If-Match with what it read. */
    @Test
    void readWorkshopCarriesItsVersion() {
        String w = workshop(programme(), 10, List.of());
        String partnerId = partner(PartnerType.UNIVERSITY);
        invite(w, partnerId);
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", partnerId))
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");

        awaitRead("/api/workshops/" + w, body -> ((Map<?, ?>) body.get("counts")).get("attended").equals(1));
        get("/api/workshops/" + w, TestUsers.BOARD).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.version").isEqualTo(2);
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of(HttpHeaders.IF_MATCH, "\"2\""),
                Map.of("reason", "r")).expectStatus().isOk();
    }

    @Test
    void pageFarBeyondTheEndIsEmpty() {
        get("/api/workshops?page=2147483647&size=500", TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.items").isEmpty();
        get("/api/hypotheses?page=2147483647&size=500", TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.items").isEmpty();
    }

    /**
     * A cache is keyed by id alone: sharing one would hand a workshop command the cached hypothesis of that id.
     * Only absences are asserted, since a weak-reference cache may drop what it holds at any moment.
     */
    @Test
    void workshopsAndHypothesesAreCachedApart() {
        OpenWorkshop workshop = openWorkshop(10);
        String h = workshop.hypothesisId();
        post(workshop.path("/close"), TestUsers.OFFICER, Map.of()).expectStatus().isOk();

        assertThat(workshops.cache()).isNotSameAs(hypotheses.cache());
        assertThat(hypotheses.cache().containsKey(workshop.id())).isFalse();
        assertThat(workshops.cache().containsKey(h)).isFalse();
        post("/api/workshops/" + h + "/close", TestUsers.OFFICER, Map.of()).expectStatus().isNotFound();
        assertThat(eventStore.readEvents(h).asStream().count()).isEqualTo(1);
    }

    @Test
    void staleIfMatchIsRefused() {
        String w = workshop(programme(), 10, List.of());
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of(HttpHeaders.IF_MATCH, "\"7\""),
                Map.of("reason", "r")).expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of(HttpHeaders.IF_MATCH, "\"0\""),
                Map.of("reason", "r")).expectStatus().isOk();
    }

    @Test
    void hypothesisIsTabledOnce() {
        String programmeId = programme();
        String h = hypothesis(programmeId);
        String w = workshop(programmeId, 10, List.of());

        post("/api/workshops/" + w + "/hypotheses", TestUsers.BOARD, Map.of("hypothesisId", h))
                .expectStatus().isForbidden();
        post("/api/workshops/" + w + "/hypotheses", TestUsers.FACILITATOR, Map.of("hypothesisId", "nope"))
                .expectStatus().isNotFound();
        post("/api/workshops/" + w + "/hypotheses", TestUsers.FACILITATOR, Map.of("hypothesisId", h))
                .expectStatus().isOk();
        post("/api/workshops/" + w + "/hypotheses", TestUsers.OFFICER, Map.of("hypothesisId", h))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("HYPOTHESIS_ALREADY_TABLED");
        awaitRead("/api/workshops/" + w, body -> List.of(h).equals(body.get("hypothesisIds")));
    }

    @Test
    void listIsFilteredAndPaged() {
        String programmeId = programme();
        workshop(programmeId, 10, List.of());
        String w2 = workshop(programmeId, 10, List.of());
        post("/api/workshops/" + w2 + "/reschedule", TestUsers.OFFICER, Map.of("startsAt", "2018-09-20T09:00:00Z",
                "endsAt", "2018-09-20T12:00:00Z")).expectStatus().isOk();

        awaitRead("/api/workshops?programmeId=" + programmeId + "&from=2018-09-01",
                body -> ((Number) body.get("total")).intValue() == 1);
        get("/api/workshops?programmeId=" + programmeId + "&to=2018-08-14&phaseCode=PH2", TestUsers.BOARD)
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);
        get("/api/workshops?programmeId=" + programmeId + "&phaseCode=PH1", TestUsers.BOARD)
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        get("/api/workshops?programmeId=" + programmeId + "&size=1&page=1", TestUsers.BOARD)
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(w2);
        get("/api/workshops?size=501", TestUsers.BOARD).expectStatus().isBadRequest();
        get("/api/workshops?from=yesterday", TestUsers.BOARD).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_PARAMETER").jsonPath("$.errors[0].field").isEqualTo("from");
        get("/api/workshops?to=2018-02-30", TestUsers.BOARD).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("to");
        client().get().uri("/api/workshops").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void repeatedPostWithIdempotencyKeyRecordsOnce() {
        String programmeId = programme();
        Map<String, Object> body = workshopBody(programmeId, 10, List.of());
        Map<String, String> key = Map.of("Idempotency-Key", "schedule-" + programmeId);
        String first = idOf(post("/api/workshops", TestUsers.OFFICER, key, body), HttpStatus.CREATED);
        String again = idOf(post("/api/workshops", TestUsers.OFFICER, key, body), HttpStatus.CREATED);

        assertThat(again).isEqualTo(first);
        body.put("title", "Another workshop");
        post("/api/workshops", TestUsers.OFFICER, key, body).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        awaitRead("/api/workshops/" + first, read -> true);
        get("/api/workshops?programmeId=" + programmeId, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1);
    }
}
