package org.lis.workshop.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.lis.workshop.ApiTestBase;
import org.springframework.http.HttpStatus;

/** Check-ins recorded by mistake and invitations sent in error, withdrawn over HTTP. */
class WithdrawalApiIT extends ApiTestBase {

    private static final Map<String, String> REASON = Map.of("reason", "recorded by mistake");

    @Test
    void checkInIsWithdrawnAndThePartnerCanBeCheckedInAgain() {
        String w = workshop(programme(), 10, List.of());
        String walkIn = partner(PartnerType.BUSINESS);
        String other = partner(PartnerType.UNIVERSITY);
        String withdrawal = "/api/workshops/" + w + "/attendance/" + walkIn + "/withdrawal";
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", walkIn,
                "walkIn", true, "checkedInAt", "2018-08-14T09:10:00Z")).expectStatus().isOk();
        long before = events(w);

        post(withdrawal, TestUsers.FACILITATOR, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        post(withdrawal, TestUsers.FACILITATOR, Map.of("reason", "  ")).expectStatus().isBadRequest();
        post(withdrawal, TestUsers.BOARD, REASON).expectStatus().isForbidden();
        post("/api/workshops/" + w + "/attendance/" + other + "/withdrawal", TestUsers.OFFICER, REASON)
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("CHECK_IN_NOT_FOUND");
        assertThat(events(w)).as("bad input records nothing").isEqualTo(before);

        post(withdrawal, TestUsers.FACILITATOR, REASON).expectStatus().isOk();
        post(withdrawal, TestUsers.OFFICER, REASON).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("CHECK_IN_ALREADY_WITHDRAWN");

        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> counts(body).get("checkInsWithdrawn").equals(1));
        assertThat(counts(read)).containsEntry("attended", 0).containsEntry("walkIns", 0);
        Map<String, Object> shown = ((List<Map<String, Object>>) read.get("attendance")).get(0);
        assertThat(shown).containsEntry("partnerId", walkIn).containsEntry("withdrawalReason", "recorded by mistake");

        // the partner does arrive later
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", walkIn,
                "walkIn", true, "checkedInAt", "2018-08-14T11:00:00Z")).expectStatus().isOk();
        Map<String, Object> again = awaitRead("/api/workshops/" + w, body -> counts(body).get("attended").equals(1));
        assertThat(counts(again)).containsEntry("checkInsWithdrawn", 0);
    }

    @Test
    void invitationSentInErrorIsWithdrawnFreesItsPlaceAndTakesNoAnswer() {
        String w = workshop(programme(), 1, List.of());
        String wrong = partner(PartnerType.BUSINESS);
        String right = partner(PartnerType.UNIVERSITY);
        String invitation = invite(w, wrong);
        String other = invite(w, right);
        String base = "/api/workshops/" + w + "/invitations/";
        post(base + invitation + "/rsvp", TestUsers.OFFICER, Map.of("response", "ACCEPTED")).expectStatus().isOk();
        long before = events(w);

        post(base + invitation + "/withdrawal", TestUsers.OFFICER, Map.of()).expectStatus().isBadRequest();
        post(base + invitation + "/withdrawal", TestUsers.FACILITATOR, REASON).expectStatus().isForbidden();
        post(base + "nope/withdrawal", TestUsers.OFFICER, REASON).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("INVITATION_NOT_FOUND");
        assertThat(events(w)).as("bad input records nothing").isEqualTo(before);

        post(base + invitation + "/withdrawal", TestUsers.OFFICER, REASON).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(invitation);
        post(base + invitation + "/withdrawal", TestUsers.OFFICER, REASON).expectStatus()
                .isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("INVITATION_ALREADY_WITHDRAWN");
        post(base + invitation + "/rsvp", TestUsers.OFFICER, Map.of("response", "DECLINED"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("INVITATION_WITHDRAWN");
        // the only place is free again
        post(base + other + "/rsvp", TestUsers.OFFICER, Map.of("response", "ACCEPTED")).expectStatus().isOk();

        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> counts(body).get("invitationsWithdrawn").equals(1) && counts(body).get("accepted").equals(1));
        assertThat(counts(read)).containsEntry("invited", 1).containsEntry("placesLeft", 0);
        Map<String, Object> shown = awaitRead(base + invitation, body -> body.get("withdrawnAt") != null);
        assertThat(shown).containsEntry("withdrawalReason", "recorded by mistake");
    }

    @Test
    void invitationsOfCancelledWorkshopAreNotWithdrawn() {
        String w = workshop(programme(), 10, List.of());
        String invitation = invite(w, partner(PartnerType.BUSINESS));
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of("reason", "storm")).expectStatus().isOk();

        post("/api/workshops/" + w + "/invitations/" + invitation + "/withdrawal", TestUsers.OFFICER, REASON)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_CANCELLED");
    }

    private long events(String workshopId) {
        return eventStore.readEvents(workshopId).asStream().count();
    }

    private static Map<String, Object> counts(Map<String, Object> workshop) {
        return (Map<String, Object>) workshop.get("counts");
    }
}
