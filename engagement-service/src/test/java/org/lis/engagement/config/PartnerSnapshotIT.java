package org.lis.engagement.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.command.Partner;
import org.lis.support.axon.AggregateRegistration;
import org.lis.support.test.MongoTestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * Partners are snapshotted: with a low threshold a few updates leave a snapshot in the event database,
 * and a partner loaded from it (cache emptied) takes the next command at the right version with its
 * state intact: its contacts and activities are still known to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lis.axon.snapshot-threshold=3")
class PartnerSnapshotIT {

    private static String databases;

    @Autowired
    WebTestClient client;
    @Autowired
    AggregateRegistration<Partner> partners;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        databases = MongoTestServer.register(registry);
    }

    @Test
    void partnerLoadedFromItsSnapshotTakesTheNextCommand() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        String name = "Snapshot University " + UUID.randomUUID().toString().substring(0, 8);
        String id = client.post().uri("/api/partners").header("Authorization", OFFICER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(name, "2018-06-01")).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .path("id").asText();
        String contactId = client.post().uri("/api/partners/" + id + "/contacts").header("Authorization", OFFICER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Sam Snap", "role", "Dean",
                        "email", "sam@snap.example", "lawfulBasis", "CONSENT")).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .path("id").asText();
        for (int i = 2; i <= 5; i++) {
            put(id, String.valueOf(i - 1), body(name + " " + i, "2018-07-0" + i)).expectStatus().isOk()
                    .expectHeader().valueEquals("ETag", "\"" + i + "\"");
        }

        try (MongoClient mongo = MongoClients.create(MongoTestServer.uri())) {
            MongoCollection<Document> snapshots = mongo.getDatabase(MongoTestServer.eventDatabase(databases))
                    .getCollection("snapshotevents");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    snapshots.countDocuments(Filters.eq("aggregateIdentifier", id)) > 0);
        }

        partners.cache().removeAll();
        put(id, "4", body(name + " stale", "2018-08-01")).expectStatus().isEqualTo(412);
        put(id, "5", body(name + " 6", "2018-08-01")).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"6\"");
        // the contact survived the snapshot: erasing it is allowed once, then refused as already erased
        partners.cache().removeAll();
        client.delete().uri("/api/partners/" + id + "/contacts/" + contactId).header("Authorization", OFFICER)
                .exchange().expectStatus().isNoContent().expectHeader().valueEquals("ETag", "\"7\"");
        partners.cache().removeAll();
        client.delete().uri("/api/partners/" + id + "/contacts/" + contactId).header("Authorization", OFFICER)
                .exchange().expectStatus().isEqualTo(409);
    }

    private WebTestClient.ResponseSpec put(String id, String version, Map<String, Object> body) {
        return client.put().uri("/api/partners/" + id).header("Authorization", OFFICER)
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private static Map<String, Object> body(String name, String effectiveOn) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", "UNIVERSITY",
                "sectors", List.of("ai-research"), "themes", List.of("AI_AND_DATA"), "district", "Aylesbury Vale",
                "keyPartner", true));
        body.put("effectiveOn", effectiveOn);
        return body;
    }
}
