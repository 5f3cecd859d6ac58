package org.lis.eventstore;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TrackingFollowTest {

    private static final int WRITERS = 4;
    private static final int AGGREGATES_PER_WRITER = 10;
    private static final int EVENTS_PER_AGGREGATE = 5;

    @Test
    void aReaderFollowingConcurrentWritersSeesEveryEventOnceInIndexOrder() throws Exception {
        String databaseName = EmbeddedMongo.freshDatabaseName("tracking-follow");
        MongoEventStorageEngine engine = TestStore.newEngine(databaseName);
        TrackingReader reader = new TrackingReader(engine);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                String writer = "writer-" + w;
                writers.add(CompletableFuture.runAsync(() -> write(engine, writer), threads));
            }
            int total = WRITERS * AGGREGATES_PER_WRITER * EVENTS_PER_AGGREGATE;
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                   .until(() -> {
                       // a writer that failed fails the test with its cause
                       writers.stream().filter(CompletableFuture::isCompletedExceptionally).forEach(CompletableFuture::join);
                       reader.poll();
                       return reader.seen().size() >= total;
                   });
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get();
            reader.poll();

            List<TrackedEventMessage<?>> seen = reader.seen();
            assertThat(seen).hasSize(total);
            assertThat(new HashSet<>(reader.seenIdentifiers())).hasSize(total);
            assertDeliveredInIndexOrderExceptLateFills(seen, reader.seenIndexes());
            Map<String, List<Long>> sequencesPerAggregate = seen.stream().collect(Collectors.groupingBy(
                    event -> ((DomainEventMessage<?>) event).getAggregateIdentifier(),
                    Collectors.mapping(event -> ((DomainEventMessage<?>) event).getSequenceNumber(),
                                       Collectors.toList())));
            assertThat(sequencesPerAggregate).hasSize(WRITERS * AGGREGATES_PER_WRITER)
                                             .allSatisfy((aggregate, sequences) ->
                                                     assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L));
            // what the token still waits for are indexes no event was stored under (lost to a clash between writers)
            assertThat(reader.token().getGaps()).doesNotContainAnyElementsOf(reader.seenIndexes());
            assertThat(TestStore.database(databaseName).getCollection(MongoEventStorageEngine.EVENTS_COLLECTION)
                                .countDocuments(Filters.in("_id", reader.token().getGaps()))).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anEventWhoseInsertBecomesVisibleAfterAHigherIndexIsStillDelivered() {
        String databaseName = EmbeddedMongo.freshDatabaseName("late-insert");
        MongoEventStorageEngine engine = TestStore.newEngine(databaseName);
        TrackingReader reader = new TrackingReader(engine);
        engine.appendEvents(TestStore.event("early", 0, new ItemAdded("early", 1)));
        // a slow writer has reserved index 2 but not inserted yet; a fast one appends at index 3
        long reserved = TestStore.allocator(databaseName).reserve(1);
        engine.appendEvents(TestStore.event("fast", 0, new ItemAdded("fast", 1)));

        reader.poll();
        assertThat(reader.seenIndexes()).containsExactly(1L, 3L);
        assertThat(reader.token().getGaps()).containsExactly(reserved);

        TestStore.insertLate(databaseName, reserved, TestStore.event("slow", 0, new ItemAdded("slow", 1)));
        engine.appendEvents(TestStore.event("after", 0, new ItemAdded("after", 1)));
        reader.poll();

        assertThat(reader.seenIndexes()).containsExactly(1L, 3L, 2L, 4L);
        assertThat(reader.seen().stream().map(event -> ((DomainEventMessage<?>) event)
                .getAggregateIdentifier())).containsExactly("early", "fast", "slow", "after");
        assertThat(reader.token()).isEqualTo(GapAwareTrackingToken.newInstance(4, Set.of()));
    }

    @Test
    void indexesThatWereNeverWrittenDoNotStopTheReader() {
        String databaseName = EmbeddedMongo.freshDatabaseName("empty-windows");
        MongoEventStorageEngine engine = TestStore.engine(EmbeddedMongo.client(), databaseName).trackedBatchSize(5).build();
        GlobalIndexAllocator allocator = TestStore.allocator(databaseName);
        engine.appendEvents(TestStore.event("before", 0, new ItemAdded("before", 1)));
        allocator.reserve(23); // a failed append of a large batch: more indexes without events than one fetch looks at
        engine.appendEvents(TestStore.event("beyond", 0, new ItemAdded("beyond", 1)));
        TrackingReader reader = new TrackingReader(engine);

        reader.poll();

        assertThat(reader.seenIndexes()).containsExactly(1L, 25L);
        assertThat(reader.token().getGaps()).hasSize(23);
    }

    @Test
    void aReadOfManyIndexesAndGapsReturnsEveryVisibleEventInIndexOrder() {
        String databaseName = EmbeddedMongo.freshDatabaseName("wide-read");
        MongoEventStorageEngine engine = TestStore.newEngine(databaseName);
        GlobalIndexAllocator allocator = TestStore.allocator(databaseName);
        // 360 indexes, every third one reserved by a writer that has not inserted yet: 120 gaps, more than one query
        // of the read asks for, on both sides of each query's bounds
        List<Long> late = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            engine.appendEvents(TestStore.event("on-time-" + i, 0, new ItemAdded("on-time-" + i, 1)),
                    TestStore.event("on-time-" + i, 1, new ItemAdded("on-time-" + i, 2)));
            late.add(allocator.reserve(1));
        }
        TrackingReader reader = new TrackingReader(engine);

        reader.poll();

        List<Long> onTime = LongStream.rangeClosed(1, 360).filter(index -> index % 3 != 0).boxed().toList();
        assertThat(reader.seenIndexes()).containsExactlyElementsOf(onTime);
        // the last reserved index is past the last visible one: not a gap yet
        assertThat(reader.token().getGaps()).containsExactlyElementsOf(late.subList(0, late.size() - 1));

        for (int i = 0; i < late.size(); i++) {
            TestStore.insertLate(databaseName, late.get(i), TestStore.event("late-" + i, 0, new ItemAdded("late-" + i, 1)));
        }
        engine.appendEvents(TestStore.event("after", 0, new ItemAdded("after", 1)));
        reader.poll();

        List<Long> expected = new ArrayList<>(onTime);
        expected.addAll(late);
        expected.add(361L);
        assertThat(reader.seenIndexes()).containsExactlyElementsOf(expected);
        assertThat(reader.token()).isEqualTo(GapAwareTrackingToken.newInstance(361, Set.of()));
    }

    private static void write(MongoEventStorageEngine engine, String writer) {
        for (int sequence = 0; sequence < EVENTS_PER_AGGREGATE; sequence++) {
            for (int a = 0; a < AGGREGATES_PER_WRITER; a++) {
                String aggregate = writer + "-item-" + a;
                engine.appendEvents(TestStore.event(aggregate, sequence, new ItemAdded(aggregate, sequence)));
            }
        }
    }

    /** Indexes rise, except an index that was a gap of the token when it arrives late; each index comes once. */
    private static void assertDeliveredInIndexOrderExceptLateFills(List<TrackedEventMessage<?>> seen, List<Long> indexes) {
        GapAwareTrackingToken previous = GapAwareTrackingToken.newInstance(0, Set.of());
        for (int i = 0; i < seen.size(); i++) {
            long index = indexes.get(i);
            if (index <= previous.getIndex()) {
                assertThat(previous.getGaps()).as("index %d arrived late, so it was a gap", index).contains(index);
            }
            previous = (GapAwareTrackingToken) seen.get(i).trackingToken();
        }
        // indexes need not be contiguous: one lost to a clash between writers is a gap that never fills
        assertThat(indexes).doesNotHaveDuplicates();
    }
}
