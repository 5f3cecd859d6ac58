package org.lis.eventstore;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "There may be new events" for the readers of one event database in this JVM: raised by every store that
 * appends to it here (both services of the local stack share one) and by a store's {@link HeadWatcher} when
 * another process appended. Readers wait on it, or are called back, instead of polling on a timer. A signal is
 * only a hint: a reader that wakes for nothing reads an empty batch.
 */
final class AppendSignal {

    private static final Logger logger = LoggerFactory.getLogger(AppendSignal.class);
    private static final Map<String, AppendSignal> BY_DATABASE = new ConcurrentHashMap<>();

    private final AtomicLong version = new AtomicLong();
    private final AtomicLong localAppends = new AtomicLong();
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition raised = lock.newCondition();

    /** The signal of the database of that name; two servers with a database of one name share it (harmlessly). */
    static AppendSignal forDatabase(String databaseName) {
        return BY_DATABASE.computeIfAbsent(databaseName, name -> new AppendSignal());
    }

    /** A signal of its own, for an engine whose database has no name. */
    static AppendSignal own() {
        return new AppendSignal();
    }

    /** Raised after events were appended in this JVM. */
    void appendedHere() {
        localAppends.incrementAndGet();
        raise();
    }

    /** Raised when events appended elsewhere became visible. */
    void appendedElsewhere() {
        raise();
    }

    /** Changes at every signal; a reader that read after seeing a value has nothing to wait for until it changes. */
    long version() {
        return version.get();
    }

    long localAppends() {
        return localAppends.get();
    }

    /** Waits until the version is no longer {@code seen}, at most {@code nanos}. */
    void awaitChange(long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (version.get() == seen && left > 0) {
                left = raised.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    void register(Runnable callback) {
        callbacks.add(callback);
    }

    void unregister(Runnable callback) {
        callbacks.remove(callback);
    }

    private void raise() {
        version.incrementAndGet();
        lock.lock();
        try {
            raised.signalAll();
        } finally {
            lock.unlock();
        }
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                logger.warn("A reader's wake-up failed; it will read at its next poll", e);
            }
        }
    }
}
