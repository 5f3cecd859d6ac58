package org.lis.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

class ProjectionReplayIT extends ApiTestBase {

    private static final List<String> READ_MODELS = List.of("replica_partners", "replica_programmes", "hypotheses",
            "workshops", "invitations", "attendance", "no_shows", "feedback");

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void projectionsRebuiltByReplayEqualTheLiveOnes() {
        OpenWorkshop workshop = openWorkshop(5);
        String attendee = partner(PartnerType.UNIVERSITY);
        String absentee = partner(PartnerType.BUSINESS);
        contact(attendee, true);
        String invitation = invite(workshop.id(), attendee);
        invite(workshop.id(), absentee);
        post(workshop.path("/invitations/" + invitation + "/rsvp"), TestUsers.OFFICER,
                Map.of("response", "ACCEPTED")).expectStatus().isOk();
        post(workshop.path("/attendance"), TestUsers.FACILITATOR, Map.of("partnerId", attendee))
                .expectStatus().isOk();
        post(workshop.path("/no-shows"), TestUsers.FACILITATOR, Map.of("partnerId", absentee))
                .expectStatus().isOk();
        String feedback = idOf(post(workshop.path("/feedback"), TestUsers.FACILITATOR, Map.of(
                "hypothesisId", workshop.hypothesisId(), "partnerId", attendee, "stance", "SUPPORT", "confidence", 4)),
                HttpStatus.CREATED);
        post(workshop.path("/close"), TestUsers.OFFICER, Map.of()).expectStatus().isOk();
        post(workshop.path("/feedback/" + feedback + "/corrections"), TestUsers.OFFICER, Map.of(
                "stance", "OPPOSE", "confidence", 2, "reason", "minutes")).expectStatus().isOk();
        awaitRead(workshop.path(), body -> "CLOSED".equals(body.get("status"))
                && ((List<Map<String, Object>>) body.get("feedback")).stream()
                .anyMatch(f -> "OPPOSE".equals(f.get("stance"))));
        awaitRead("/api/hypotheses/" + workshop.hypothesisId(), body -> true);
        Map<String, List<Document>> live = readModels();
        // a document no event explains: only a reset clears it, which proves the rebuild really ran
        database.getCollection("workshops").insertOne(new Document("_id", "stray"));

        for (String name : List.of("workshop-views", "workshop-replica")) {
            PooledStreamingEventProcessor processor =
                    processing.eventProcessor(name, PooledStreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(readModels()).isEqualTo(live));
    }

    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> models = new LinkedHashMap<>();
        for (String name : READ_MODELS) {
            models.put(name, database.getCollection(name).find().sort(new Document("_id", 1))
                    .into(new ArrayList<>()));
        }
        return models;
    }
}
