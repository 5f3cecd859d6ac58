package org.lis.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices events appended by other processes, which raise no signal in this JVM, by polling the head of the
 * stream: briefly ({@code busy}) while another process is appending, backing off to {@code idle} when nothing
 * happens. When the head moves it waits until the event at the new head is visible (its insert may still be in
 * flight), then raises the signal. Appends made in this JVM signal for themselves, so the head moving right after
 * one does not count as another process being busy. MongoDB's change streams would push instead, but need a
 * replica set, and the embedded server has none.
 */
final class HeadWatcher implements Runnable {

    private static final Logger logger = LoggerFactory.getLogger(HeadWatcher.class);
    /** How long polling stays brief after another process was last seen appending. */
    private static final Duration BUSY_FOR = Duration.ofSeconds(2);

    private final MongoEventStorageEngine engine;
    private final AppendSignal signal;
    private final long busyMillis;
    private final long idleMillis;
    private final LongSupplier clock;
    private volatile boolean stopped;
    private long seen = -1;
    private long pending = -1;
    private long pendingUntil;
    private long localMark;
    private long busyUntil;
    private long delay;

    HeadWatcher(MongoEventStorageEngine engine, AppendSignal signal, Duration busy, Duration idle) {
        this(engine, signal, busy, idle, System::currentTimeMillis);
    }

    HeadWatcher(MongoEventStorageEngine engine, AppendSignal signal, Duration busy, Duration idle, LongSupplier clock) {
        this.engine = engine;
        this.signal = signal;
        this.busyMillis = Math.max(1, busy.toMillis());
        this.idleMillis = Math.max(busyMillis, idle.toMillis());
        this.clock = clock;
        this.localMark = signal.localAppends();
        this.delay = idleMillis;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        long next = idleMillis;
        while (!stopped) {
            try {
                Thread.sleep(next);
                next = poll();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                logger.debug("Could not read the head of the event stream; trying again", e);
                next = idleMillis;
            }
        }
    }

    /** Looks at the head once, raises the signal if another process's events became visible; the next delay. */
    long poll() {
        long head = engine.headIndex();
        long local = signal.localAppends();
        long now = clock.getAsLong();
        if (seen < 0) {
            // what was appended before this first look is not news to it, but may be to a reader
            seen = head;
            signal.appendedElsewhere();
        } else if (head > seen) {
            seen = head;
            pending = head;
            pendingUntil = now + BUSY_FOR.toMillis();
            if (local == localMark) {
                busyUntil = now + BUSY_FOR.toMillis();
            }
        }
        localMark = local;
        // an index reserved by a writer that then failed is never filled: readers see it as a gap
        if (pending > 0 && (engine.anyStored(List.of(pending)) || now > pendingUntil)) {
            pending = -1;
            signal.appendedElsewhere();
        }
        // brief while busy, then doubling back to idle
        delay = now < busyUntil || pending > 0 ? busyMillis : Math.min(idleMillis, delay * 2);
        return delay;
    }
}
