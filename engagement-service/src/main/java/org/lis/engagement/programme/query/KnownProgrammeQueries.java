package org.lis.engagement.programme.query;

import org.lis.engagement.KnownAggregates;
import org.lis.engagement.programme.command.Programme;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;

/**
 * Tells whether a programme exists, for commands that name one (an activity's {@code programmeId}), a programme
 * defined a moment ago included ({@link KnownAggregates}).
 */
@Component
public class KnownProgrammeQueries {

    private final ProgrammeQueries programmes;
    private final KnownAggregates aggregates;

    public KnownProgrammeQueries(ProgrammeQueries programmes, KnownAggregates aggregates) {
        this.programmes = programmes;
        this.aggregates = aggregates;
    }

    /** Completes when the programme exists; 404 naming {@code field} otherwise. */
    public Mono<Void> require(String programmeId, String field) {
        return aggregates.exists(programmeId, Programme.class, programmes.findById(programmeId))
                .flatMap(known -> known ? Mono.<Void>empty() : Mono.error(new DomainException(PROGRAMME_NOT_FOUND,
                        field, "No programme " + programmeId + ": engagement can only be recorded for a programme "
                        + "that exists, or for none (leave " + field + " out)")));
    }
}
