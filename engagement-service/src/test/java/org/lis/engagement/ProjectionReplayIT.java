package org.lis.engagement;

import com.mongodb.client.model.Sorts;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.programme.Milestone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.OFFICER;

/** Read models are disposable: replaying every event from the start rebuilds exactly what was built live. */
class ProjectionReplayIT extends ApiTestBase {

    private static final Map<String, String> READ_MODELS = Map.of(
            "partners", "partners",
            "partner-contacts", "partner_contacts",
            "partner-names", "partner_names",
            "programmes", "programmes");

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void readModelsRebuiltByReplayEqualTheLiveOnes() {
        String kept = registerPartner(unique("University of Buckingham"));
        String renamed = registerPartner(unique("Brunel"));
        client.put().uri("/api/partners/" + renamed).header("Authorization", OFFICER).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", unique("Brunel University London"), "type", "UNIVERSITY",
                        "sectors", List.of("aviation"), "effectiveOn", "2018-10-01", "keyPartner", false))
                .exchange().expectStatus().isOk();
        post("/api/partners/" + kept + "/activities", OFFICER, Map.of("kind", "ROUND_TABLE", "occurredOn", "2018-04-30",
                "summary", "Round table", "themes", List.of("AI_AND_DATA"))).expectStatus().isCreated();
        String contact = createdId(post("/api/partners/" + kept + "/contacts", OFFICER, Map.of("name", "Kim Keep",
                "email", "kim@buckingham.example.ac.uk", "lawfulBasis", "CONSENT")));
        String erased = createdId(post("/api/partners/" + kept + "/contacts", OFFICER, Map.of("name", "Eve Erase",
                "email", "eve@buckingham.example.ac.uk", "lawfulBasis", "CONSENT")));
        client.delete().uri("/api/partners/" + kept + "/contacts/" + erased).header("Authorization", OFFICER).exchange()
                .expectStatus().isNoContent();
        // a programme with dates given as weeks and months, a convenor, and a milestone delivered and one slipped
        String programme = createdId(post("/api/programmes", OFFICER, Map.of("name", unique("LIS"),
                "adoptionTargetDate", "2018-12-31", "convenorPartnerId", kept,
                "phases", List.of(Map.of("code", "P2", "name", "Engagement", "startsOn", "2018-08-01",
                        "startsOnPrecision", "MONTH", "endsOn", "2018-09-01", "endsOnPrecision", "MONTH",
                        "milestones", List.of(Map.of("name", "Draft LIS vision", "dueOn", "2018-09-24",
                                "precision", "WEEK"), Map.of("name", "Vision presentation", "dueOn", "2018-10-05")))),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1, "minFeedbackPerHypothesis", 1))));
        post("/api/programmes/" + programme + "/milestones/" + Milestone.idFor(programme, "Draft LIS vision")
                + "/delivered", OFFICER, Map.of("deliveredOn", "2018-09-19")).expectStatus().isOk();
        post("/api/programmes/" + programme + "/milestones/" + Milestone.idFor(programme, "Vision presentation")
                + "/slipped", OFFICER, Map.of("newDueOn", "2018-10-08", "precision", "WEEK", "reason", "Board moved"))
                .expectStatus().isOk();
        awaitPartnerVersion(kept, 4);
        awaitPartnerVersion(renamed, 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> contents("partner_contacts").stream()
                .anyMatch(doc -> contact.equals(doc.getString("_id"))) && contents("programmes").stream()
                .anyMatch(doc -> programme.equals(doc.getString("_id")) && ((Number) doc.get("version")).longValue() == 2));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(this::processorsCaughtUp);

        Map<String, List<Document>> live = new java.util.HashMap<>();
        READ_MODELS.values().forEach(collection -> live.put(collection, contents(collection)));

        READ_MODELS.keySet().forEach(this::replay);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> READ_MODELS.values().forEach(collection ->
                assertThat(contents(collection)).as(collection).isEqualTo(live.get(collection))));
        assertThat(live.get("partner_contacts")).noneMatch(doc -> erased.equals(doc.getString("_id")));
    }

    private boolean processorsCaughtUp() {
        return READ_MODELS.keySet().stream().allMatch(name -> processing
                .eventProcessor(name, StreamingEventProcessor.class).orElseThrow()
                .processingStatus().values().stream().allMatch(status -> status.isCaughtUp()));
    }

    private void replay(String processorName) {
        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(serviceDatabase().getCollection(READ_MODELS.get(processorName)).countDocuments())
                .as("%s cleared by its reset handler", processorName).isZero();
        processor.start();
    }

    private static List<Document> contents(String collection) {
        return serviceDatabase().getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
