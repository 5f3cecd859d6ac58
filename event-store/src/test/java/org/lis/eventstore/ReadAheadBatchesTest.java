package org.lis.eventstore;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadBatchesTest {

    private static final int BATCH = 5;

    /** A stored event: only its position matters here. */
    record Stored(long index) {
        TrackingToken token() {
            return new GlobalSequenceTrackingToken(index);
        }
    }

    /** Events 1..23 read five at a time; which thread made each read, and from where. */
    private final List<String> reads = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger handedToExecutor = new AtomicInteger();
    private final Executor otherThread = task -> {
        handedToExecutor.incrementAndGet();
        new Thread(task, "ahead").start();
    };

    private List<Stored> read(TrackingToken after) {
        long from = after == null ? 0 : after.position().orElseThrow();
        reads.add(Thread.currentThread().getName() + ":" + from);
        return LongStream.rangeClosed(from + 1, Math.min(from + BATCH, 23)).mapToObj(Stored::new).toList();
    }

    private Stream<Stored> stream(TrackingToken from) {
        ReadAheadBatches<Stored> batches = new ReadAheadBatches<>(from, this::read, Stored::token, BATCH, otherThread);
        return StreamSupport.stream(batches, false).onClose(batches::close);
    }

    @Test
    void everyEventComesOnceInOrderAndTheBatchAfterAFullOneIsReadAhead() {
        List<Long> seen = stream(null).map(Stored::index).toList();

        assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(1, 23).boxed().toList());
        String reader = Thread.currentThread().getName();
        // four full batches, each followed by a read ahead; after the short one (21..23) the reader reads itself
        assertThat(reads).containsExactly(reader + ":0", "ahead:5", "ahead:10", "ahead:15", "ahead:20", reader + ":23");
        assertThat(handedToExecutor).hasValue(4);
    }

    @Test
    void aStreamThatStartsAtTheEndReadsOnceAndNothingAhead() {
        assertThat(stream(new GlobalSequenceTrackingToken(23)).toList()).isEmpty();
        assertThat(reads).containsExactly(Thread.currentThread().getName() + ":23");
        assertThat(handedToExecutor).hasValue(0);
    }

    @Test
    void aFailedReadAheadFailsTheReaderWithItsOwnException() {
        IllegalStateException down = new IllegalStateException("database unreachable");
        ReadAheadBatches<Stored> batches = new ReadAheadBatches<>(null, after -> {
            if (after != null) {
                throw down;
            }
            return read(null);
        }, Stored::token, BATCH, otherThread);

        assertThatThrownBy(() -> StreamSupport.stream(batches, false).toList()).isSameAs(down);
    }

    @Test
    void closingTheStreamDropsTheBatchReadAhead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> started = Collections.synchronizedList(new ArrayList<>());
        Executor held = task -> {
            Thread thread = new Thread(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                task.run();
            });
            started.add(thread);
            thread.start();
        };
        ReadAheadBatches<Stored> batches = new ReadAheadBatches<>(null, this::read, Stored::token, BATCH, held);
        try (Stream<Stored> events = StreamSupport.stream(batches, false).onClose(batches::close)) {
            assertThat(events.limit(2).map(Stored::index).toList()).containsExactly(1L, 2L);
        }
        release.countDown();
        started.get(0).join();

        // the read ahead was cancelled before it ran: the store was read once, by the reader
        assertThat(reads).containsExactly(Thread.currentThread().getName() + ":0");
    }
}
