package org.lis.engagement.partner.query;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.lis.support.error.DomainException;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;

/**
 * Tells whether partners are registered, for commands that name several (an activity with everyone at the table).
 * Each look-up that finds nothing waits for the register to catch up (see docs/read-your-writes.md), so a partner
 * registered a moment ago is found.
 */
@Component
public class KnownPartnerQueries {

    private final FreshCollection partners;

    public KnownPartnerQueries(MongoDatabase database, FreshReads fresh) {
        this.partners = fresh.collection(database, PartnerProjection.COLLECTION, PartnerProjection.PROCESSING_GROUP);
    }

    /** Completes when every partner is registered; 404 naming {@code field} and the unknown ids otherwise. */
    public Mono<Void> require(List<String> partnerIds, String field) {
        return Flux.fromIterable(partnerIds)
                .flatMapSequential(id -> partners.byId(id).hasElement().filter(known -> !known).map(unknown -> id), 4)
                .collectList()
                .flatMap(unknown -> unknown.isEmpty() ? Mono.<Void>empty() : Mono.error(new DomainException(
                        PARTNER_NOT_FOUND, field, field + ": no partner " + String.join(", ", unknown)
                        + "; register the organisation first")));
    }
}
