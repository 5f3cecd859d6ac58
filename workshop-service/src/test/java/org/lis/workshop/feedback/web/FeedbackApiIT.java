package org.lis.workshop.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.lis.workshop.ApiTestBase;
import org.springframework.http.HttpStatus;

/** Feedback and its corrections over HTTP. */
class FeedbackApiIT extends ApiTestBase {

    @Test
    void feedbackFollowsAttendanceAndTabling() {
        String programmeId = programme();
        String tabled = hypothesis(programmeId);
        String untabled = hypothesis(programmeId);
        String w = workshop(programmeId, 10, List.of(tabled));
        String attendee = partner(PartnerType.UNIVERSITY);
        String absentee = partner(PartnerType.BUSINESS);
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", attendee, "walkIn",
                true)).expectStatus().isOk();
        String feedback = "/api/workshops/" + w + "/feedback";

        post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", untabled, "partnerId", attendee,
                "stance", "SUPPORT", "confidence", 4)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("HYPOTHESIS_NOT_TABLED");
        post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", tabled, "partnerId", absentee,
                "stance", "SUPPORT", "confidence", 4)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("PARTNER_DID_NOT_ATTEND");
        post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", tabled, "partnerId", attendee,
                "stance", "SUPPORT", "confidence", 6)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("confidence");
        post(feedback, TestUsers.OFFICER, Map.of("hypothesisId", tabled, "partnerId", attendee,
                "stance", "SUPPORT", "confidence", 4)).expectStatus().isForbidden();
        String id = idOf(post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", tabled, "partnerId", attendee,
                "stance", "SUPPORT", "confidence", 4, "comment", "strong case")), HttpStatus.CREATED);
        String written = idOf(post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", tabled,
                "partnerId", absentee, "stance", "NEUTRAL", "confidence", 2, "writtenSubmission", true)),
                HttpStatus.CREATED);
        post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", tabled, "partnerId", attendee,
                "stance", "CONDITIONAL", "confidence", 3)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("FEEDBACK_ALREADY_GIVEN")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains(feedback + "/" + id + "/corrections"));

        Map<String, Object> read = awaitRead(feedback + "/" + id, body -> true);
        assertThat(read).containsEntry("stance", "SUPPORT").containsEntry("confidence", 4);
        awaitRead("/api/workshops/" + w, body -> ((Map<String, Object>) body.get("counts")).get("feedback").equals(2));
        get(feedback + "/" + written, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.writtenSubmission").isEqualTo(true);
        get(feedback + "/nope", TestUsers.BOARD).expectStatus().isNotFound();
    }

    @Test
    void closedWorkshopTakesOnlyAnOfficersCorrection() {
        OpenWorkshop workshop = openWorkshop(10);
        String h = workshop.hypothesisId();
        String partner = partner(PartnerType.UNIVERSITY);
        String feedback = workshop.path("/feedback");
        String id = idOf(post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", h, "partnerId", partner,
                "stance", "SUPPORT", "confidence", 4, "writtenSubmission", true)), HttpStatus.CREATED);
        post(feedback + "/" + id + "/corrections", TestUsers.FACILITATOR, Map.of("stance", "OPPOSE", "confidence", 2,
                "reason", "misread the letter")).expectStatus().isOk();
        post(workshop.path("/close"), TestUsers.OFFICER, Map.of("closedAt", "2018-08-14T14:00:00Z"))
                .expectStatus().isOk();

        post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", h, "partnerId", partner, "stance", "SUPPORT",
                "confidence", 4, "writtenSubmission", true)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_CLOSED");
        post(feedback + "/" + id + "/corrections", TestUsers.FACILITATOR, Map.of("stance", "NEUTRAL",
                "confidence", 3, "reason", "r")).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("CORRECTION_NEEDS_OFFICER");
        post(feedback + "/" + id + "/corrections", TestUsers.OFFICER, Map.of("stance", "NEUTRAL", "confidence", 3))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        post(feedback + "/" + id + "/corrections", TestUsers.BOARD, Map.of("stance", "NEUTRAL", "confidence", 3,
                "reason", "r")).expectStatus().isForbidden();
        post(feedback + "/nope/corrections", TestUsers.OFFICER, Map.of("stance", "NEUTRAL", "confidence", 3,
                "reason", "r")).expectStatus().isNotFound();
        post(feedback + "/" + id + "/corrections", TestUsers.OFFICER, Map.of("stance", "NEUTRAL", "confidence", 3,
                "reason", "the minutes say neutral")).expectStatus().isOk();

        awaitRead(feedback + "/" + id, body -> "NEUTRAL".equals(body.get("stance"))
                && "the minutes say neutral".equals(body.get("correctionReason")));
    }
}
