package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every partner's standing as of one date (today, for the board's usual questions) over everything held, kept from
 * one snapshot of a {@link HeldHistory} to the next by computing again only the partners whose versions or facts
 * changed; everything again when the date moves on, or when a change can reach every partner (a workshop cancelled,
 * the programme revised, a withdrawal). Coverage and readiness then cost what is counted, not every partner's
 * facts walked again at each request. Computed with every held record as recorded, so it answers any recorded-by
 * instant at or after the latest of them. Not thread-safe: used under its history's lock.
 */
final class TodaysStandings {

    private final Map<String, PartnerStanding> byPartner = new HashMap<>();
    private final TreeSet<PartnerStanding> inOrder = new TreeSet<>(StandingCalculator.IN_NAME_ORDER);
    private final Set<String> changed = new HashSet<>();
    private boolean allChanged = true;
    private LocalDate asOf;
    private Set<String> withdrawn = Set.of();
    private List<PartnerStanding> answer;
    /** What readiness counts over the standings, kept with them; {@link #tallied} is the copy given out, if any. */
    private final StandingTally tally = new StandingTally();
    private StandingTally tallied;

    void partnerChanged(String partnerId) {
        if (!allChanged) {
            changed.add(partnerId);
        }
    }

    void everythingChanged() {
        allChanged = true;
        changed.clear();
    }

    /** The standings, in the table's order, of {@code history}'s partners as of {@code date}. */
    List<PartnerStanding> at(LocalDate date, CoverageHistory history, Set<String> partners,
                             Function<String, List<PartnerVersion>> versionsOf, Function<String, List<Fact>> factsOf) {
        if (!date.equals(asOf)) {
            everythingChanged();
            asOf = date;
        }
        if (allChanged) {
            byPartner.clear();
            inOrder.clear();
            tally.clear();
            withdrawn = StandingCalculator.withdrawnRefs(history.facts(), Instant.MAX);
        }
        Set<String> toCompute = allChanged ? partners : changed;
        if (answer != null && toCompute.isEmpty()) {
            return answer;
        }
        Set<String> cancelled = StandingCalculator.cancelledWorkshops(history, date, Instant.MAX);
        for (String partnerId : toCompute) {
            PartnerStanding before = byPartner.remove(partnerId);
            if (before != null) {
                inOrder.remove(before);
                tally.remove(before);
            }
            StandingCalculator.standing(history, partnerId, versionsOf.apply(partnerId), factsOf.apply(partnerId),
                    withdrawn, cancelled, date, Instant.MAX).ifPresent(standing -> {
                        byPartner.put(partnerId, standing);
                        inOrder.add(standing);
                        tally.add(standing);
                    });
        }
        changed.clear();
        allChanged = false;
        answer = List.copyOf(inOrder);
        tallied = null;
        return answer;
    }

    /** The tally of the standings {@link #at} gave last, copied only when readiness asks (coverage never does). */
    StandingTally tally() {
        if (tallied == null) {
            tallied = tally.copy();
        }
        return tallied;
    }
}
