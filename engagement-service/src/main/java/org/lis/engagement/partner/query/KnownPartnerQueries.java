package org.lis.engagement.partner.query;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.lis.engagement.partner.command.Partner;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;

/**
 * Tells whether a partner is registered, for requests that name one (a programme's convenor). As with
 * {@code KnownProgrammeQueries}, the read model answers almost always and the event store, consistent with the
 * write that registered the partner, has the last word; only a stream whose events are a partner's counts.
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
        return partners.findById(partnerId).hasElement()
                .flatMap(known -> known ? Mono.just(true)
                        : Mono.fromCallable(() -> registeredInEventStore(partnerId)).subscribeOn(EVENT_STORE_READS))
                .flatMap(known -> known ? Mono.<Void>empty() : Mono.error(new DomainException(PARTNER_NOT_FOUND,
                        field, field + ": no partner " + partnerId + " is registered")));
    }

    private boolean registeredInEventStore(String partnerId) {
        DomainEventStream events = eventStore.readEvents(partnerId);
        return events.hasNext() && PARTNER_TYPE.equals(events.next().getType());
    }
}
