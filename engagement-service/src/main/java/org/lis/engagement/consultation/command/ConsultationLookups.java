package org.lis.engagement.consultation.command;

import reactor.core.publisher.Mono;

/**
 * What a consultation needs to know from outside it: whether its programme exists and is still open to
 * consultation (not adopted), and whether a responding partner is registered. Each completes empty when so and
 * fails with the error to report otherwise.
 */
public interface ConsultationLookups {

    /** 404 PROGRAMME_NOT_FOUND for an unknown programme, 409 ALREADY_ADOPTED once the board adopted it. */
    Mono<Void> requireProgrammeBeforeAdoption(String programmeId);

    /** 404 PARTNER_NOT_FOUND naming the field {@code partnerId}. */
    Mono<Void> requirePartner(String partnerId);
}
