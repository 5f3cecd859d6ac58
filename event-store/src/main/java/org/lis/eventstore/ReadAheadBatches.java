package org.lis.eventstore;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.eventhandling.TrackingToken;

/**
 * A tracking stream's events, read a batch at a time, each read starting after the last event of the one before.
 * After a full batch the next is read on another thread while the reader works through this one: a processor far
 * behind (a replay most of all) then rarely waits for the database, whose answer and its decoding took the
 * processor's one coordinating thread away from handing events to its workers. After a batch that is not full
 * (the reader has caught up) the next is read when it is wanted, as before, so a caught-up stream reads no more
 * often than it did. The stream ends at the first empty batch. Used by one thread at a time; closing it drops a
 * batch read ahead.
 */
final class ReadAheadBatches<T> extends Spliterators.AbstractSpliterator<T> {

    private final Function<TrackingToken, List<? extends T>> read;
    private final Function<T, TrackingToken> tokenOf;
    private final int fullBatch;
    private final Executor executor;
    private TrackingToken last;
    private Iterator<? extends T> current = Collections.emptyIterator();
    private CompletableFuture<List<? extends T>> ahead;
    private boolean ended;

    ReadAheadBatches(TrackingToken from, Function<TrackingToken, List<? extends T>> read,
                     Function<T, TrackingToken> tokenOf, int fullBatch, Executor executor) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.last = from;
        this.read = read;
        this.tokenOf = tokenOf;
        this.fullBatch = fullBatch;
        this.executor = executor;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (!current.hasNext()) {
            if (ended) {
                return false;
            }
            List<? extends T> batch = nextBatch();
            if (batch.isEmpty()) {
                ended = true;
                return false;
            }
            last = tokenOf.apply(batch.get(batch.size() - 1));
            if (batch.size() >= fullBatch) {
                TrackingToken from = last;
                ahead = CompletableFuture.supplyAsync(() -> read.apply(from), executor);
            }
            current = batch.iterator();
        }
        action.accept(current.next());
        return true;
    }

    /** Drops the batch being read ahead, if any: the stream is not read further. */
    void close() {
        CompletableFuture<List<? extends T>> pending = ahead;
        ahead = null;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private List<? extends T> nextBatch() {
        CompletableFuture<List<? extends T>> pending = ahead;
        ahead = null;
        if (pending == null) {
            return read.apply(last);
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            // the reader sees the read's own failure, as when it reads on its own thread
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
