package org.lis.benchmark;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** The measurements, each on a fresh engine and database handed in by the caller. */
final class Measurements {

    private Measurements() {
    }

    /** Events per second appended {@code batchSize} at a time, each batch one aggregate's next events. */
    static double appendRate(EventStorageEngine engine, int events, int batchSize) {
        long start = System.nanoTime();
        for (int i = 0; i < events; i += batchSize) {
            engine.appendEvents(batch("append-" + (i / 100), (i % 100), batchSize, Instant.now()));
        }
        return events / seconds(start);
    }

    /** Events per second a tracking reader reads from the tail to the head of a stream of {@code events}. */
    static double trackingReadRate(EventStorageEngine engine, int events) {
        for (int i = 0; i < events; i += 100) {
            engine.appendEvents(batch("read-" + i, 0, Math.min(100, events - i), Instant.now()));
        }
        long start = System.nanoTime();
        long read = 0;
        TrackingToken token = null;
        while (read < events) {
            long before = read;
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    token = iterator.next().trackingToken();
                    read++;
                }
            }
            if (read == before) {
                throw new IllegalStateException("Reader stopped at " + read + " of " + events + " events");
            }
        }
        return read / seconds(start);
    }

    /**
     * Events a tracking reader following the stream live never sees, while {@code writers} threads append single
     * events and the first of them stamps its events {@code skew} in the past (its clock is behind).
     */
    static long missedUnderSkew(EventStorageEngine engine, int writers, int eventsPerWriter, Duration skew)
            throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reader = threads.submit(() -> follow(engine, seen, writing));
            List<Future<?>> writerTasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Duration offset = w == 0 ? skew.negated() : Duration.ZERO;
                String writer = "writer-" + w;
                writerTasks.add(threads.submit(() -> {
                    for (int i = 0; i < eventsPerWriter; i++) {
                        engine.appendEvents(batch(writer + "-" + i, 0, 1, Instant.now().plus(offset)));
                    }
                }));
            }
            for (Future<?> task : writerTasks) {
                task.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            reader.get(1, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        return (long) writers * eventsPerWriter - seen.size();
    }

    /** Polls like a processor; after the writers stop, keeps polling for two more seconds to collect stragglers. */
    private static void follow(EventStorageEngine engine, Set<String> seen, AtomicBoolean writing) {
        TrackingToken token = null;
        long drainUntil = Long.MAX_VALUE;
        while (System.nanoTime() < drainUntil) {
            int read = 0;
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    token = event.trackingToken();
                    seen.add(event.getIdentifier());
                    read++;
                }
            }
            if (!writing.get() && drainUntil == Long.MAX_VALUE) {
                drainUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            }
            if (read == 0) {
                sleep(5);
            }
        }
    }

    private static List<EventMessage<?>> batch(String aggregateId, long firstSequence, int size, Instant timestamp) {
        List<EventMessage<?>> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long sequence = firstSequence + i;
            DomainEventMessage<BenchmarkEvent> event = new GenericDomainEventMessage<>(
                    "Benchmark", aggregateId, sequence, new BenchmarkEvent(aggregateId, sequence, "an ordinary event"),
                    Map.of("actor", "benchmark"), UUID.randomUUID().toString(), timestamp);
            batch.add(event);
        }
        return batch;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
