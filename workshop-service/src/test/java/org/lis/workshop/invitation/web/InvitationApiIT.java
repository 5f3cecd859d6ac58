package org.lis.workshop.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.lis.workshop.ApiTestBase;
import org.springframework.http.HttpStatus;

/** Invitations and their answers over HTTP. */
class InvitationApiIT extends ApiTestBase {

    @Test
    void invitationsAndAnswers() {
        String w = workshop(programme(), 1, List.of());
        String first = partner(PartnerType.UNIVERSITY);
        String second = partner(PartnerType.BUSINESS);
        String contact = contact(first, false);

        String invitation = idOf(post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER,
                Map.of("partnerId", first, "contactId", contact)), HttpStatus.CREATED);
        post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, Map.of("partnerId", first))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("PARTNER_ALREADY_INVITED");
        String secondInvitation = invite(w, second);
        post("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "ACCEPTED")).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(invitation).jsonPath("$.version").isEqualTo(3);
        post("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "ACCEPTED")).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody().jsonPath("$.version").isEqualTo(3);
        post("/api/workshops/" + w + "/invitations/" + secondInvitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "ACCEPTED")).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_FULL");
        post("/api/workshops/" + w + "/invitations/" + secondInvitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "TENTATIVE")).expectStatus().isOk();
        post("/api/workshops/" + w + "/invitations/" + secondInvitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "MAYBE")).expectStatus().isBadRequest();
        post("/api/workshops/" + w + "/invitations/nope/rsvp", TestUsers.OFFICER, Map.of("response", "DECLINED"))
                .expectStatus().isNotFound();
        post("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp", TestUsers.FACILITATOR,
                Map.of("response", "DECLINED")).expectStatus().isForbidden();

        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> ((Map<String, Object>) body.get("counts")).get("tentative").equals(1));
        assertThat((Map<String, Object>) read.get("counts")).containsEntry("invited", 2).containsEntry("accepted", 1)
                .containsEntry("placesLeft", 0);
        assertThat((List<Map<String, Object>>) read.get("invitations"))
                .anySatisfy(i -> assertThat(i).containsEntry("id", invitation).containsEntry("contactId", contact)
                        .containsEntry("response", "ACCEPTED").containsEntry("sentAt", NOW.toString()));
        get("/api/workshops/" + w + "/invitations/" + invitation, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.partnerId").isEqualTo(first);
    }

    @Test
    void invitationsNeedKnownPartnersAndLiveContacts() {
        String w = workshop(programme(), 10, List.of());
        String partner = partner(PartnerType.LOCAL_AUTHORITY);
        String erased = contact(partner, true);

        post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, Map.of("partnerId", "ghost"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("PARTNER_UNKNOWN")
                .jsonPath("$.detail").isEqualTo("partner ghost is unknown: the engagement service has recorded no "
                        + "partner with this id");
        post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, Map.of("partnerId", partner,
                "contactId", erased)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("CONTACT_ERASED");
        post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, Map.of("partnerId", partner,
                "contactId", "someone-else")).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("CONTACT_UNKNOWN");
        post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("partnerId");
        post("/api/workshops/" + w + "/invitations", TestUsers.BOARD, Map.of("partnerId", partner))
                .expectStatus().isForbidden();
        post("/api/workshops/nope/invitations", TestUsers.OFFICER, Map.of("partnerId", partner))
                .expectStatus().isNotFound();
    }

    @Test
    void cancelledWorkshopTakesNoInvitationsAnswersOrAttendance() {
        String w = workshop(programme(), 10, List.of());
        String partner = partner(PartnerType.BUSINESS);
        String invitation = invite(w, partner);
        post("/api/workshops/" + w + "/cancel", TestUsers.OFFICER, Map.of("reason", "strike")).expectStatus().isOk();

        post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, Map.of("partnerId", partner(PartnerType.LEP)))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        post("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "ACCEPTED")).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", partner))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_CANCELLED");
    }

    @Test
    void repeatedInvitationWithIdempotencyKeyRecordsOnce() {
        String w = workshop(programme(), 10, List.of());
        String partner = partner(PartnerType.INDUSTRY_BODY);
        Map<String, String> key = Map.of("Idempotency-Key", "invite-" + partner);
        String first = idOf(post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, key,
                Map.of("partnerId", partner)), HttpStatus.CREATED);
        String again = idOf(post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, key,
                Map.of("partnerId", partner)), HttpStatus.CREATED);

        assertThat(again).isEqualTo(first);
        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> ((List<?>) body.get("invitations")).size() == 1);
        assertThat((Map<String, Object>) read.get("counts")).containsEntry("invited", 1);
    }
}
