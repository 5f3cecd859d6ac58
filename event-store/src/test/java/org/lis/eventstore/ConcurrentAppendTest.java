package org.lis.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentAppendTest {

    private static final int ROUNDS = 20;
    private static final int EVENTS_PER_APPEND = 3;

    @Test
    void ofTwoWritersAppendingTheSameSequenceExactlyOneWinsAndTheLoserLeavesNothing() throws Exception {
        String databaseName = EmbeddedMongo.freshDatabaseName("concurrent-append");
        MongoEventStorageEngine writerA = TestStore.newEngine(databaseName);
        MongoEventStorageEngine writerB = TestStore.newEngine(databaseName);
        writerA.appendEvents(TestStore.event("contested", 0, new ItemAdded("contested", 0)));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        List<String> winners = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long next = 1 + (long) round * EVENTS_PER_APPEND;
                CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> race(writerA, "A", next, start), threads);
                CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> race(writerB, "B", next, start), threads);
                List<String> outcomes = List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));

                assertThat(outcomes).as("round %d", round).containsOnlyOnce("conflict");
                String winner = outcomes.get(0).equals("conflict") ? "B" : "A";
                winners.add(winner);
                List<? extends DomainEventMessage<?>> appended = writerA.readEvents("contested", next).asStream().toList();
                assertThat(appended).as("round %d", round).hasSize(EVENTS_PER_APPEND);
                assertThat(appended).allSatisfy(event -> assertThat(event.getMetaData()).containsEntry("writer", winner));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(writerA.lastSequenceNumberFor("contested")).contains((long) ROUNDS * EVENTS_PER_APPEND);
        assertThat(winners).hasSize(ROUNDS);
    }

    @Test
    void aSecondAggregateWithAnExistingIdentifierIsRefusedAsAxonDoes() {
        MongoEventStorageEngine engine = TestStore.newEngine(EmbeddedMongo.freshDatabaseName("duplicate-creation"));
        engine.appendEvents(TestStore.event("created-twice", 0, new ItemAdded("created-twice", 1)));

        // Axon reports a clash on the first event of a stream as a creation conflict rather than a concurrency one
        assertThatThrownBy(() -> engine.appendEvents(TestStore.event("created-twice", 0, new ItemAdded("created-twice", 2))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("created-twice").asStream().count()).isEqualTo(1L);
    }

    private static String race(MongoEventStorageEngine engine, String writer, long firstSequence, CyclicBarrier start) {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < EVENTS_PER_APPEND; i++) {
            batch.add(TestStore.event("contested", firstSequence + i, new ItemAdded("contested", i))
                               .andMetaData(Map.of("writer", writer)));
        }
        try {
            start.await(10, TimeUnit.SECONDS);
            engine.appendEvents(batch);
            return "appended";
        } catch (ConcurrencyException e) {
            return "conflict";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
