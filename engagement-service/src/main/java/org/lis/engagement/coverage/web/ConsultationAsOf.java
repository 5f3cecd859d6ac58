package org.lis.engagement.coverage.web;

import org.lis.engagement.consultation.query.ConsultationQueries;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Locale;

import static org.lis.engagement.EngagementError.CONSULTATION_NOT_FOUND;

/**
 * Turns {@code asOf=consultation:{consultationId}} into that window's closing date, so the board can read coverage
 * "as of the consultation's close" as it reads it as of adoption. Any other value is passed on unchanged, blank for
 * none. The consultation must be one of the programme's (404 naming {@code asOf} otherwise).
 */
@Component
class ConsultationAsOf {

    static final String PREFIX = "consultation:";

    private final ConsultationQueries consultations;

    ConsultationAsOf(ConsultationQueries consultations) {
        this.consultations = consultations;
    }

    Mono<String> resolve(String programmeId, String asOf) {
        if (asOf == null || !asOf.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Mono.just(asOf == null ? "" : asOf);
        }
        String consultationId = asOf.strip().substring(PREFIX.length()).strip();
        return consultations.findById(consultationId)
                .filter(consultation -> programmeId.equals(consultation.programmeId()))
                .map(consultation -> consultation.closesOn().toString())
                .switchIfEmpty(Mono.error(() -> new DomainException(CONSULTATION_NOT_FOUND, "asOf", "asOf: programme "
                        + programmeId + " has no consultation " + consultationId)));
    }
}
