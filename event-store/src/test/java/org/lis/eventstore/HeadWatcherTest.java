package org.lis.eventstore;

import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher's polls one at a time, on a clock the test moves: no thread, no sleeping. */
class HeadWatcherTest {

    private static final Duration BUSY = Duration.ofMillis(10);
    private static final Duration IDLE = Duration.ofMillis(200);

    private final String databaseName = EmbeddedMongo.freshDatabaseName("head-watcher");
    private final MongoEventStorageEngine engine = TestStore.newEngine(databaseName);
    private final AppendSignal signal = AppendSignal.own();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final HeadWatcher watcher = new HeadWatcher(engine, signal, BUSY, IDLE, now::get);

    @Test
    void whenNothingHappensItPollsAtTheIdleDelayAndRaisesNothing() {
        watcher.poll();
        long version = signal.version();
        for (int i = 0; i < 5; i++) {
            assertThat(watcher.poll()).isEqualTo(IDLE.toMillis());
            now.addAndGet(IDLE.toMillis());
        }
        assertThat(signal.version()).isEqualTo(version);
    }

    @Test
    void itsFirstLookRaisesTheSignalForWhatWasAppendedBeforeIt() {
        engine.appendEvents(TestStore.event("before", 0, new ItemAdded("before", 1)));
        long version = signal.version();

        watcher.poll();

        assertThat(signal.version()).isNotEqualTo(version);
    }

    @Test
    void anotherProcessAppendingRaisesTheSignalAndKeepsThePollBriefThenItBacksOff() {
        watcher.poll();
        long version = signal.version();

        // appended straight to the engine: nothing in this JVM raised the signal
        engine.appendEvents(TestStore.event("elsewhere", 0, new ItemAdded("elsewhere", 1)));
        now.addAndGet(IDLE.toMillis());

        assertThat(watcher.poll()).isEqualTo(BUSY.toMillis());
        assertThat(signal.version()).isNotEqualTo(version);
        now.addAndGet(1000);
        assertThat(watcher.poll()).as("still within the busy spell").isEqualTo(BUSY.toMillis());

        now.addAndGet(2000);
        assertThat(watcher.poll()).isEqualTo(2 * BUSY.toMillis());
        assertThat(watcher.poll()).isEqualTo(4 * BUSY.toMillis());
        for (int i = 0; i < 10; i++) {
            watcher.poll();
        }
        assertThat(watcher.poll()).isEqualTo(IDLE.toMillis());
    }

    @Test
    void appendsOfThisJvmDoNotMakeItBusy() {
        watcher.poll();

        engine.appendEvents(TestStore.event("here", 0, new ItemAdded("here", 1)));
        signal.appendedHere();
        now.addAndGet(IDLE.toMillis());

        assertThat(watcher.poll()).isEqualTo(IDLE.toMillis());
    }

    @Test
    void aReservedIndexIsSignalledOnlyOnceItsEventIsVisible() {
        watcher.poll();
        long reserved = TestStore.allocator(databaseName).reserve(1);
        now.addAndGet(IDLE.toMillis());
        long version = signal.version();

        assertThat(watcher.poll()).isEqualTo(BUSY.toMillis());
        assertThat(signal.version()).as("the insert is still in flight").isEqualTo(version);

        TestStore.insertLate(databaseName, reserved, TestStore.event("slow", 0, new ItemAdded("slow", 1)));
        now.addAndGet(BUSY.toMillis());
        watcher.poll();

        assertThat(signal.version()).isNotEqualTo(version);
    }
}
