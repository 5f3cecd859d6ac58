package org.lis.engagement.ops;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.ADMIN;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * A replay started through the processors endpoint while officers keep registering partners: once it is over, the
 * partner list holds exactly the partners the event store holds, those registered before, during and after it.
 */
class ReplayWhileWritingIT extends ApiTestBase {

    @Test
    void aReplayWhilePartnersAreRegisteredEndsWithEveryPartnerOnce() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                written.add(createdId(post("/api/partners", OFFICER, partnerBody(unique("Writer's partner")))));
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> written.size() >= 5);
        int before = written.size();

        client.post().uri("/actuator/processors/partners/replay").header("Authorization", ADMIN).exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.name").isEqualTo("partners").jsonPath("$.running").isEqualTo(true);
        // progress is visible while it replays: replaying, its position rising towards the head
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !Boolean.TRUE.equals(partnersProcessor().get("replaying")));
        int during = written.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> written.size() >= during + 3);
        writing.set(false);
        writer.get(30, TimeUnit.SECONDS);
        assertThat(before).isLessThan(during);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<?, ?> processor = partnersProcessor();
            assertThat(((Number) processor.get("lag")).longValue()).isZero();
            assertThat(processor.get("replaying")).isEqualTo(false);
            assertThat(partnerIdsInReadModel()).isEqualTo(partnerIdsInEventStore());
        });
        assertThat(partnerIdsInReadModel()).containsAll(written);
        assertThat(serviceDatabase().getCollection("partners").countDocuments())
                .isEqualTo(registeredEvents().size());
    }

    private Map<?, ?> partnersProcessor() {
        return get("/actuator/processors/partners", ADMIN).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Set<String> partnerIdsInReadModel() {
        Set<String> ids = new HashSet<>();
        serviceDatabase().getCollection("partners").find().projection(Projections.include("_id"))
                .forEach(doc -> ids.add(doc.getString("_id")));
        return ids;
    }

    private static Set<String> partnerIdsInEventStore() {
        return new HashSet<>(registeredEvents());
    }

    private static List<String> registeredEvents() {
        List<String> ids = new ArrayList<>();
        eventDatabase().getCollection("domainevents")
                .find(Filters.regex("payloadType", "PartnerRegisteredEvent$"))
                .projection(Projections.include("aggregateIdentifier"))
                .forEach((Document doc) -> ids.add(doc.getString("aggregateIdentifier")));
        return ids;
    }
}
