package org.lis.engagement;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Whether an aggregate named by a request exists (a programme an activity is for, the partners at its table). The
 * read model answers almost always; one created a moment ago may not be there yet, so the event store, consistent
 * with the write that created it, has the last word. Only a stream whose events are of the asked type counts: a
 * partner's id is no programme.
 */
@Component
public class KnownAggregates {

    /**
     * The event store is read on workers of its own: a command handler that waits for this check runs on one of the
     * shared bounded-elastic workers and must never wait for another.
     */
    private static final Scheduler EVENT_STORE_READS = Schedulers.newBoundedElastic(
            Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE, Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "known-aggregates",
            60, true);

    private final EventStore eventStore;

    public KnownAggregates(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** True when {@code inReadModel} finds it, or else when the event store holds a stream of {@code type} for it. */
    public Mono<Boolean> exists(String id, Class<?> type, Mono<?> inReadModel) {
        return inReadModel.hasElement()
                .flatMap(known -> known ? Mono.just(true)
                        : Mono.fromCallable(() -> inEventStore(id, type.getSimpleName())).subscribeOn(EVENT_STORE_READS));
    }

    private boolean inEventStore(String id, String type) {
        DomainEventStream events = eventStore.readEvents(id);
        return events.hasNext() && type.equals(events.next().getType());
    }
}
