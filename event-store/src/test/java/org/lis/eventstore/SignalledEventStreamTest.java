package org.lis.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lis.eventstore.TestEvents.ItemAdded;
import org.lis.eventstore.test.EmbeddedMongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are counted at the engine; time moves only when the test moves it. */
class SignalledEventStreamTest {

    private final String databaseName = EmbeddedMongo.freshDatabaseName("signalled-stream");
    private final CountingEngine engine = new CountingEngine(TestStore.engine(EmbeddedMongo.client(), databaseName));
    private final AppendSignal signal = AppendSignal.own();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SignalledEventStream stream = new SignalledEventStream(engine, signal, null, closed -> {
    }, nanos::get);

    @AfterEach
    void close() {
        stream.close();
    }

    @Test
    void aCaughtUpStreamDoesNotReadTheDatabaseUntilSignalled() throws InterruptedException {
        append("first");
        assertThat(drain()).hasSize(1);
        int reads = engine.reads.get();

        for (int i = 0; i < 20; i++) {
            assertThat(stream.hasNextAvailable()).isFalse();
            advance(Duration.ofMillis(200));
        }

        assertThat(engine.reads).as("no read while nothing was signalled").hasValue(reads);
    }

    @Test
    void anAppendCallsTheStreamBackAndTheNextReadFindsTheEvent() throws InterruptedException {
        AtomicInteger callbacks = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(callbacks::incrementAndGet)).isTrue();
        assertThat(stream.hasNextAvailable()).isFalse();

        append("new");
        signal.appendedHere();

        assertThat(callbacks).hasValue(1);
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(drain()).extracting(event -> ((ItemAdded) event.getPayload()).itemId()).containsExactly("new");
    }

    @Test
    void aClosedStreamIsNoLongerCalledBack() {
        AtomicInteger callbacks = new AtomicInteger();
        stream.setOnAvailableCallback(callbacks::incrementAndGet);
        stream.close();

        signal.appendedHere();

        assertThat(callbacks).hasValue(0);
    }

    @Test
    void whileTheTokenHasGapsItReadsAgainBackingOffThenFindsTheLateInsert() throws InterruptedException {
        append("early");
        long reserved = TestStore.allocator(databaseName).reserve(1);
        append("fast");
        assertThat(drain()).hasSize(2);
        assertThat(((GapAwareTrackingToken) lastToken).getGaps()).containsExactly(reserved);
        int reads = engine.reads.get();

        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(engine.reads).as("not at once").hasValue(reads);
        advance(SignalledEventStream.GAP_RETRY);
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(engine.reads).as("once the first retry is due").hasValue(reads + 1);
        advance(SignalledEventStream.GAP_RETRY);
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(engine.reads).as("the second waits twice as long").hasValue(reads + 1);
        advance(SignalledEventStream.GAP_RETRY);
        stream.hasNextAvailable();
        assertThat(engine.reads).hasValue(reads + 2);

        // another process's slow insert: nothing here signals it
        TestStore.insertLate(databaseName, reserved, TestStore.event("slow", 0, new ItemAdded("slow", 1)));
        advance(SignalledEventStream.GAP_RETRY.multipliedBy(4));

        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(drain()).extracting(event -> ((ItemAdded) event.getPayload()).itemId()).containsExactly("slow");
    }

    @Test
    void aGapThatIsNeverFilledIsReadAtMostEveryFallbackOnceBackedOff() throws InterruptedException {
        append("early");
        TestStore.allocator(databaseName).reserve(1);
        append("fast");
        drain();
        int reads = engine.reads.get();

        // a minute idle, polled as a coordinator does every half second
        for (int i = 0; i < 120; i++) {
            advance(Duration.ofMillis(500));
            stream.hasNextAvailable();
        }

        int backOff = (int) (Math.log((double) SignalledEventStream.FALLBACK.toMillis()
                / SignalledEventStream.GAP_RETRY.toMillis()) / Math.log(2)) + 1;
        assertThat(engine.reads.get() - reads).isLessThanOrEqualTo(backOff + 60_000
                / (int) SignalledEventStream.FALLBACK.toMillis());
    }

    @Test
    void withoutAnySignalItStillReadsEveryFallback() throws InterruptedException {
        assertThat(stream.hasNextAvailable()).isFalse();
        append("unsignalled");

        advance(SignalledEventStream.FALLBACK.minusMillis(1));
        assertThat(stream.hasNextAvailable()).isFalse();
        advance(Duration.ofMillis(1));

        assertThat(stream.hasNextAvailable()).isTrue();
    }

    @Test
    void aReaderWaitingForTheNextEventWakesWhenItIsAppended() throws Exception {
        CompletableFuture<TrackedEventMessage<?>> next = CompletableFuture.supplyAsync(() -> {
            try {
                return stream.nextAvailable();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        append("awaited");
        signal.appendedHere();

        assertThat(((ItemAdded) next.get(30, TimeUnit.SECONDS).getPayload()).itemId()).isEqualTo("awaited");
    }

    private TrackingToken lastToken;

    private List<TrackedEventMessage<?>> drain() throws InterruptedException {
        List<TrackedEventMessage<?>> read = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            lastToken = event.trackingToken();
            read.add(event);
        }
        return read;
    }

    private void append(String id) {
        engine.appendEvents(TestStore.event(id, 0, new ItemAdded(id, 1)));
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** The engine, counting the reads of the tracked stream. */
    static final class CountingEngine extends MongoEventStorageEngine {

        final AtomicInteger reads = new AtomicInteger();

        CountingEngine(MongoEventStorageEngine.Builder builder) {
            super(builder);
            ensureIndexes();
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            reads.incrementAndGet();
            return super.readEvents(trackingToken, mayBlock);
        }
    }
}
