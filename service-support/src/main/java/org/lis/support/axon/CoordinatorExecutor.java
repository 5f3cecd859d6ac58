package org.lis.support.axon;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.AxonThreadFactory;

/**
 * The thread of a pooled streaming processor's coordinator, which waits less than Axon would when a work package's
 * queue is full.
 * <p>
 * The coordinator reads the stream and hands each event to its work packages' queues, 1,024 events each. When one is
 * full it waits a fixed 100 ms before it looks again, however fast the package empties it, so a package that handles
 * more than about 10,000 events a second sits idle for part of every wait: in replays of the partner list on two
 * segments, once warm, the two cores were 1.52-1.76 busy with Axon's wait, 1.65-1.90 with 10 ms (docs/performance.md,
 * "Replay", thirteenth look). That wait is recognised by its delay and by who asks for it (the coordination task's
 * {@code scheduleCoordinationTask}); every other wait (for new events when idle, after an error) stays as asked.
 * {@code CoordinatorExecutorTest} fails should an Axon upgrade change how the coordinator asks.
 */
final class CoordinatorExecutor extends ScheduledThreadPoolExecutor {

    /** What Axon 4's coordinator waits when a queue is full. */
    static final long AXON_FULL_QUEUE_WAIT_MILLIS = 100;

    private static final String COORDINATION_TASK = "org.axonframework.eventhandling.pooled.Coordinator$CoordinationTask";
    private static final StackWalker STACK = StackWalker.getInstance();

    private final long fullQueueWaitNanos;
    private final AtomicLong shortenedWaits = new AtomicLong();

    CoordinatorExecutor(String processorName, Duration fullQueueWait) {
        super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
        this.fullQueueWaitNanos = fullQueueWait.toNanos();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (unit.toMillis(delay) == AXON_FULL_QUEUE_WAIT_MILLIS && askedForByCoordinationTask()) {
            shortenedWaits.incrementAndGet();
            return super.schedule(command, fullQueueWaitNanos, TimeUnit.NANOSECONDS);
        }
        return super.schedule(command, delay, unit);
    }

    /** How many full-queue waits were shortened so far. */
    long shortenedWaits() {
        return shortenedWaits.get();
    }

    /** Whether the caller of {@link #schedule} is the coordination task's full-queue path, not its idle wait. */
    private static boolean askedForByCoordinationTask() {
        return STACK.walk(frames -> frames.skip(2).limit(1).anyMatch(frame ->
                frame.getClassName().equals(COORDINATION_TASK)
                        && frame.getMethodName().equals("scheduleCoordinationTask")));
    }
}
