package org.lis.workshop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Invitations, RSVPs, attendance, no-shows and feedback over HTTP. */
class EngagementApiIT extends ApiTestBase {

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
    void attendanceWalkInsAndNoShows() {
        String w = workshop(programme(), 10, List.of());
        String invited = partner(PartnerType.UNIVERSITY);
        String absent = partner(PartnerType.BUSINESS);
        String walkIn = partner(PartnerType.VOLUNTARY_SECTOR);
        invite(w, invited);
        invite(w, absent);

        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", invited,
                "checkedInAt", "2018-08-14T09:10:00Z")).expectStatus().isOk();
        post("/api/workshops/" + w + "/attendance", TestUsers.OFFICER, Map.of("partnerId", invited))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("ALREADY_CHECKED_IN");
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", walkIn))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_INVITED");
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", walkIn,
                "walkIn", true, "checkedInAt", "2018-08-14T09:30:00Z")).expectStatus().isOk();
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", "ghost",
                "walkIn", true)).expectStatus().isNotFound();
        post("/api/workshops/" + w + "/attendance", TestUsers.BOARD, Map.of("partnerId", walkIn))
                .expectStatus().isForbidden();
        post("/api/workshops/" + w + "/no-shows", TestUsers.FACILITATOR, Map.of("partnerId", invited))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        post("/api/workshops/" + w + "/no-shows", TestUsers.FACILITATOR, Map.of("partnerId", walkIn))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("NOT_INVITED");
        post("/api/workshops/" + w + "/no-shows", TestUsers.FACILITATOR, Map.of("partnerId", absent))
                .expectStatus().isOk();
        post("/api/workshops/" + w + "/no-shows", TestUsers.OFFICER, Map.of("partnerId", absent))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        post("/api/workshops/" + w + "/no-shows", TestUsers.BOARD, Map.of("partnerId", absent))
                .expectStatus().isForbidden();

        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> ((Map<String, Object>) body.get("counts")).get("noShows").equals(1));
        assertThat((Map<String, Object>) read.get("counts")).containsEntry("attended", 2).containsEntry("walkIns", 1);
        assertThat((List<Map<String, Object>>) read.get("attendance")).extracting(a -> a.get("partnerId"))
                .containsExactly(invited, walkIn);
        assertThat((List<Map<String, Object>>) read.get("noShows")).extracting(a -> a.get("partnerId"))
                .containsExactly(absent);
    }

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
        String programmeId = programme();
        String h = hypothesis(programmeId);
        String w = workshop(programmeId, 10, List.of(h));
        String partner = partner(PartnerType.UNIVERSITY);
        String feedback = "/api/workshops/" + w + "/feedback";
        String id = idOf(post(feedback, TestUsers.FACILITATOR, Map.of("hypothesisId", h, "partnerId", partner,
                "stance", "SUPPORT", "confidence", 4, "writtenSubmission", true)), HttpStatus.CREATED);
        post(feedback + "/" + id + "/corrections", TestUsers.FACILITATOR, Map.of("stance", "OPPOSE", "confidence", 2,
                "reason", "misread the letter")).expectStatus().isOk();
        client().post().uri("/api/workshops/" + w + "/close").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("closedAt", "2018-08-14T14:00:00Z"))
                .exchange().expectStatus().isOk();

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

    @Test
    void repeatedInvitationWithIdempotencyKeyRecordsOnce() {
        String w = workshop(programme(), 10, List.of());
        String partner = partner(PartnerType.INDUSTRY_BODY);
        String first = idOf(client().post().uri("/api/workshops/" + w + "/invitations")
                .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).header("Idempotency-Key", "invite-" + partner)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partnerId", partner)).exchange(),
                HttpStatus.CREATED);
        String again = idOf(client().post().uri("/api/workshops/" + w + "/invitations")
                .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).header("Idempotency-Key", "invite-" + partner)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partnerId", partner)).exchange(),
                HttpStatus.CREATED);

        assertThat(again).isEqualTo(first);
        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> ((List<?>) body.get("invitations")).size() == 1);
        assertThat((Map<String, Object>) read.get("counts")).containsEntry("invited", 1);
    }
}
