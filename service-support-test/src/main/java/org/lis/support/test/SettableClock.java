package org.lis.support.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets to any instant, which then runs on in real time, shared between threads (a service's request
 * threads and its mailer see the same time): a test of what happens two days later need not wait two days, and what
 * waits a few seconds (a retry) still comes.
 */
public final class SettableClock extends Clock {

    private volatile Instant base;
    private volatile long setAtNanos;

    public SettableClock(Instant start) {
        set(start);
    }

    public synchronized void set(Instant instant) {
        base = instant;
        setAtNanos = System.nanoTime();
    }

    public synchronized void advance(Duration duration) {
        set(instant().plus(duration));
    }

    @Override
    public Instant instant() {
        return base.plusNanos(System.nanoTime() - setAtNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
