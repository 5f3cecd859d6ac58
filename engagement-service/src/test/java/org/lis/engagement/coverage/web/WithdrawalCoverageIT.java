package org.lis.engagement.coverage.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lis.events.common.Theme;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coverage over HTTP across withdrawals appended as the workshop service records them: a check-in recorded by
 * mistake and an invitation sent in error. As of the check-in's date the partner is no longer engaged once the
 * withdrawal is recorded, while {@code recordedBy} before it still shows what the board saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithdrawalCoverageIT {

    @Autowired
    WebTestClient client;
    @Autowired
    EventStore eventStore;

    private final AtomicLong workshopSequence = new AtomicLong();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MongoTestServer.register(registry);
    }

    @Test
    void coverageAsOfAndAsRecordedAcrossWithdrawals() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String programme = id(post("/api/programmes", TestUsers.OFFICER, Map.of("name", "Withdrawal LIS " + suffix,
                "adoptionTargetDate", "2018-12-31",
                "phases", List.of(Map.of("code", "P2", "name", "Engagement", "startsOn", "2018-08-01",
                        "endsOn", "2018-09-30", "milestones", List.of())),
                "readiness", Map.of("keyPartnersEngaged", false, "minEngagedPerTheme", 0,
                        "minFeedbackPerHypothesis", 0))));
        String business = id(post("/api/partners", TestUsers.OFFICER, Map.of("name", "Delta " + suffix,
                "type", "BUSINESS", "sectors", List.of("space"), "themes", List.of("AI_AND_DATA"),
                "district", "Aylesbury Vale", "keyPartner", false)));
        String w = "w-" + suffix;
        workshopEvent(w, new WorkshopScheduledEvent(w, programme, "P2", "AI workshop", List.of(Theme.AI_AND_DATA),
                Instant.parse("2018-08-15T09:00:00Z"), Instant.parse("2018-08-15T12:00:00Z"), "Buckingham", 30,
                "Fran", List.of()));
        workshopEvent(w, new PartnerInvitedEvent(w, programme, "i-" + suffix, business, null,
                Instant.parse("2018-07-25T10:00:00Z")));
        workshopEvent(w, new AttendeeCheckedInEvent(w, programme, business, null,
                Instant.parse("2018-08-15T09:05:00Z"), true, "ci-" + suffix));
        await().atMost(Duration.ofSeconds(10)).until(() -> totals(programme, "asOf=2018-09-30").path("engaged")
                .asInt() == 1);
        // the service's now, which stamps what it records
        String seen = serviceNow(programme);

        workshopEvent(w, new CheckInWithdrawnEvent(w, programme, business, "ci-" + suffix,
                Instant.parse("2018-08-20T10:00:00Z"), "checked in the wrong organisation"));
        await().atMost(Duration.ofSeconds(10)).until(() -> totals(programme, "asOf=2018-08-15").path("engaged")
                .asInt() == 0);
        assertThat(totals(programme, "asOf=2018-08-15").path("invitedOnly").asInt()).isEqualTo(1);
        assertThat(totals(programme, "asOf=2018-08-15&recordedBy=" + seen).path("engaged").asInt())
                .as("what the board saw before the withdrawal").isEqualTo(1);
        String checkInWithdrawn = serviceNow(programme);

        workshopEvent(w, new InvitationWithdrawnEvent(w, programme, "i-" + suffix, business,
                Instant.parse("2018-08-21T10:00:00Z"), "sent in error"));
        await().atMost(Duration.ofSeconds(10)).until(() -> totals(programme, "asOf=2018-08-15").path("notContacted")
                .asInt() == 1);
        assertThat(totals(programme, "asOf=2018-08-15&recordedBy=" + checkInWithdrawn).path("invitedOnly").asInt())
                .isEqualTo(1);

        // the audit has a processor of its own, which may trail the coverage one
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(get("/api/audit?partnerId=" + business,
                TestUsers.OFFICER).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .path("items").toString()).contains("checked in at").contains("check-in of")
                .contains("withdrawn as recorded by mistake").contains("withdrawn as sent in error"));
    }

    private String serviceNow(String programme) {
        return get("/api/programmes/" + programme + "/coverage", TestUsers.BOARD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("recordedBy").asText();
    }

    private JsonNode totals(String programme, String query) {
        return get("/api/programmes/" + programme + "/coverage?" + query, TestUsers.BOARD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("totals");
    }

    private void workshopEvent(String workshopId, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Workshop", workshopId,
                workshopSequence.getAndIncrement(), event, MetaData.with("actor", "facilitator")));
    }

    private static String id(WebTestClient.ResponseSpec created) {
        return created.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .path("id").asText();
    }

    private WebTestClient.ResponseSpec post(String path, String authorization, Object body) {
        return client.post().uri(path).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String authorization) {
        return client.get().uri(path).header("Authorization", authorization).exchange();
    }
}
