package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevelLookup;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's level today across every programme, from the coverage facts (invitations, RSVPs,
 * attendance, feedback and activities), so the partner page agrees with the board's figures.
 */
@Component
public class CoverageEngagementLevelLookup implements EngagementLevelLookup {

    private final CoverageHistoryReader reader;
    private final Clock clock;

    public CoverageEngagementLevelLookup(CoverageHistoryReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public Mono<org.lis.engagement.partner.query.EngagementLevel> levelOf(String partnerId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Instant now = CoverageQueries.now(clock);
        return reader.forPartner(partnerId)
                .map(history -> StandingCalculator.standings(history, today, now)
                        .stream().findFirst().map(PartnerStanding::level).orElse(EngagementLevel.NONE))
                .map(level -> org.lis.engagement.partner.query.EngagementLevel.valueOf(level.name()))
                .defaultIfEmpty(org.lis.engagement.partner.query.EngagementLevel.NONE);
    }
}
