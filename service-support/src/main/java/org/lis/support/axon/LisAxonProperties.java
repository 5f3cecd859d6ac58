package org.lis.support.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of event processing, prefix {@code lis.axon}.
 *
 * @param batchSize           events per transaction of a pooled streaming processor (default 100)
 * @param initialSegmentCount segments a new processor splits its stream into (default 2: on the two-core hosts
 *                            measured, four replayed at 0.69-0.79 times the rate, docs/performance.md); instances
 *                            share them, so a deployment that runs more than two instances of a service sets more
 * @param tokenClaimInterval  how often a processor looks for unclaimed segments (default 500 ms)
 * @param fullQueueWait       how long a processor's coordinator waits before it looks again when a work package's
 *                            queue is full (default 10 ms; Axon's own is 100 ms, which left the work packages of a
 *                            replay idle for part of each wait, see {@link CoordinatorExecutor})
 * @param fetchDelay          how often the event store polls the head of the stream when nothing happens
 *                            (default 200 ms): the first event appended by another process after a quiet
 *                            spell reaches this node's projections within about this delay; appends of
 *                            this JVM wake its processors at once
 * @param busyFetchDelay      how often it polls while another process is appending (default 20 ms)
 * @param gapTimeout          how long the event store waits for a missing global index before it
 *                            considers the gap permanent (default 10 s)
 * @param snapshotThreshold   events loaded for an aggregate after which a snapshot of it is taken
 *                            (default 100), for aggregates registered with
 *                            {@link AggregateRegistration#snapshotted}
 * @param freshReadTimeout    how long a read that finds nothing waits for its processors to reach the event
 *                            store's head before its answer stands (default 2 s), see FreshReads
 */
@ConfigurationProperties("lis.axon")
public record LisAxonProperties(Integer batchSize, Integer initialSegmentCount, Duration tokenClaimInterval,
                                Duration fullQueueWait,
                                Duration fetchDelay, Duration busyFetchDelay, Duration gapTimeout, Integer snapshotThreshold,
                                Duration freshReadTimeout) {

    public LisAxonProperties {
        batchSize = batchSize == null ? 100 : batchSize;
        initialSegmentCount = initialSegmentCount == null ? 2 : initialSegmentCount;
        tokenClaimInterval = tokenClaimInterval == null ? Duration.ofMillis(500) : tokenClaimInterval;
        fullQueueWait = fullQueueWait == null ? Duration.ofMillis(10) : fullQueueWait;
        if (fullQueueWait.isNegative() || fullQueueWait.isZero()) {
            // no wait at all would keep the coordinator counting full queues without a pause
            throw new IllegalArgumentException("lis.axon.full-queue-wait must be positive, was " + fullQueueWait);
        }
        fetchDelay = fetchDelay == null ? Duration.ofMillis(200) : fetchDelay;
        busyFetchDelay = busyFetchDelay == null ? Duration.ofMillis(20) : busyFetchDelay;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(10) : gapTimeout;
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        freshReadTimeout = freshReadTimeout == null ? Duration.ofSeconds(2) : freshReadTimeout;
    }
}
