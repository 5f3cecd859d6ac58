package org.lis.engagement.consultation.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.lis.engagement.programme.command.AdoptProgrammeCommand;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.FACILITATOR;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * A consultation window over HTTP, on the service's clock (20 September 2018): a window from 1 August to
 * 10 September, an on-time response and a late one, coverage as of the window's close, and bad input recording
 * nothing.
 */
class ConsultationApiIT extends ApiTestBase {

    @Autowired
    CommandGateway commandGateway;

    @Test
    void officerOpensWindowRecordsResponsesAndBoardSeesCoverageAsOfTheClose() {
        String programmeId = programme();
        String onTime = registerPartner(unique("Silverstone technology cluster"));
        String late = registerPartner(unique("Aylesbury Vale District Council"));
        String consultationId = createdId(post("/api/programmes/" + programmeId + "/consultations", OFFICER,
                window()), "^/api/consultations/[0-9a-f-]{36}$", 0);
        String beforeResponsesRecorded = get("/api/programmes/" + programmeId + "/coverage", BOARD).expectStatus()
                .isOk().expectBody(JsonNode.class).returnResult().getResponseBody().path("recordedBy").asText();

        String responseId = createdId(post(responses(consultationId), OFFICER, response(onTime, "2018-09-05", null)),
                "^/api/consultations/" + consultationId + "/responses/[0-9a-f-]{36}$", 1);
        createdId(post(responses(consultationId), OFFICER, response(late, "2018-09-14", "Extension agreed")),
                "^/api/consultations/.*", 2);

        get(responses(consultationId) + "/" + responseId, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.partnerId").isEqualTo(onTime)
                .jsonPath("$.stance").isEqualTo("CONDITIONAL")
                .jsonPath("$.hypotheses[0].hypothesisId").isEqualTo("hyp-ai")
                .jsonPath("$.late").isEqualTo(false);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/consultations/" + consultationId, FACILITATOR)
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"").expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.responseCount").isEqualTo(2)
                .jsonPath("$.byStance.CONDITIONAL").isEqualTo(2)
                .jsonPath("$.byStance.OPPOSE").isEqualTo(0)
                .jsonPath("$.late").isEqualTo(1)
                .jsonPath("$.responses[0].partnerId").isEqualTo(onTime)
                .jsonPath("$.responses[0].partnerName").value(name -> assertThat(name.toString())
                        .startsWith("Silverstone technology cluster"))
                .jsonPath("$.responses[1].late").isEqualTo(true)
                .jsonPath("$.responses[1].lateReason").isEqualTo("Extension agreed"));
        get("/api/programmes/" + programmeId + "/consultations", BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(consultationId)
                .jsonPath("$.items[0].subject").isEqualTo("the draft Local Industrial Strategy");

        // as of the close the on-time response counts, the late one (received after it) does not
        String asOfClose = "/api/programmes/" + programmeId + "/coverage/partners?size=500&asOf=consultation:"
                + consultationId;
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get(asOfClose, BOARD).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.partnerId == '" + onTime + "')].level").isEqualTo(List.of("CONTRIBUTED"))
                .jsonPath("$.items[?(@.partnerId == '" + onTime + "')].consultationResponses").isEqualTo(List.of(1))
                .jsonPath("$.items[?(@.partnerId == '" + late + "')].level").isEqualTo(List.of("NONE")));
        get(asOfClose + "&recordedBy=" + beforeResponsesRecorded, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.partnerId == '" + onTime + "')].level").isEqualTo(List.of("NONE"));
        get("/api/programmes/" + programmeId + "/coverage?asOf=consultation:" + consultationId, BOARD)
                .expectStatus().isOk().expectBody().jsonPath("$.asOf").isEqualTo("2018-09-10");
        get("/api/programmes/" + programmeId + "/coverage/partners?size=500", BOARD).expectBody()
                .jsonPath("$.items[?(@.partnerId == '" + late + "')].level").isEqualTo(List.of("CONTRIBUTED"));
        get("/api/programmes/" + programmeId + "/coverage?asOf=consultation:no-such", BOARD)
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("CONSULTATION_NOT_FOUND");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/partners/" + late, BOARD).expectBody()
                .jsonPath("$.history[?(@.kind == 'CONSULTATION_RESPONSE')].on").isEqualTo(List.of("2018-09-14"))
                .jsonPath("$.history[?(@.kind == 'CONSULTATION_RESPONSE')].themes[0]").isEqualTo(List.of("CLEAN_GROWTH")));
        get("/api/audit?aggregateId=" + consultationId, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].summary").value(s -> assertThat(s.toString()).startsWith("consultation opened"))
                .jsonPath("$.items[2].summary").value(s -> assertThat(s.toString()).contains("(late, accepted"));
    }

    @Test
    void badInputIsRefusedAndRecordsNothing() {
        String programmeId = programme();
        String partnerId = registerPartner(unique("Brunel University"));
        String consultations = "/api/programmes/" + programmeId + "/consultations";
        refused(post(consultations, OFFICER, with(window(), "title", " ")), 400, "title");
        refused(post(consultations, OFFICER, with(window(), "closesOn", "2018-07-31")), 422, "closesOn");
        post("/api/programmes/00000000-0000-0000-0000-000000000000/consultations", OFFICER, window())
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("PROGRAMME_NOT_FOUND");
        post(consultations, BOARD, window()).expectStatus().isForbidden();
        post(consultations, FACILITATOR, window()).expectStatus().isForbidden();

        String consultationId = createdId(post(consultations, OFFICER, window()));
        String path = responses(consultationId);
        refused(post(path, OFFICER, response(partnerId, "2018-07-31", null)), 422, "receivedOn");
        post(path, OFFICER, response(partnerId, "2018-09-11", null)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("CONSULTATION_CLOSED");
        refused(post(path, OFFICER, response(partnerId, "2018-09-11", " ")), 400, "late.reason");
        post(path, OFFICER, response(partnerId, "2018-10-01", "Not yet received")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("RESPONSE_IN_FUTURE");
        refused(post(path, OFFICER, response("00000000-0000-0000-0000-000000000000", "2018-09-05", null)), 404,
                "partnerId");
        refused(post(path, OFFICER, with(response(partnerId, "2018-09-05", null), "summary", null)), 400, "summary");
        refused(post(path, OFFICER, with(response(partnerId, "2018-09-05", null), "stance", "MAYBE")), 400, "stance");
        post(path, BOARD, response(partnerId, "2018-09-05", null)).expectStatus().isForbidden();
        post(path, FACILITATOR, response(partnerId, "2018-09-05", null)).expectStatus().isForbidden();
        assertThat(eventsOf(consultationId, "ConsultationResponseRecordedEvent")).isZero();
        get("/api/consultations/no-such", BOARD).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("CONSULTATION_NOT_FOUND");
    }

    @Test
    void officerClosesAWindowEarlyAndLaterResponsesAreLate() {
        String programmeId = programme();
        String partnerId = registerPartner(unique("Royal Holloway"));
        String consultationId = createdId(post("/api/programmes/" + programmeId + "/consultations", OFFICER, window()));
        Map<String, Object> close = Map.of("closesOn", "2018-08-31", "reason", "The draft was revised");
        post("/api/consultations/" + consultationId + "/close-early", BOARD, close).expectStatus().isForbidden();
        post("/api/consultations/" + consultationId + "/close-early", OFFICER,
                Map.of("closesOn", "2018-09-15", "reason", "After the planned close")).expectStatus().isEqualTo(422);
        post("/api/consultations/" + consultationId + "/close-early", OFFICER, close).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"");
        post(responses(consultationId), OFFICER, response(partnerId, "2018-09-05", null)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("CONSULTATION_CLOSED");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/consultations/" + consultationId, BOARD)
                .expectBody().jsonPath("$.closesOn").isEqualTo("2018-08-31")
                .jsonPath("$.closedEarlyReason").isEqualTo("The draft was revised"));
        get("/api/programmes/" + programmeId + "/coverage?asOf=consultation:" + consultationId, BOARD)
                .expectStatus().isOk().expectBody().jsonPath("$.asOf").isEqualTo("2018-08-31");
    }

    @Test
    void noWindowOpensOnceTheStrategyIsAdopted() {
        String programmeId = programme();
        commandGateway.sendAndWait(new AdoptProgrammeCommand(programmeId, LocalDate.of(2018, 9, 15), "Deadline",
                LocalDate.of(2018, 9, 20)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/programmes/" + programmeId, BOARD)
                .expectBody().jsonPath("$.adopted").isEqualTo(true));
        post("/api/programmes/" + programmeId + "/consultations", OFFICER, window()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ALREADY_ADOPTED");
    }

    private String programme() {
        Map<String, Object> body = Map.of("name", unique("LIS"), "adoptionTargetDate", "2018-12-31",
                "phases", List.of(Map.of("code", "P2", "name", "Engagement", "startsOn", "2018-08-01",
                        "endsOn", "2018-09-30", "milestones", List.of())),
                "readiness", Map.of("keyPartnersEngaged", false, "minEngagedPerTheme", 0,
                        "minFeedbackPerHypothesis", 0));
        return createdId(post("/api/programmes", OFFICER, body));
    }

    private static Map<String, Object> window() {
        return Map.of("title", "Consultation on the draft strategy", "subject", "the draft Local Industrial Strategy",
                "opensOn", "2018-08-01", "closesOn", "2018-09-10", "themes", List.of("CLEAN_GROWTH"),
                "hypothesisIds", List.of("hyp-ai"));
    }

    private static Map<String, Object> response(String partnerId, String receivedOn, String lateReason) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerId", partnerId, "receivedOn", receivedOn,
                "summary", "Supports the draft if the corridor's transport is funded", "stance", "CONDITIONAL",
                "hypotheses", List.of(Map.of("hypothesisId", "hyp-ai", "stance", "SUPPORT"))));
        if (lateReason != null) {
            body.put("late", Map.of("reason", lateReason));
        }
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static String responses(String consultationId) {
        return "/api/consultations/" + consultationId + "/responses";
    }

    private static void refused(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
                                int status, String field) {
        response.expectStatus().isEqualTo(status).expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
