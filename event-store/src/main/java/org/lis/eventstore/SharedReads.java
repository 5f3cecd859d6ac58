package org.lis.eventstore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * One read of the database for every stream of a store that asks for the same position after the same signal.
 * An append wakes every processor of the service, and those that had caught up all stand at the head: without this
 * each would read the same new events itself, a dozen queries per append where one does. A read answers for the
 * signal's version it was made at; the next append raises the version, so nothing appended since is hidden for
 * longer than its own signal takes. A read made without a new signal (a stream looking again for a late insert)
 * goes to the database.
 */
final class SharedReads {

    /** The most events one read hands out; a stream that gets this many reads on without waiting for a signal. */
    static final int LIMIT = 100;
    /** Past this many positions remembered, those of older signals are forgotten. */
    private static final int REMEMBERED = 32;

    private final EventStorageEngine engine;
    private final Map<TrackingToken, Read> reads = new ConcurrentHashMap<>();

    SharedReads(EventStorageEngine engine) {
        this.engine = engine;
    }

    /** The events after {@code from}, read once for all streams asking at this version of the signal. */
    List<TrackedEventMessage<?>> after(TrackingToken from, long version) {
        if (from == null) {
            return fresh(null);
        }
        Read mine = new Read(version, new CompletableFuture<>());
        Read read = reads.merge(from, mine, (old, created) -> old.version == version ? old : created);
        if (read != mine) {
            try {
                return read.events.join();
            } catch (CompletionException e) {
                return fresh(from);
            }
        }
        if (reads.size() > REMEMBERED) {
            reads.values().removeIf(other -> other.version != version);
        }
        try {
            List<TrackedEventMessage<?>> events = fresh(from);
            mine.events.complete(events);
            return events;
        } catch (RuntimeException e) {
            reads.remove(from, mine);
            mine.events.completeExceptionally(e);
            throw e;
        }
    }

    /** The events after {@code from}, read now. */
    List<TrackedEventMessage<?>> fresh(TrackingToken from) {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(from, false)) {
            return List.copyOf(stream.limit(LIMIT).toList());
        }
    }

    private record Read(long version, CompletableFuture<List<TrackedEventMessage<?>>> events) {
    }
}
