package org.lis.engagement.coverage.query;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where coverage, readiness and the trend are computed. Each walks a programme's whole history (every partner's
 * versions and every fact), tens of milliseconds of CPU at a few thousand partners, and an event-loop thread doing
 * that serves no other request meanwhile. Bounded at the number of cores: the work is CPU, and more threads than
 * cores would only make each request slower; requests beyond that wait in the queue.
 */
public final class CoverageComputation {

    public static final Scheduler SCHEDULER = Schedulers.newBoundedElastic(
            Math.max(2, Runtime.getRuntime().availableProcessors()), Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE,
            "coverage", 60, true);

    private CoverageComputation() {
    }
}
