package org.lis.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lis.support.test.MongoTestServer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ExpiredKeySweepTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final MongoClient client = MongoClients.create(MongoTestServer.uri());
    private final MongoCollection<Document> keys = client.getDatabase("sweep-" + UUID.randomUUID())
            .getCollection(IdempotencyAutoConfiguration.COLLECTION);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void keptResponsesPastTheirRetentionAreDeletedAndTheOthersStay() {
        Mono.from(keys.insertMany(List.of(kept("old", NOW.minus(Duration.ofHours(25))),
                kept("recent", NOW.minus(Duration.ofHours(23)))))).block();
        ExpiredKeySweep sweep = new ExpiredKeySweep(keys, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(24));

        assertThat(sweep.sweep().block()).isEqualTo(1);

        assertThat(Flux.from(keys.find()).map(doc -> doc.getString("_id")).collectList().block())
                .containsExactly("officer:recent");
    }

    private static Document kept(String key, Instant createdAt) {
        return new Document("_id", "officer:" + key).append("requestHash", "digest").append("status", 201)
                .append("createdAt", Date.from(createdAt));
    }
}
