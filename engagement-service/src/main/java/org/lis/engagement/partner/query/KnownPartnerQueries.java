package org.lis.engagement.partner.query;

import org.lis.engagement.KnownAggregates;
import org.lis.engagement.partner.command.Partner;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;

/**
 * Tells whether partners are registered, for requests that name them (a programme's convenor, everyone at an
 * activity's table), a partner registered a moment ago included ({@link KnownAggregates}).
 */
@Component
public class KnownPartnerQueries {

    private final PartnerQueries partners;
    private final KnownAggregates aggregates;

    public KnownPartnerQueries(PartnerQueries partners, KnownAggregates aggregates) {
        this.partners = partners;
        this.aggregates = aggregates;
    }

    /** Completes when the partner is registered; 404 naming {@code field} otherwise. */
    public Mono<Void> require(String partnerId, String field) {
        return require(List.of(partnerId), field);
    }

    /** Completes when every partner is registered; 404 naming {@code field} and the unknown ids otherwise. */
    public Mono<Void> require(List<String> partnerIds, String field) {
        return Flux.fromIterable(partnerIds)
                .flatMapSequential(id -> aggregates.exists(id, Partner.class, partners.findById(id))
                        .filter(known -> !known).map(unknown -> id), 4)
                .collectList()
                .flatMap(unknown -> unknown.isEmpty() ? Mono.<Void>empty() : Mono.error(new DomainException(
                        PARTNER_NOT_FOUND, field, field + ": no partner " + String.join(", ", unknown)
                        + " is registered; register the organisation first")));
    }
}
