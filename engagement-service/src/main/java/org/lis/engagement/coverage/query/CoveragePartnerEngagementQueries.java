package org.lis.engagement.coverage.query;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.group.query.GroupFields;
import org.lis.engagement.group.query.GroupProjection;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.engagement.partner.query.HistoryEntry;
import org.lis.engagement.partner.query.PartnerEngagement;
import org.lis.engagement.partner.query.PartnerEngagementQueries;
import org.lis.events.common.Theme;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final MongoDatabase database;

    public CoveragePartnerEngagementQueries(CoverageHistoryQueries reader, Clock clock, MongoDatabase database) {
        this.reader = reader;
        this.clock = clock;
        this.database = database;
    }

    @Override
    public Mono<PartnerEngagement> engagementOf(String partnerId) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return reader.forPartner(partnerId)
                .flatMap(history -> groupNames(history).map(groups ->
                        new PartnerEngagement(level(history, today, now), workshopHistory(history, groups, now))))
                .defaultIfEmpty(PartnerEngagement.NONE);
    }

    private static EngagementLevel level(CoverageHistory history, LocalDate today, Instant now) {
        return StandingCalculator.standings(history, today, now).stream().findFirst()
                .map(PartnerStanding::level).orElse(EngagementLevel.NONE);
    }

    /** The names of the standing groups the partner's facts name, by id. */
    private Mono<Map<String, String>> groupNames(CoverageHistory history) {
        Set<String> ids = history.facts().stream().map(Fact::groupId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Flux.from(database.getCollection(GroupProjection.COLLECTION).find(Filters.in("_id", ids)))
                .collectMap(d -> d.getString("_id"), d -> Objects.requireNonNullElse(d.getString(GroupFields.NAME), ""));
    }

    /** Activities, and the withdrawals of their versions, are left to the register and the activities read model. */
    private static List<HistoryEntry> workshopHistory(CoverageHistory history, Map<String, String> groups,
                                                      Instant now) {
        Set<String> activityRefs = history.facts().stream().filter(fact -> fact.kind() == FactKind.ACTIVITY)
                .map(Fact::ref).filter(Objects::nonNull).collect(Collectors.toSet());
        // a check-in or invitation withdrawn stays in the history, marked so, beside its withdrawal
        Set<String> withdrawn = history.facts().stream().filter(fact -> fact.withdrawsBy(now)).map(Fact::ref)
                .collect(Collectors.toSet());
        return history.facts().stream()
                .filter(fact -> fact.kind() != FactKind.ACTIVITY)
                .filter(fact -> fact.kind() != FactKind.WITHDRAWN || !activityRefs.contains(fact.ref()))
                .sorted(Comparator.comparing(Fact::on).thenComparing(Fact::recordedAt))
                .map(fact -> {
                    if (fact.groupId() != null) {
                        return HistoryEntry.group(groupEntryKind(fact), fact.on(), fact.programmeId(),
                                fact.themes().stream().map(org.lis.events.common.Theme::valueOf).toList(),
                                fact.groupId(), groups.get(fact.groupId()));
                    }
                    if (fact.kind() == FactKind.CONSULTATION_RESPONSE) {
                        return HistoryEntry.consultationResponse(fact.on(), fact.programmeId(), fact.ref(),
                                fact.themes().stream().map(Theme::valueOf).toList());
                    }
                    WorkshopInfo workshop = fact.workshopId() == null ? null : history.workshops().get(fact.workshopId());
                    boolean feedback = fact.kind() == FactKind.FEEDBACK;
                    return HistoryEntry.workshop(fact.kind().name(), fact.on(), fact.programmeId(), fact.workshopId(),
                            workshop == null ? null : workshop.title(), fact.invitationId(), fact.response(),
                            fact.hypothesisId(), fact.feedbackId(), feedback ? fact.writtenSubmission() : null,
                            fact.kind() != FactKind.WITHDRAWN && fact.ref() != null && withdrawn.contains(fact.ref()));
                })
                .toList();
    }

    /** A convenor's membership (ref: the group itself) reads as convening it; a member's as joining. */
    private static String groupEntryKind(Fact fact) {
        return switch (fact.kind()) {
            case GROUP_MEMBERSHIP -> fact.groupId().equals(fact.ref()) ? "GROUP_CONVENED" : "GROUP_JOINED";
            default -> fact.kind().name();
        };
    }
}
