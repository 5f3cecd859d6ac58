package org.lis.workshop.hypothesis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.lis.workshop.ApiTestBase;
import org.springframework.http.HttpStatus;

class HypothesisApiIT extends ApiTestBase {

    @Test
    void proposedHypothesisIsListedAndRead() {
        String programmeId = programme();
        String id = idOf(post("/api/hypotheses", TestUsers.OFFICER, Map.of("programmeId", programmeId,
                "title", "AI centre", "statement", "Buckingham can anchor AI research", "themes", List.of("AI_AND_DATA"),
                "sectors", List.of("ai-research"))), HttpStatus.CREATED);

        Map<String, Object> hypothesis = awaitRead("/api/hypotheses/" + id, body -> true);
        assertThat(hypothesis).containsEntry("title", "AI centre").containsEntry("programmeId", programmeId);
        assertThat((Map<String, Object>) hypothesis.get("feedbackSummary")).containsEntry("total", 0);
        get("/api/hypotheses?programmeId=" + programmeId, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.page").isEqualTo(0).jsonPath("$.size").isEqualTo(50);
    }

    @Test
    void proposalIsCheckedAndRecordsNothingWhenRefused() {
        String programmeId = programme();
        post("/api/hypotheses", TestUsers.OFFICER, Map.of("programmeId", programmeId, "title", " ",
                "statement", "s", "sectors", List.of("Not Kebab")))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'title')]").exists()
                .jsonPath("$.errors[?(@.field == 'sectors[0]')]").exists();
        post("/api/hypotheses", TestUsers.OFFICER, Map.of("programmeId", "nope", "title", "t", "statement", "s"))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PROGRAMME_UNKNOWN");
        post("/api/hypotheses", TestUsers.BOARD, Map.of("programmeId", programmeId, "title", "t", "statement", "s"))
                .expectStatus().isForbidden();
        get("/api/hypotheses?programmeId=" + programmeId, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void unknownHypothesisIsNotFound() {
        get("/api/hypotheses/nope", TestUsers.BOARD).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("HYPOTHESIS_NOT_FOUND");
        client().get().uri("/api/hypotheses/nope").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void summaryCountsEachPartnersLatestFeedback() {
        OpenWorkshop workshop = openWorkshop(10);
        String h = workshop.hypothesisId();
        String university = partner(PartnerType.UNIVERSITY);
        String business = partner(PartnerType.BUSINESS);
        post(workshop.path("/attendance"), TestUsers.FACILITATOR,
                Map.of("partnerId", university, "walkIn", true)).expectStatus().isOk();
        post(workshop.path("/feedback"), TestUsers.FACILITATOR, Map.of("hypothesisId", h,
                "partnerId", university, "stance", "SUPPORT", "confidence", 5, "comment", "yes")).expectStatus().isCreated();
        String fromBusiness = idOf(post(workshop.path("/feedback"), TestUsers.FACILITATOR, Map.of(
                "hypothesisId", h, "partnerId", business, "stance", "OPPOSE", "confidence", 2,
                "writtenSubmission", true)), HttpStatus.CREATED);
        post(workshop.path("/feedback/" + fromBusiness + "/corrections"), TestUsers.OFFICER, Map.of(
                "stance", "CONDITIONAL", "confidence", 3, "reason", "letter read wrongly")).expectStatus().isOk();

        Map<String, Object> hypothesis = awaitRead("/api/hypotheses/" + h, body ->
                ((Map<String, Object>) body.get("feedbackSummary")).get("bySupport").equals(
                        Map.of("SUPPORT", 1, "OPPOSE", 0, "NEUTRAL", 0, "CONDITIONAL", 1)));
        Map<String, Object> summary = (Map<String, Object>) hypothesis.get("feedbackSummary");
        assertThat(summary).containsEntry("total", 2).containsEntry("averageConfidence", 4.0)
                .containsEntry("byPartnerType", Map.of("UNIVERSITY", 1, "BUSINESS", 1));
        assertThat((List<Map<String, Object>>) summary.get("partners"))
                .extracting(p -> p.get("partnerId") + ":" + p.get("stance") + ":" + p.get("workshopId"))
                .containsExactlyInAnyOrder(university + ":SUPPORT:" + workshop.id(),
                        business + ":CONDITIONAL:" + workshop.id());
    }
}
