package org.lis.engagement.programme.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * Over HTTP: dates given as weeks and months come back as given; officers record milestones delivered and
 * slipped, and every refusal records nothing; coverage reads a month-end phase to its last day and leaves the
 * convenor out.
 */
class MilestoneApiIT extends ApiTestBase {

    @Test
    void precisionsComeBackAsGivenAndMilestonesAreDeliveredAndSlipped() {
        String convenor = registerPartner(unique("Buckinghamshire Thames Valley LEP"));
        String id = createdId(post("/api/programmes", OFFICER, programme(convenor, "2018")));
        Map<String, String> ids = milestoneIds(id);
        String evidence = ids.get("Draft evidence base");
        String vision = ids.get("Draft LIS vision");
        String presentation = ids.get("LIS vision presentation");
        get("/api/programmes/" + id, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.convenorPartnerId").isEqualTo(convenor)
                .jsonPath("$.phases[1].startsOn").isEqualTo("2018-08-01")
                .jsonPath("$.phases[1].startsOnPrecision").isEqualTo("MONTH")
                .jsonPath("$.phases[1].endsOn").isEqualTo("2018-09-15")
                .jsonPath("$.phases[1].endsOnPrecision").isEqualTo("MONTH")
                .jsonPath("$.phases[0].endsOnPrecision").isEqualTo("DAY")
                .jsonPath("$.phases[1].milestones[0].precision").isEqualTo("WEEK")
                .jsonPath("$.phases[1].milestones[0].status").isEqualTo("DUE")
                .jsonPath("$.phases[1].milestones[1].precision").isEqualTo("DAY");

        delivered(id, evidence, "2018-07-16").expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        delivered(id, evidence, "2018-07-17").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("MILESTONE_ALREADY_DELIVERED");
        delivered(id, presentation, TODAY.plusDays(1).toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("MILESTONE_DATE_REFUSED")
                .jsonPath("$.errors[0].field").isEqualTo("deliveredOn");
        delivered(id, "no-such-milestone", "2018-07-16").expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("MILESTONE_NOT_FOUND");
        slipped(id, vision, Map.of("newDueOn", "2018-10-01", "precision", "WEEK")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        slipped(id, evidence, slip("2018-08-01", "DAY", "Too late")).expectStatus().isEqualTo(409);
        slipped(id, vision, slip("2018-09-30", "DAY", "No later")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("MILESTONE_DATE_REFUSED");
        slipped(id, vision, slip("2018-10-01", "WEEK", "Evidence from the audits came late"))
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        post("/api/programmes/" + id + "/milestones/" + vision + "/delivered", BOARD,
                Map.of("deliveredOn", "2018-07-16")).expectStatus().isForbidden();

        // reads follow writes within a second
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                get("/api/programmes/" + id, BOARD).expectBody().jsonPath("$.version").isEqualTo(2));
        get("/api/programmes/" + id, BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.phases[0].milestones[1].status").isEqualTo("DELIVERED")
                .jsonPath("$.phases[0].milestones[1].deliveredOn").isEqualTo("2018-07-16")
                .jsonPath("$.phases[1].milestones[0].status").isEqualTo("SLIPPED")
                .jsonPath("$.phases[1].milestones[0].dueOn").isEqualTo("2018-10-01")
                .jsonPath("$.phases[1].milestones[0].precision").isEqualTo("WEEK")
                .jsonPath("$.phases[1].milestones[0].slips[0].from").isEqualTo("2018-09-24")
                .jsonPath("$.phases[1].milestones[0].slips[0].to").isEqualTo("2018-10-01")
                .jsonPath("$.phases[1].milestones[0].slips[0].reason").isEqualTo("Evidence from the audits came late")
                .jsonPath("$.phases[1].milestones[0].slips[0].recordedAt").value(notNullValue());
        get("/api/programmes/" + id + "?asOf=2018-07-15", BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.phases[0].milestones[1].status").isEqualTo("DUE")
                .jsonPath("$.phases[0].milestones[1].deliveredOn").value(org.hamcrest.Matchers.nullValue());
        get("/api/programmes/" + id + "?asOf=not-a-date", BOARD).expectStatus().isBadRequest();
        assertThat(eventsOf(id, "MilestoneDeliveredEvent")).isEqualTo(1);
        assertThat(eventsOf(id, "MilestoneSlippedEvent")).isEqualTo(1);

        get("/api/programmes/" + id + "/coverage/trend", BOARD).expectStatus().isOk().expectBody()
                .jsonPath("$.milestones[?(@.name == 'Draft evidence base')].deliveredOn").isEqualTo("2018-07-16")
                .jsonPath("$.milestones[?(@.name == 'Draft LIS vision')].status").isEqualTo("SLIPPED")
                .jsonPath("$.milestones[?(@.name == 'Draft LIS vision')].dueBy").isEqualTo("2018-10-07")
                .jsonPath("$.points[?(@.on == '2018-07-16')].delivered[0]").isEqualTo("Draft evidence base");
    }

    @Test
    void anUnknownConvenorIsRefusedAndNothingIsRecorded() {
        long before = eventsMentioning("no-such-partner");
        post("/api/programmes", OFFICER, programme("no-such-partner", "2018")).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PARTNER_NOT_FOUND")
                .jsonPath("$.errors[0].field").isEqualTo("convenorPartnerId");
        assertThat(eventsMentioning("no-such-partner")).isEqualTo(before);
    }

    @Test
    void aPhaseEndingInSeptemberCountsTheThirtiethAndTheConvenorIsNotCounted() {
        // 2016, so no other test's engagement falls in these phases
        String convenor = registerPartner(unique("Convening LEP"));
        String partner = registerPartner(unique("University of Buckingham"));
        String id = createdId(post("/api/programmes", OFFICER, programme(convenor, "2016")));
        milestoneIds(id);
        for (String who : List.of(convenor, partner)) {
            post("/api/partners/" + who + "/activities", OFFICER, Map.of("kind", "ROUND_TABLE",
                    "occurredOn", "2016-09-30", "summary", "Round table", "programmeId", id,
                    "themes", List.of("AI_AND_DATA"))).expectStatus().isCreated();
        }
        awaitPartnerVersion(partner, 1);
        awaitPartnerVersion(convenor, 1);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                get("/api/programmes/" + id + "/coverage?asOf=2016-09-30&groupBy=PHASE", BOARD)
                        .expectStatus().isOk().expectBody()
                        .jsonPath("$.groups[?(@.key == 'P2')].engaged").isEqualTo(1)
                        .jsonPath("$.convenor.partnerId").isEqualTo(convenor)
                        .jsonPath("$.gaps.keyPartnersNotEngaged[?(@.id == '" + convenor + "')]").isEmpty());
        get("/api/programmes/" + id + "/coverage/partners?asOf=2016-09-30&size=500", BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.partnerId == '" + convenor + "')]").isEmpty()
                .jsonPath("$.items[?(@.partnerId == '" + partner + "')].level").isEqualTo("ENGAGED");
    }

    /** The board paper's phases 1 and 2 in {@code year}; phase 2 given in months, ending "September". */
    private static Map<String, Object> programme(String convenor, String year) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Buckinghamshire LIS"));
        body.put("adoptionTargetDate", year + "-12-31");
        body.put("convenorPartnerId", convenor);
        body.put("readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                "minFeedbackPerHypothesis", 0));
        body.put("phases", List.of(
                Map.of("code", "P1", "name", "Evidence base production", "startsOn", year + "-06-01",
                        "endsOn", year + "-07-31", "milestones", List.of(
                                Map.of("name", "Inception", "dueOn", year + "-05-29"),
                                Map.of("name", "Draft evidence base", "dueOn", year + "-07-16"))),
                Map.of("code", "P2", "name", "Stakeholder engagement", "startsOn", year + "-08-01",
                        "startsOnPrecision", "MONTH", "endsOn", year + "-09-15", "endsOnPrecision", "MONTH",
                        "milestones", List.of(
                                Map.of("name", "Draft LIS vision", "dueOn", year + "-09-24", "precision", "WEEK"),
                                Map.of("name", "LIS vision presentation", "dueOn", year + "-10-05")))));
        return body;
    }

    /** The programme's milestone ids by name, once it can be read. */
    @SuppressWarnings("unchecked")
    private Map<String, String> milestoneIds(String programmeId) {
        Map<String, String> ids = new HashMap<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
                get("/api/programmes/" + programmeId, OFFICER).returnResult(Map.class).getStatus().is2xxSuccessful());
        Map<String, Object> body = get("/api/programmes/" + programmeId, OFFICER).expectBody(Map.class)
                .returnResult().getResponseBody();
        for (Map<String, Object> phase : (List<Map<String, Object>>) body.get("phases")) {
            for (Map<String, Object> m : (List<Map<String, Object>>) phase.get("milestones")) {
                ids.put((String) m.get("name"), (String) m.get("milestoneId"));
            }
        }
        return ids;
    }

    private static Map<String, Object> slip(String to, String precision, String reason) {
        return Map.of("newDueOn", to, "precision", precision, "reason", reason);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec delivered(String id,
                                                                                              String milestone,
                                                                                              String on) {
        return post("/api/programmes/" + id + "/milestones/" + milestone + "/delivered", OFFICER,
                Map.of("deliveredOn", on, "note", "Circulated to the steering group"));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec slipped(String id,
                                                                                            String milestone,
                                                                                            Map<String, Object> body) {
        return post("/api/programmes/" + id + "/milestones/" + milestone + "/slipped", OFFICER, body);
    }
}
