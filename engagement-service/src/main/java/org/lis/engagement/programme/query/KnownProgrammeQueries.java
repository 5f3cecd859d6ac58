package org.lis.engagement.programme.query;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.lis.engagement.programme.command.Programme;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;

/**
 * Tells whether a programme exists, for commands that name one (an activity's {@code programmeId}). The
 * read model answers almost always; a programme defined a moment ago may not be there yet, so the event
 * store, which is consistent with the write that defined it, has the last word. Only a stream whose
 * events are a programme's counts: a partner's or a workshop's id is no programme.
 */
@Component
public class KnownProgrammeQueries {

    private static final String PROGRAMME_TYPE = Programme.class.getSimpleName();
    /**
     * The event store is read on workers of its own: the command handler that waits for this check runs on one of
     * the shared bounded-elastic workers and must never wait for another.
     */
    private static final Scheduler EVENT_STORE_READS = Schedulers.newBoundedElastic(
            Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE, Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "known-programmes",
            60, true);

    private final ProgrammeQueries programmes;
    private final EventStore eventStore;

    public KnownProgrammeQueries(ProgrammeQueries programmes, EventStore eventStore) {
        this.programmes = programmes;
        this.eventStore = eventStore;
    }

    /** Completes when the programme exists; 404 naming {@code field} otherwise. */
    public Mono<Void> require(String programmeId, String field) {
        return programmes.findById(programmeId).hasElement()
                .flatMap(known -> known ? Mono.just(true)
                        : Mono.fromCallable(() -> definedInEventStore(programmeId)).subscribeOn(EVENT_STORE_READS))
                .flatMap(known -> known ? Mono.<Void>empty() : Mono.error(new DomainException(PROGRAMME_NOT_FOUND,
                        field, "No programme " + programmeId + ": engagement can only be recorded for a programme "
                        + "that exists, or for none (leave " + field + " out)")));
    }

    private boolean definedInEventStore(String programmeId) {
        DomainEventStream events = eventStore.readEvents(programmeId);
        return events.hasNext() && PROGRAMME_TYPE.equals(events.next().getType());
    }
}
