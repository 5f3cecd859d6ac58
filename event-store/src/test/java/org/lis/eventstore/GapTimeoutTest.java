package org.lis.eventstore;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GapTimeoutTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T09:00:00Z"));
    private MongoEventStorageEngine engine;
    private GlobalIndexAllocator allocator;

    @BeforeEach
    void setUp() {
        String databaseName = EmbeddedMongo.freshDatabaseName("gap-timeout");
        engine = TestStore.engine(EmbeddedMongo.client(), databaseName).gapTimeout(GAP_TIMEOUT).clock(clock).build();
        allocator = TestStore.allocator(databaseName);
    }

    @Test
    void aGapThatNeverFillsIsDroppedAfterTheTimeoutAndTheReaderMovesOn() {
        TrackingReader reader = new TrackingReader(engine);
        append("first");
        long lost = allocator.reserve(1); // a writer that crashed after reserving
        append("second");

        reader.poll();
        assertThat(reader.seenIndexes()).containsExactly(1L, 3L);
        assertThat(reader.token().getGaps()).containsExactly(lost);

        clock.advance(GAP_TIMEOUT.minusSeconds(1));
        append("third");
        reader.poll();
        assertThat(reader.token().getGaps()).as("still waited for within the timeout").containsExactly(lost);

        clock.advance(Duration.ofSeconds(2));
        append("fourth");
        reader.poll();

        assertThat(reader.seenIndexes()).containsExactly(1L, 3L, 4L, 5L);
        assertThat(reader.token().getGaps()).isEmpty();
        assertThat(reader.token().getIndex()).isEqualTo(5L);
    }

    @Test
    void aTokenKeepsAtMostTheConfiguredNumberOfGapsGivingUpTheOldest() {
        String databaseName = EmbeddedMongo.freshDatabaseName("gap-count");
        MongoEventStorageEngine limited = TestStore.engine(EmbeddedMongo.client(), databaseName)
                                                   .gapCleaningThreshold(2).clock(clock).build();
        GlobalIndexAllocator limitedAllocator = TestStore.allocator(databaseName);
        TrackingReader reader = new TrackingReader(limited);
        for (int i = 0; i < 3; i++) {
            limitedAllocator.reserve(1);
            limited.appendEvents(TestStore.event("kept-" + i, 0, new ItemAdded("kept-" + i, 1)));
        }
        reader.poll();
        assertThat(reader.token().getGaps()).containsExactly(1L, 3L, 5L);

        limited.appendEvents(TestStore.event("next", 0, new ItemAdded("next", 1)));
        reader.poll();

        assertThat(reader.token().getGaps()).containsExactly(3L, 5L);
    }

    private void append(String aggregateId) {
        engine.appendEvents(TestStore.event(aggregateId, 0, new ItemAdded(aggregateId, 1)));
    }
}
