package org.lis.eventstore;

import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * One processor's stream of events, read from the storage engine in batches. When it has caught up it reads again
 * only once the {@link AppendSignal} says there may be more, and it calls back a pooled streaming processor when
 * that happens, so the processor handles a new event at once rather than at its next half-second poll. Without a
 * signal it reads again while its token has gaps (a late insert by another process fills them without a signal
 * here), backing off from {@link #GAP_RETRY} to {@link #FALLBACK}: a gap that is never filled (a failed append)
 * stays in the token until the next event, and must not make every idle processor read at every pass. Whatever
 * the token, it reads every {@link #FALLBACK}, should a signal ever be missed. Used by one processor thread at a
 * time, as Axon's streams are.
 */
final class SignalledEventStream implements TrackingEventStream {

    /** The longest a caught-up stream goes without reading, should a signal ever be missed. */
    static final Duration FALLBACK = Duration.ofSeconds(5);
    /** The first re-read of a caught-up stream whose token has gaps; each empty one doubles it. */
    static final Duration GAP_RETRY = Duration.ofMillis(50);

    private final EventStorageEngine engine;
    private final AppendSignal signal;
    private final Consumer<SignalledEventStream> onClose;
    private final LongSupplier nanoClock;
    private TrackingToken lastToken;
    private Stream<? extends TrackedEventMessage<?>> batch;
    private Iterator<? extends TrackedEventMessage<?>> iterator;
    private TrackedEventMessage<?> peeked;
    /** The signal's version when the last read began; once that read is used up the stream has caught up to it. */
    private long readAtVersion = -1;
    /** The signal's version when the stream last caught up, and when it reads again without a new signal. */
    private long caughtUpAtVersion = -1;
    private long nextReadNanos;
    private long gapRetryNanos = GAP_RETRY.toNanos();
    private volatile Runnable callback;

    SignalledEventStream(EventStorageEngine engine, AppendSignal signal, TrackingToken from,
                         Consumer<SignalledEventStream> onClose) {
        this(engine, signal, from, onClose, System::nanoTime);
    }

    /** With the clock that times the re-reads, {@link System#nanoTime()} but in tests. */
    SignalledEventStream(EventStorageEngine engine, AppendSignal signal, TrackingToken from,
                         Consumer<SignalledEventStream> onClose, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.engine = engine;
        this.signal = signal;
        this.lastToken = from;
        this.onClose = onClose;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(next());
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (true) {
            long version = signal.version();
            if (next() != null) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            signal.awaitChange(version, Math.min(left, FALLBACK.toNanos()));
        }
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
            // wait for the next event, as long as it takes
        }
        TrackedEventMessage<?> event = peeked;
        peeked = null;
        lastToken = event.trackingToken();
        return event;
    }

    /** Called back (on the appending or watching thread) whenever new events may be there. */
    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        Runnable previous = this.callback;
        if (previous != null) {
            signal.unregister(previous);
        }
        this.callback = callback;
        signal.register(callback);
        return true;
    }

    @Override
    public void close() {
        Runnable registered = callback;
        if (registered != null) {
            signal.unregister(registered);
        }
        closeBatch();
        onClose.accept(this);
    }

    private TrackedEventMessage<?> next() {
        if (peeked != null) {
            return peeked;
        }
        if (iterator != null && iterator.hasNext()) {
            return peeked = iterator.next();
        }
        if (iterator != null) {
            // the engine's stream ends where the database had nothing more when it was read
            caughtUp(readAtVersion, true);
            closeBatch();
        }
        long version = signal.version();
        if (nothingNewSince(version)) {
            return null;
        }
        readAtVersion = version;
        batch = engine.readEvents(lastToken, false);
        iterator = batch.iterator();
        if (iterator.hasNext()) {
            return peeked = iterator.next();
        }
        caughtUp(version, false);
        closeBatch();
        return null;
    }

    private void caughtUp(long version, boolean found) {
        if (found) {
            gapRetryNanos = GAP_RETRY.toNanos();
        }
        long wait;
        if (hasGaps(lastToken)) {
            wait = gapRetryNanos;
            gapRetryNanos = Math.min(FALLBACK.toNanos(), gapRetryNanos * 2);
        } else {
            wait = FALLBACK.toNanos();
        }
        caughtUpAtVersion = version;
        nextReadNanos = nanoClock.getAsLong() + wait;
    }

    private boolean nothingNewSince(long version) {
        return version == caughtUpAtVersion && nanoClock.getAsLong() - nextReadNanos < 0;
    }

    private static boolean hasGaps(TrackingToken token) {
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> !gapAware.getGaps().isEmpty())
                .orElse(false);
    }

    private void closeBatch() {
        if (batch != null) {
            batch.close();
            batch = null;
            iterator = null;
        }
    }
}
