package org.lis.engagement.partner.query;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.lis.engagement.partner.command.Partner;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.List;

import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;

/**
 * Tells whether partners are registered, for requests that name them (a programme's convenor, everyone at an
 * activity's table). As with {@code KnownProgrammeQueries}, the read model answers almost always and the event
 * store, consistent with the write that registered the partner, has the last word; only a stream whose events are
 * a partner's counts. So a partner registered a moment ago is found.
 */
@Component
public class KnownPartnerQueries {

    private static final String PARTNER_TYPE = Partner.class.getSimpleName();
    /** The event store is read on workers of its own, never on the shared ones a caller may be waiting on. */
    private static final Scheduler EVENT_STORE_READS = Schedulers.newBoundedElastic(
            Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE, Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "known-partners",
            60, true);

    private final PartnerQueries partners;
    private final EventStore eventStore;

    public KnownPartnerQueries(PartnerQueries partners, EventStore eventStore) {
        this.partners = partners;
        this.eventStore = eventStore;
    }

    /** Completes when the partner is registered; 404 naming {@code field} otherwise. */
    public Mono<Void> require(String partnerId, String field) {
        return require(List.of(partnerId), field);
    }

    /** Completes when every partner is registered; 404 naming {@code field} and the unknown ids otherwise. */
    public Mono<Void> require(List<String> partnerIds, String field) {
        return Flux.fromIterable(partnerIds)
                .flatMapSequential(id -> known(id).filter(known -> !known).map(unknown -> id), 4)
                .collectList()
                .flatMap(unknown -> unknown.isEmpty() ? Mono.<Void>empty() : Mono.error(new DomainException(
                        PARTNER_NOT_FOUND, field, field + ": no partner " + String.join(", ", unknown)
                        + " is registered; register the organisation first")));
    }

    private Mono<Boolean> known(String partnerId) {
        return partners.findById(partnerId).hasElement()
                .flatMap(known -> known ? Mono.just(true)
                        : Mono.fromCallable(() -> registeredInEventStore(partnerId)).subscribeOn(EVENT_STORE_READS));
    }

    private boolean registeredInEventStore(String partnerId) {
        DomainEventStream events = eventStore.readEvents(partnerId);
        return events.hasNext() && PARTNER_TYPE.equals(events.next().getType());
    }
}
