package org.lis.support.fresh;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.lis.eventstore.MongoEventStorageEngine;
import org.lis.support.axon.ProcessorResets;
import org.lis.support.error.DomainException;
import org.lis.support.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read your writes. A write is acknowledged once its events are in the event store, a moment before the
 * processors have brought the read models up to date; a client's next request that reads what it just created
 * would then find nothing. A read through here that finds nothing is not believed at once: it is tried again
 * until it finds something or the processing group that feeds it has processed every event stored before that
 * moment (the store's head), bounded by a timeout, after which its last answer stands. Reads that find
 * something, which are nearly all, cost nothing more; a truly unknown id costs a few database reads.
 *
 * <p>This works across services and instances: the event store is the one both services share, and the
 * position of each segment comes from the instance that runs it (through the token store). See
 * docs/read-your-writes.md.
 */
public class FreshReads {

    private static final Logger logger = LoggerFactory.getLogger(FreshReads.class);

    private static final Duration POLL = Duration.ofMillis(20);
    /**
     * The blocking reads of positions and of the head run here rather than on the shared bounded-elastic workers:
     * command handlers wait on these checks from those workers, and must never wait for a worker themselves.
     */
    private static final Scheduler BLOCKING = Schedulers.newBoundedElastic(
            Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE, Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "fresh-reads", 60, true);
    /** A segment further behind than this is not asked about event by event: it is simply not there yet. */
    private static final long MAX_UNPROCESSED = 1_000;

    private final ProcessorPositions positions;
    private final ProcessorResets resets;
    private final MongoEventStorageEngine events;
    private final Duration timeout;

    FreshReads(ProcessorPositions positions, ProcessorResets resets, MongoEventStorageEngine events,
               Duration timeout) {
        this.positions = positions;
        this.resets = resets;
        this.events = events;
        this.timeout = timeout;
    }

    /** The named collection of the read model that {@code processingGroup} writes. */
    public FreshCollection collection(MongoDatabase database, String name, String processingGroup) {
        return new FreshCollection(database.getCollection(name), processingGroup, this);
    }

    /** The read, which completes empty when it finds nothing, trusted once the group has caught up. */
    public <T> Mono<T> read(String processingGroup, Supplier<Mono<T>> read) {
        Supplier<Mono<T>> orMissing = () -> read.get().switchIfEmpty(Mono.error(Missing::new));
        return untilFound(processingGroup, orMissing, Missing.class::isInstance)
                .onErrorResume(Missing.class::isInstance, missing -> Mono.empty());
    }

    /**
     * A check that fails with a {@link DomainException} of kind {@link ErrorCode.Kind#NOT_FOUND} when it finds
     * nothing (an unknown partner, programme or contact), trusted once the group has caught up.
     */
    public <T> Mono<T> check(String processingGroup, Supplier<Mono<T>> check) {
        return untilFound(processingGroup, check, FreshReads::notFound);
    }

    private <T> Mono<T> untilFound(String group, Supplier<Mono<T>> lookup, Predicate<Throwable> missing) {
        return Mono.defer(lookup).onErrorResume(missing, first -> {
            long started = System.nanoTime();
            return head().flatMap(head -> Mono.defer(lookup)
                    // caught up after this miss: the read model may have changed since, so it is read once more
                    .onErrorResume(missing, again -> processed(group, head)
                            .flatMap(done -> done ? Mono.defer(lookup) : Mono.error(new NotYet())))
                    .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, POLL).filter(NotYet.class::isInstance))
                    .timeout(timeout, Mono.defer(() -> {
                        logger.debug("Processing group {} had not reached index {} within {}", group, head, timeout);
                        return lookup.get();
                    })))
                    .doFinally(signal -> logger.debug("A read of {} waited {} ms", group,
                            Duration.ofNanos(System.nanoTime() - started).toMillis()));
        });
    }

    /**
     * How far the read models the group writes are written, and since which reset, null while its processor has no
     * segments. Blocks.
     */
    public Watermark watermark(String processingGroup) {
        // the count first: a reset counted after it is seen at the next read, never taken for one already held
        long resetsSoFar = resets.of(processingGroup);
        return Watermark.of(positions.of(processingGroup), resetsSoFar);
    }

    private Mono<Long> head() {
        return Mono.fromCallable(events::headIndex).subscribeOn(BLOCKING);
    }

    private Mono<Boolean> processed(String group, long head) {
        return Mono.fromCallable(() -> hasProcessed(positions.of(group), head)).subscribeOn(BLOCKING);
    }

    /**
     * Whether every segment is past {@code head} with no stored event left unprocessed below it: indexes the
     * segment has not reached, or skipped as gaps, that hold no stored event are failed or in-flight appends of
     * other writers, not the write being read.
     */
    private boolean hasProcessed(List<TrackingToken> segments, long head) {
        if (segments.isEmpty()) {
            return false;
        }
        Set<Long> unprocessed = new TreeSet<>();
        for (TrackingToken segment : segments) {
            GapAwareTrackingToken token = WrappedToken.unwrap(segment, GapAwareTrackingToken.class).orElse(null);
            long index = token == null ? 0 : token.getIndex();
            if (head - index > MAX_UNPROCESSED) {
                return false;
            }
            for (long next = index + 1; next <= head; next++) {
                unprocessed.add(next);
            }
            if (token != null) {
                token.getGaps().stream().filter(gap -> gap <= head).forEach(unprocessed::add);
            }
        }
        return !events.anyStored(unprocessed);
    }

    private static boolean notFound(Throwable error) {
        return error instanceof DomainException domain && domain.code().kind() == ErrorCode.Kind.NOT_FOUND;
    }

    /** The read found nothing (turned back into an empty result at the end). */
    private static final class Missing extends RuntimeException {
        Missing() {
            super(null, null, false, false);
        }
    }

    /** Found nothing while the group is still behind the head: try again. */
    private static final class NotYet extends RuntimeException {
        NotYet() {
            super(null, null, false, false);
        }
    }
}
