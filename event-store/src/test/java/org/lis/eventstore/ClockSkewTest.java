package org.lis.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClockSkewTest {

    private static final Duration SKEW = Duration.ofHours(1);

    private final String databaseName = EmbeddedMongo.freshDatabaseName("clock-skew");
    private final MongoEventStorageEngine engine = TestStore.newEngine(databaseName);
    private final TrackingReader reader = new TrackingReader(engine);
    private final Instant now = Instant.now();

    @Test
    void eventsStampedByWritersWithSkewedClocksAreAllDeliveredInIndexOrder() {
        engine.appendEvents(TestStore.eventAt("on-time", 0, new ItemAdded("on-time", 1), now));
        reader.poll();
        engine.appendEvents(TestStore.eventAt("behind", 0, new ItemAdded("behind", 1), now.minus(SKEW)),
                            TestStore.eventAt("behind", 1, new ItemAdded("behind", 2), now.minus(SKEW)));
        engine.appendEvents(TestStore.eventAt("ahead", 0, new ItemAdded("ahead", 1), now.plus(SKEW)));
        reader.poll();
        engine.appendEvents(TestStore.eventAt("on-time", 1, new ItemAdded("on-time", 2), now));
        reader.poll();

        assertThat(reader.seen()).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                                 .containsExactly("on-time", "behind", "behind", "ahead", "on-time");
        assertThat(reader.seenIndexes()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(reader.seen()).extracting(TrackedEventMessage::getTimestamp)
                                 .containsExactly(now, now.minus(SKEW), now.minus(SKEW), now.plus(SKEW), now);
    }

    @Test
    void aLateEventIsStillAwaitedWhenTheEventsAroundItLookAnHourOld() {
        long slow = TestStore.allocator(databaseName).reserve(1);
        // an engine that ages gaps by event timestamps would give up on the gap at once: the next event looks old
        engine.appendEvents(TestStore.eventAt("behind", 0, new ItemAdded("behind", 1), now.minus(SKEW)));
        reader.poll();
        assertThat(reader.token().getGaps()).containsExactly(slow);

        TestStore.insertLate(databaseName, slow, TestStore.eventAt("slow", 0, new ItemAdded("slow", 1), now.minus(SKEW)));
        reader.poll();

        assertThat(reader.seen()).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                                 .containsExactly("behind", "slow");
        assertThat(reader.token().getGaps()).isEmpty();
    }
}
