package org.lis.support.ops;

import io.micrometer.core.instrument.Clock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Time spent handling messages over a sliding window, as a fraction of the window: what Axon's {@code capacity}
 * gauge shows (1.0 is one thread busy all the time). Kept in fixed slots of equal length, so its memory does not grow
 * with the number of messages, unlike a reservoir holding every measurement of the window (a replay of 100,000
 * events kept 100,000 entries a processor for ten minutes).
 */
final class BusyTimeWindow {

    private static final int SLOTS = 60;

    private final Clock clock;
    private final long slotNanos;
    private final long windowNanos;
    /** Busy nanoseconds per slot, and the number of the slot each holds (its start divided by its length). */
    private final AtomicLongArray busy = new AtomicLongArray(SLOTS);
    private final AtomicLongArray slotOf = new AtomicLongArray(SLOTS);

    BusyTimeWindow(Clock clock, Duration window) {
        this.clock = clock;
        this.windowNanos = window.toNanos();
        this.slotNanos = Math.max(1, windowNanos / SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            slotOf.set(i, Long.MIN_VALUE);
        }
    }

    /** Adds time spent, counted in the slot of now. */
    void add(long nanos) {
        long slot = clock.monotonicTime() / slotNanos;
        int at = (int) Math.floorMod(slot, (long) SLOTS);
        long held = slotOf.get(at);
        if (held != slot) {
            // the slot last held time a whole window ago: start it again. An addition racing the restart may be
            // lost, a few microseconds of busy time, which a gauge can spare and a lock on every message cannot.
            if (slotOf.compareAndSet(at, held, slot)) {
                busy.set(at, 0);
            }
        }
        busy.addAndGet(at, nanos);
    }

    /** Busy time within the window up to now, divided by the window's length. */
    double fraction() {
        long now = clock.monotonicTime() / slotNanos;
        long total = 0;
        for (int i = 0; i < SLOTS; i++) {
            long slot = slotOf.get(i);
            if (slot > now - SLOTS && slot <= now) {
                total += busy.get(i);
            }
        }
        return (double) total / windowNanos;
    }
}
