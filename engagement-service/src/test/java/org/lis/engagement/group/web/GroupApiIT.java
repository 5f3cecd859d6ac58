package org.lis.engagement.group.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.FACILITATOR;
import static org.lis.support.test.TestUsers.OFFICER;

/** Standing groups over HTTP: forming, members' periods, meetings, coverage as of dates, bad input and roles. */
class GroupApiIT extends ApiTestBase {

    @Test
    void officerFormsGroupInvitesJoinsMeetsAndLeavesAndCoverageFollowsThePeriod() {
        String uksa = registerPartner(unique("UK Space Agency"));
        String bcc = registerPartner(unique("Buckinghamshire County Council"));
        String btvlep = registerPartner(unique("BTVLEP"));
        String programme = programme();
        String name = unique("Upstream Space audit");

        String groupId = createdId(post("/api/groups", OFFICER, Map.of("name", name, "kind", "STEERING_GROUP",
                "convenorPartnerId", uksa, "themes", List.of("CLEAN_GROWTH"), "programmeId", programme,
                "description", "Steers the audit", "formedOn", "2018-06-01")), "/api/groups/[^/]+$", 0);

        String membershipId = createdId(post("/api/groups/" + groupId + "/members", OFFICER, Map.of("partnerId", bcc,
                "invitedOn", "2018-06-10", "invitedByPartnerId", btvlep)), "/api/groups/" + groupId + "$", 1);
        String beforeJoinRecorded = serviceNow(programme);
        post("/api/groups/" + groupId + "/members/" + bcc + "/joined", OFFICER, Map.of("joinedOn", "2018-07-01"))
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        String meetingId = createdId(post("/api/groups/" + groupId + "/meetings", OFFICER, Map.of("heldOn", "2018-07-15",
                "title", "Kick-off", "attendeePartnerIds", List.of(uksa, bcc), "notes", "Terms of reference agreed")),
                "/api/groups/" + groupId + "$", 3);
        post("/api/groups/" + groupId + "/members/" + bcc + "/left", OFFICER, Map.of("leftOn", "2018-08-31",
                "reason", "Reorganised")).expectStatus().isOk();

        // reads follow writes within a second: wait for the last one
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/groups/" + groupId, BOARD)
                .expectHeader().valueEquals("ETag", "\"4\""));
        for (String user : List.of(OFFICER, FACILITATOR, BOARD)) {
            get("/api/groups/" + groupId, user).expectStatus().isOk()
                    .expectHeader().valueEquals("ETag", "\"4\"")
                    .expectBody()
                    .jsonPath("$.name").isEqualTo(name)
                    .jsonPath("$.kind").isEqualTo("STEERING_GROUP")
                    .jsonPath("$.convenor.partnerId").isEqualTo(uksa)
                    .jsonPath("$.convenor.name").value(containsString("UK Space Agency"))
                    .jsonPath("$.themes[0]").isEqualTo("CLEAN_GROWTH")
                    .jsonPath("$.programmeId").isEqualTo(programme)
                    .jsonPath("$.formedOn").isEqualTo("2018-06-01")
                    .jsonPath("$.memberCount").isEqualTo(0)
                    .jsonPath("$.members[0].membershipId").isEqualTo(membershipId)
                    .jsonPath("$.members[0].partnerId").isEqualTo(bcc)
                    .jsonPath("$.members[0].status").isEqualTo("LEFT")
                    .jsonPath("$.members[0].invitedOn").isEqualTo("2018-06-10")
                    .jsonPath("$.members[0].invitedBy.partnerId").isEqualTo(btvlep)
                    .jsonPath("$.members[0].joinedOn").isEqualTo("2018-07-01")
                    .jsonPath("$.members[0].leftOn").isEqualTo("2018-08-31")
                    .jsonPath("$.members[0].leftReason").isEqualTo("Reorganised")
                    .jsonPath("$.meetings[0].meetingId").isEqualTo(meetingId)
                    .jsonPath("$.meetings[0].heldOn").isEqualTo("2018-07-15")
                    .jsonPath("$.meetings[0].attendees[1].partnerId").isEqualTo(bcc)
                    .jsonPath("$.meetings[0].notes").isEqualTo("Terms of reference agreed");
        }
        get("/api/groups?partnerId=" + bcc, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(groupId)
                .jsonPath("$.items[0].meetingCount").isEqualTo(1);

        // coverage as of dates across the membership period
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(level(programme, bcc, "2018-09-20")).isEqualTo("ENGAGED"));
        assertThat(level(programme, bcc, "2018-06-09")).isEqualTo("NONE");
        assertThat(level(programme, bcc, "2018-06-20")).isEqualTo("INVITED");
        assertThat(level(programme, bcc, "2018-07-01")).isEqualTo("ENGAGED");
        assertThat(level(programme, uksa, "2018-05-31")).isEqualTo("NONE");
        assertThat(level(programme, uksa, "2018-06-01")).isEqualTo("ENGAGED");
        // as recorded before the join was: invited only, whatever the date asked
        assertThat(level(programme, bcc, "2018-07-15&recordedBy=" + beforeJoinRecorded)).isEqualTo("INVITED");
        assertThat(level(programme, bcc, "2018-09-20&recordedBy=" + beforeJoinRecorded)).isEqualTo("INVITED");

        // the partner page lists the membership and the meeting; the audit trail names the group
        get("/api/partners/" + bcc, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.engagementLevel").isEqualTo("ENGAGED")
                .jsonPath("$.history[?(@.kind == 'GROUP_INVITED')].groupName").isEqualTo(List.of(name))
                .jsonPath("$.history[?(@.kind == 'GROUP_JOINED')].on").isEqualTo(List.of("2018-07-01"))
                .jsonPath("$.history[?(@.kind == 'GROUP_MEETING')].groupId").isEqualTo(List.of(groupId))
                .jsonPath("$.history[?(@.kind == 'GROUP_LEFT')].on").isEqualTo(List.of("2018-08-31"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/audit?partnerId=" + bcc, BOARD)
                .expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("joined group '" + name + "' on 2018-07-01")
                        .contains("group '" + name + "' met on 2018-07-15")));
    }

    @Test
    void badInputIsRefusedAndRecordsNothing() {
        String uksa = registerPartner(unique("UK Space Agency"));
        String bcc = registerPartner(unique("Buckinghamshire County Council"));
        String avdc = registerPartner(unique("Aylesbury Vale District Council"));
        String name = unique("Bucks Industrial Strategy");
        String groupId = createdId(post("/api/groups", OFFICER, Map.of("name", name, "kind", "TASK_AND_FINISH",
                "convenorPartnerId", uksa, "themes", List.of())));
        String members = "/api/groups/" + groupId + "/members";
        post(members, OFFICER, Map.of("partnerId", bcc, "joinedOn", "2018-07-01")).expectStatus().isCreated();
        long events = eventsOf(groupId, "Event");

        // a name another group has, case and spacing ignored: 409
        post("/api/groups", OFFICER, Map.of("name", "  " + name.toUpperCase() + " ", "kind", "OTHER",
                "convenorPartnerId", uksa)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("DUPLICATE_GROUP_NAME");
        // unregistered convenor or member: 404 naming the field
        post("/api/groups", OFFICER, Map.of("name", unique("Group"), "kind", "OTHER", "convenorPartnerId", "nobody"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.errors[0].field").isEqualTo("convenorPartnerId");
        post(members, OFFICER, Map.of("partnerId", "nobody", "invitedOn", "2018-07-01"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.errors[0].field").isEqualTo("partnerId");
        // unknown kind, no dates: 400
        post("/api/groups", OFFICER, Map.of("name", unique("Group"), "kind", "CLUB", "convenorPartnerId", uksa))
                .expectStatus().isBadRequest();
        post(members, OFFICER, Map.of("partnerId", avdc)).expectStatus().isBadRequest();
        // added twice: 409; leaving without joining: 409
        post(members, OFFICER, Map.of("partnerId", bcc, "invitedOn", "2018-07-01")).expectStatus().isEqualTo(409);
        post(members + "/" + avdc + "/left", OFFICER, Map.of("leftOn", "2018-07-01")).expectStatus().isEqualTo(409);
        // dates: in the future, joining before invitation, leaving before joining: 422
        post(members, OFFICER, Map.of("partnerId", avdc, "invitedOn", TODAY.plusDays(1).toString()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("invitedOn");
        post(members, OFFICER, Map.of("partnerId", avdc, "invitedOn", "2018-07-02", "joinedOn", "2018-07-01"))
                .expectStatus().isEqualTo(422);
        post(members + "/" + bcc + "/left", OFFICER, Map.of("leftOn", "2018-06-30")).expectStatus().isEqualTo(422);
        // attendees: not a member on the day: 422 naming it; named twice: 400
        post("/api/groups/" + groupId + "/meetings", OFFICER, Map.of("heldOn", "2018-07-10",
                "attendeePartnerIds", List.of(uksa, avdc))).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(containsString(avdc));
        post("/api/groups/" + groupId + "/meetings", OFFICER, Map.of("heldOn", "2018-07-10",
                "attendeePartnerIds", List.of(bcc, bcc))).expectStatus().isBadRequest();
        // unknown group: 404
        post("/api/groups/nope/members", OFFICER, Map.of("partnerId", bcc, "invitedOn", "2018-07-01"))
                .expectStatus().isNotFound();
        get("/api/groups/nope", BOARD).expectStatus().isNotFound();

        assertThat(eventsOf(groupId, "Event")).isEqualTo(events);
    }

    @Test
    void boardAndFacilitatorCannotWrite() {
        String uksa = registerPartner(unique("UK Space Agency"));
        String name = unique("Sustainable Airports audit");
        for (String user : List.of(BOARD, FACILITATOR)) {
            post("/api/groups", user, Map.of("name", name, "kind", "STEERING_GROUP", "convenorPartnerId", uksa))
                    .expectStatus().isForbidden();
        }
        String groupId = createdId(post("/api/groups", OFFICER, Map.of("name", name, "kind", "STEERING_GROUP",
                "convenorPartnerId", uksa)));
        for (String user : List.of(BOARD, FACILITATOR)) {
            post("/api/groups/" + groupId + "/members", user, Map.of("partnerId", uksa, "joinedOn", "2018-07-01"))
                    .expectStatus().isForbidden();
            post("/api/groups/" + groupId + "/meetings", user, Map.of("heldOn", "2018-07-01",
                    "attendeePartnerIds", List.of(uksa))).expectStatus().isForbidden();
            post("/api/groups/" + groupId + "/members/" + uksa + "/left", user, Map.of("leftOn", "2018-07-01"))
                    .expectStatus().isForbidden();
        }
        assertThat(eventsOf(groupId, "Event")).isEqualTo(1);
    }

    /** The service's now, which stamps what it records: the default {@code recordedBy} of coverage. */
    private String serviceNow(String programme) {
        return get("/api/programmes/" + programme + "/coverage", BOARD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("recordedBy").asText();
    }

    /** The partner's level in the programme's coverage rows as of {@code asOf}. */
    private String level(String programme, String partnerId, String asOf) {
        for (int page = 0; ; page++) {
            JsonNode rows = get("/api/programmes/" + programme + "/coverage/partners?size=100&page=" + page
                    + "&asOf=" + asOf, BOARD).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                    .getResponseBody();
            for (JsonNode row : rows.path("items")) {
                if (row.path("partnerId").asText().equals(partnerId)) {
                    return row.path("level").asText();
                }
            }
            if (rows.path("items").isEmpty()) {
                return null;
            }
        }
    }

    private String programme() {
        return createdId(post("/api/programmes", OFFICER, Map.of("name", unique("Bucks LIS"),
                "adoptionTargetDate", "2018-12-31",
                "readiness", Map.of("keyPartnersEngaged", false, "minEngagedPerTheme", 0,
                        "minFeedbackPerHypothesis", 0))));
    }
}
