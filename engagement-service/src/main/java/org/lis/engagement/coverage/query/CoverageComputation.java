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

    /**
     * Where the standings as of another day, or as recorded earlier, are computed: every partner's facts walked
     * again (hundreds of milliseconds at ten thousand partners), apart from today's questions, which are kept up to
     * date and answered in milliseconds, so that those never wait behind these. Half the cores: they wait for each
     * other instead.
     */
    public static final Scheduler ANOTHER_DAY = Schedulers.newBoundedElastic(
            Math.max(1, Runtime.getRuntime().availableProcessors() / 2), Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE,
            "coverage-as-of", 60, true);

    private CoverageComputation() {
    }
}
