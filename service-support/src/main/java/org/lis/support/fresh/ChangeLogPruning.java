package org.lis.support.fresh;

import org.lis.support.projection.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a processing group's {@link ChangeLog} to the entries a held copy can still read. A held copy catches up
 * from the log only while its group has moved on by {@code maxCatchUp} events or fewer since its last read
 * ({@link HeldReadModel}): once the furthest segment is past an index by more than that, no catch-up will read the
 * index's entry again, so it is deleted. Without this the log grew with every event until the next replay.
 * <p>
 * A copy configured with a larger {@code maxCatchUp}, or whose last read is older than the pruning, finds the log's
 * note of how far it was pruned and reads the read model whole. Nothing is pruned while the group replays (its
 * positions have gone back; the replay empties the log anyway). Each instance prunes; two at once delete the same
 * entries. A failed pruning is logged and tried again at the next.
 */
public final class ChangeLogPruning implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(ChangeLogPruning.class);

    private final FreshReads fresh;
    private final String processingGroup;
    private final ChangeLog log;
    private final long maxCatchUp;
    private ScheduledExecutorService scheduler;

    public ChangeLogPruning(FreshReads fresh, String processingGroup, ChangeLog log, long maxCatchUp) {
        if (maxCatchUp < 0) {
            throw new IllegalArgumentException("maxCatchUp must not be negative: " + maxCatchUp);
        }
        this.fresh = fresh;
        this.processingGroup = processingGroup;
        this.log = log;
        this.maxCatchUp = maxCatchUp;
    }

    /** Prunes after {@code every} and then every {@code every} again, on a thread of its own, until closed. */
    public synchronized ChangeLogPruning start(Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("The pruning interval must be positive: " + every);
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "change-log-pruning[" + processingGroup + "]");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::pruneLogged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Deletes the entries no held copy with this {@code maxCatchUp} can need. Blocks.
     *
     * @return how many entries were deleted
     */
    public long prune() {
        Watermark mark = fresh.watermark(processingGroup);
        if (mark == null || mark.replaying()) {
            return 0;
        }
        long through = mark.high() - maxCatchUp;
        if (through < 0 || through <= log.prunedThrough()) {
            return 0;
        }
        return log.pruneThrough(through);
    }

    private void pruneLogged() {
        try {
            long started = System.nanoTime();
            long deleted = prune();
            if (deleted > 0) {
                logger.debug("Pruned {} entries of {}'s change log in {} ms", deleted, processingGroup,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        } catch (RuntimeException e) {
            logger.warn("Could not prune {}'s change log: {}", processingGroup, e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
