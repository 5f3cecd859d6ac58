package org.lis.workshop.config;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.lis.support.axon.AggregateRegistration;
import org.lis.workshop.ApiTestBase;
import org.lis.workshop.schedule.command.Workshop;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * With a snapshot every three events, a busy workshop is stored as a snapshot, and the workshop loaded from it
 * (its cached copy dropped) still keeps its places and knows whom it invited.
 */
@TestPropertySource(properties = "lis.axon.snapshot-threshold=3")
class WorkshopSnapshotIT extends ApiTestBase {

    @Autowired
    AggregateRegistration<Workshop> workshops;
    @Value("${lis.mongodb.event-database}")
    String eventDatabase;

    @Test
    void workshopLoadedFromItsSnapshotKeepsItsRules() {
        String w = workshop(programme(), 2, List.of());
        List<String> partners = partners(6, PartnerType.BUSINESS);
        List<String> invitations = partners.stream().map(partner -> invite(w, partner)).toList();
        accept(w, invitations.get(0)).expectStatus().isOk();
        accept(w, invitations.get(1)).expectStatus().isOk();

        try (MongoClient client = MongoClients.create(MongoTestServer.uri())) {
            var snapshots = client.getDatabase(eventDatabase).getCollection("snapshotevents");
            // schedule, six invitations and two acceptances are events 0 to 8: a snapshot covers an acceptance
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                Document snapshot = snapshots.find(eq("_id", w)).first();
                return snapshot != null && snapshot.get("sequenceNumber", Number.class).longValue() >= 7;
            });
            assertThat(snapshots.find(eq("_id", w)).first().toJson()).contains(partners.get(5), "ACCEPTED");
        }
        workshops.cache().removeAll();

        accept(w, invitations.get(2)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_FULL");
        workshops.cache().removeAll();
        post("/api/workshops/" + w + "/invitations", TestUsers.OFFICER, Map.of("partnerId", partners.get(0)))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("PARTNER_ALREADY_INVITED");
        workshops.cache().removeAll();
        accept(w, invitations.get(1)).expectStatus().isOk();
        post("/api/workshops/" + w + "/invitations/" + invitations.get(1) + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "DECLINED")).expectStatus().isOk();
        workshops.cache().removeAll();
        accept(w, invitations.get(3)).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec accept(String w, String invitation) {
        return post("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp", TestUsers.OFFICER,
                Map.of("response", "ACCEPTED"));
    }
}
