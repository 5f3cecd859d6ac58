package org.lis.eventstore;

import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader must reach to have seen every completed append, and which indexes hold events. */
class HeadIndexTest {

    private final String databaseName = EmbeddedMongo.freshDatabaseName("head-index");
    private final MongoEventStorageEngine engine = TestStore.newEngine(databaseName);

    @Test
    void anEmptyStoreHasHeadZeroAndNoStoredIndex() {
        assertThat(engine.headIndex()).isZero();
        assertThat(engine.anyStored(List.of(1L, 2L))).isFalse();
        assertThat(engine.anyStored(List.of())).isFalse();
    }

    @Test
    void theHeadCoversEveryCompletedAppendAndAReservationStillInFlight() {
        engine.appendEvents(TestStore.event("a", 0, new ItemAdded("a", 1)));
        long inFlight = TestStore.allocator(databaseName).reserve(1);
        engine.appendEvents(TestStore.event("b", 0, new ItemAdded("b", 1)));

        assertThat(inFlight).isEqualTo(2L);
        assertThat(engine.headIndex()).isEqualTo(3L);
        assertThat(engine.anyStored(List.of(inFlight))).as("reserved, not stored").isFalse();
        assertThat(engine.anyStored(List.of(inFlight, 3L))).isTrue();

        TestStore.insertLate(databaseName, inFlight, TestStore.event("late", 0, new ItemAdded("late", 1)));
        assertThat(engine.anyStored(List.of(inFlight))).isTrue();
    }

    @Test
    void eventsStoredPastALaggingCounterRaiseTheHead() {
        engine.appendEvents(TestStore.event("a", 0, new ItemAdded("a", 1)));
        // as when a server's non-atomic $inc loses a reservation: events stored above the counter's value
        TestStore.insertLate(databaseName, 3, TestStore.event("b", 0, new ItemAdded("b", 1)));
        TestStore.insertLate(databaseName, 20, TestStore.event("c", 0, new ItemAdded("c", 1)));

        assertThat(engine.headIndex()).isEqualTo(20L);
    }
}
