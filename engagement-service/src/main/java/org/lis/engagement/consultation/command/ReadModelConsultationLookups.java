package org.lis.engagement.consultation.command;

import org.lis.engagement.partner.query.PartnerQueries;
import org.lis.engagement.programme.query.KnownProgrammeQueries;
import org.lis.engagement.programme.query.ProgrammeQueries;
import org.lis.engagement.programme.query.ProgrammeView;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.lis.engagement.EngagementError.ALREADY_ADOPTED;
import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;
import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;

/**
 * The lookups from the read models, each of which waits for a write a moment old (docs/read-your-writes.md): the
 * programme through {@link KnownProgrammeQueries}, which falls back on the event store; its adoption from the
 * {@code programmes} read model, so an adoption a few hundred milliseconds old may not be seen yet; the partner
 * from the {@code partners} read model.
 */
@Component
class ReadModelConsultationLookups implements ConsultationLookups {

    static final String PROGRAMME_FIELD = "programmeId";
    static final String PARTNER_FIELD = "partnerId";

    private final KnownProgrammeQueries known;
    private final ProgrammeQueries programmes;
    private final PartnerQueries partners;

    ReadModelConsultationLookups(KnownProgrammeQueries known, ProgrammeQueries programmes, PartnerQueries partners) {
        this.known = known;
        this.programmes = programmes;
        this.partners = partners;
    }

    @Override
    public Mono<Void> requireProgrammeBeforeAdoption(String programmeId) {
        return known.require(programmeId, PROGRAMME_FIELD)
                .onErrorMap(e -> e instanceof DomainException d && d.code() == PROGRAMME_NOT_FOUND,
                        e -> new DomainException(PROGRAMME_NOT_FOUND, "No programme " + programmeId))
                .then(programmes.findById(programmeId).map(ProgrammeView::adopted).defaultIfEmpty(false))
                .flatMap(adopted -> adopted ? Mono.error(new DomainException(ALREADY_ADOPTED, "Programme "
                        + programmeId + " is adopted: the strategy can no longer be consulted on")) : Mono.empty());
    }

    @Override
    public Mono<Void> requirePartner(String partnerId) {
        return partners.findById(partnerId).hasElement().flatMap(known -> known ? Mono.<Void>empty()
                : Mono.error(new DomainException(PARTNER_NOT_FOUND, PARTNER_FIELD, "No partner " + partnerId)));
    }
}
