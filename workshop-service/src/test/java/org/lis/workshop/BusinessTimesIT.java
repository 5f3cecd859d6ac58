package org.lis.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Business times the board's as-of figures are built on: nothing recorded as happening in the future, no answer
 * before its invitation, no workshop outside its phase. Each refusal records nothing.
 */
class BusinessTimesIT extends ApiTestBase {

    private static final String FUTURE = NOW.plusSeconds(3600).toString();

    @Test
    void timesInTheFutureAreRefusedNamingTheField() {
        OpenWorkshop workshop = openWorkshop(10);
        String partner = partner(PartnerType.BUSINESS);

        refusedAsFuture(post(workshop.path("/invitations"), TestUsers.OFFICER,
                Map.of("partnerId", partner, "sentAt", "2099-01-01T00:00:00Z")), "sentAt");
        String invitation = idOf(post(workshop.path("/invitations"), TestUsers.OFFICER,
                Map.of("partnerId", partner, "sentAt", NOW.plusSeconds(120).toString())), HttpStatus.CREATED);
        refusedAsFuture(post(workshop.path("/invitations/" + invitation + "/rsvp"), TestUsers.OFFICER,
                Map.of("response", "ACCEPTED", "respondedAt", FUTURE)), "respondedAt");
        refusedAsFuture(post(workshop.path("/attendance"), TestUsers.FACILITATOR,
                Map.of("partnerId", partner, "walkIn", false, "checkedInAt", FUTURE)), "checkedInAt");
        post(workshop.path("/attendance"), TestUsers.FACILITATOR, Map.of("partnerId", partner,
                "walkIn", false)).expectStatus().isOk();
        refusedAsFuture(post(workshop.path("/feedback"), TestUsers.FACILITATOR, Map.of(
                "hypothesisId", workshop.hypothesisId(), "partnerId", partner, "stance", "SUPPORT", "confidence", 3,
                "writtenSubmission", false, "givenAt", FUTURE)), "givenAt");
        refusedAsFuture(post(workshop.path("/cancel"), TestUsers.OFFICER,
                Map.of("reason", "storm", "cancelledAt", FUTURE)), "cancelledAt");

        awaitRead(workshop.path(), body -> ((List<?>) body.get("attendance")).size() == 1);
        get(workshop.path(), TestUsers.BOARD).expectBody()
                .jsonPath("$.status").isEqualTo("SCHEDULED")
                .jsonPath("$.feedback").isEmpty()
                .jsonPath("$.counts.accepted").isEqualTo(0);
    }

    @Test
    void anAnswerBeforeItsInvitationWasSentIsRefused() {
        String w = workshop(programme(), 10, List.of());
        String invitation = idOf(post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER,
                Map.of("partnerId", partner(PartnerType.UNIVERSITY), "sentAt", "2018-08-01T09:00:00Z")),
                HttpStatus.CREATED);

        post("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "ACCEPTED", "respondedAt", "2018-07-20T09:00:00Z"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("RSVP_BEFORE_INVITATION");
        post("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "ACCEPTED", "respondedAt", "2018-08-03T09:00:00Z")).expectStatus().isOk();
    }

    @Test
    void aWorkshopOutsideItsPhaseIsRefused() {
        String programmeId = programme();
        Map<String, Object> body = workshopBody(programmeId, 10, List.of());
        body.put("startsAt", "2025-11-05T09:00:00Z");
        body.put("endsAt", "2025-11-05T12:00:00Z");

        post("/api/workshops", TestUsers.OFFICER, body).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("OUTSIDE_PHASE")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("2025-11-05", "PH2", "2018-08-01", "2018-09-30"));
        String w = workshop(programmeId, 10, List.of());
        post("/api/workshops/" + w + "/reschedule", TestUsers.OFFICER, Map.of("startsAt", "2018-07-31T09:00:00Z",
                "endsAt", "2018-07-31T12:00:00Z")).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("OUTSIDE_PHASE");
        post("/api/workshops/" + w + "/reschedule", TestUsers.OFFICER, Map.of("startsAt", "2018-09-30T09:00:00Z",
                "endsAt", "2018-09-30T12:00:00Z")).expectStatus().isOk();
        get("/api/workshops?programmeId=" + programmeId, TestUsers.BOARD).expectBody().jsonPath("$.total")
                .isEqualTo(1);
    }

    private static void refusedAsFuture(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("TIME_IN_FUTURE")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
