package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.engagement.partner.query.HistoryEntry;
import org.lis.engagement.partner.query.PartnerEngagement;
import org.lis.engagement.partner.query.PartnerEngagementQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partner's level today across every programme, and the workshop engagement behind it, from the
 * coverage facts (invitations, RSVPs, attendance, no-shows, feedback and activities), so the partner page
 * agrees with the board's figures. Activities are left out of the history: the register already lists them.
 */
@Component
public class CoveragePartnerEngagementQueries implements PartnerEngagementQueries {

    private final CoverageHistoryQueries reader;
    private final Clock clock;

    public CoveragePartnerEngagementQueries(CoverageHistoryQueries reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public Mono<PartnerEngagement> engagementOf(String partnerId) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return reader.forPartner(partnerId)
                .map(history -> new PartnerEngagement(level(history, today, now), workshopHistory(history, now)))
                .defaultIfEmpty(PartnerEngagement.NONE);
    }

    private static EngagementLevel level(CoverageHistory history, LocalDate today, Instant now) {
        return StandingCalculator.standings(history, today, now).stream().findFirst()
                .map(PartnerStanding::level).orElse(EngagementLevel.NONE);
    }

    /** A record withdrawn stays in the history, marked so, beside its withdrawal. */
    private static List<HistoryEntry> workshopHistory(CoverageHistory history, Instant now) {
        Set<String> withdrawn = history.facts().stream().filter(fact -> fact.withdrawsBy(now)).map(Fact::ref)
                .collect(Collectors.toSet());
        return history.facts().stream()
                .filter(fact -> fact.kind() != FactKind.ACTIVITY)
                .sorted(Comparator.comparing(Fact::on).thenComparing(Fact::recordedAt))
                .map(fact -> {
                    WorkshopInfo workshop = fact.workshopId() == null ? null : history.workshops().get(fact.workshopId());
                    boolean feedback = fact.kind() == FactKind.FEEDBACK;
                    return HistoryEntry.workshop(fact.kind().name(), fact.on(), fact.programmeId(), fact.workshopId(),
                            workshop == null ? null : workshop.title(), fact.invitationId(), fact.response(),
                            fact.hypothesisId(), fact.feedbackId(), feedback ? fact.writtenSubmission() : null,
                            fact.kind() != FactKind.WITHDRAWN && fact.ref() != null && withdrawn.contains(fact.ref()));
                })
                .toList();
    }
}
