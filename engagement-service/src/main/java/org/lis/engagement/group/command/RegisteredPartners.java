package org.lis.engagement.group.command;

import org.lis.engagement.partner.query.PartnerQueries;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;

/**
 * Tells whether a partner a group names is registered. The partner register is read the read-your-writes way
 * (docs/read-your-writes.md): a partner registered a moment ago is waited for, so a script that registers a
 * partner and adds it to a group at once is not told 404.
 */
@Component
public class RegisteredPartners {

    private final PartnerQueries partners;

    public RegisteredPartners(PartnerQueries partners) {
        this.partners = partners;
    }

    /** Completes when the partner is registered; 404 naming {@code field} otherwise. */
    public Mono<Void> require(String partnerId, String field) {
        return partners.findById(partnerId).hasElement()
                .flatMap(known -> known ? Mono.<Void>empty() : Mono.error(new DomainException(PARTNER_NOT_FOUND, field,
                        field + ": no partner " + partnerId + " is registered")));
    }
}
