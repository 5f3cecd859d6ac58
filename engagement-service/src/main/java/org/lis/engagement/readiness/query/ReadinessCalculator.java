package org.lis.engagement.readiness.query;

import org.lis.engagement.coverage.query.CoverageHistory;
import org.lis.engagement.coverage.query.PartnerStanding;
import org.lis.engagement.coverage.query.ProgrammeInfo;
import org.lis.engagement.coverage.query.StandingCalculator;
import org.lis.engagement.coverage.query.StandingTally;
import org.lis.engagement.coverage.query.WorkshopInfo;
import org.lis.events.common.Theme;
import org.lis.events.programme.ReadinessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a programme's readiness rules against the coverage facts. A rule switched off (false or 0)
 * is not checked. Themes are the four Grand Challenges; hypotheses are those tabled at the
 * programme's workshops that were not cancelled.
 */
public final class ReadinessCalculator {

    public static final String KEY_PARTNERS_ENGAGED = "keyPartnersEngaged";
    public static final String MIN_ENGAGED_PER_THEME = "minEngagedPerTheme";
    public static final String MIN_FEEDBACK_PER_HYPOTHESIS = "minFeedbackPerHypothesis";

    private ReadinessCalculator() {
    }

    public static ReadinessReport readiness(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return readiness(history, StandingCalculator.standings(history, asOf, recordedBy), asOf, recordedBy);
    }

    /** The checks from the partners' standings in {@code history} as of {@code asOf}, recorded by {@code recordedBy}. */
    public static ReadinessReport readiness(CoverageHistory history, List<PartnerStanding> standings, LocalDate asOf,
                                            Instant recordedBy) {
        return readiness(history, StandingTally.of(standings), asOf, recordedBy);
    }

    /** The checks from the tally of the partners' standings as of {@code asOf}, recorded by {@code recordedBy}. */
    public static ReadinessReport readiness(CoverageHistory history, StandingTally standings, LocalDate asOf,
                                            Instant recordedBy) {
        ReadinessRules rules = history.programme().readiness();
        List<ReadinessCheck> checks = new ArrayList<>();
        if (rules.keyPartnersEngaged()) {
            checks.add(keyPartners(standings));
        }
        if (rules.minEngagedPerTheme() > 0) {
            checks.add(perTheme(standings, rules.minEngagedPerTheme()));
        }
        if (rules.minFeedbackPerHypothesis() > 0) {
            checks.add(perHypothesis(history, standings, asOf, recordedBy, rules.minFeedbackPerHypothesis()));
        }
        ProgrammeInfo.Adoption a = history.programme().adoptionKnownBy(recordedBy);
        ReadinessReport.Adoption adoption = a == null ? null
                : new ReadinessReport.Adoption(a.adoptedOn(), a.overrideReason(), a.failedChecks(), a.recordedAt());
        return new ReadinessReport(history.programme().id(), checks.stream().allMatch(ReadinessCheck::passed),
                history.programme().adoptionTargetDate(), asOf, recordedBy, checks, adoption);
    }

    private static ReadinessCheck keyPartners(StandingTally standings) {
        List<String> missing = standings.keyPartnersNotEngaged();
        if (missing.isEmpty()) {
            return new ReadinessCheck(KEY_PARTNERS_ENGAGED, true, standings.keyPartners() == 0
                    ? "No key partners in the register" : "All " + standings.keyPartners() + " key partners engaged");
        }
        return new ReadinessCheck(KEY_PARTNERS_ENGAGED, false, missing.size() + " key "
                + (missing.size() == 1 ? "partner" : "partners") + " not engaged: " + String.join(", ", missing));
    }

    private static ReadinessCheck perTheme(StandingTally standings, int min) {
        List<String> counts = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            long engaged = standings.engagedOn(theme);
            counts.add(theme.name() + " " + engaged);
            if (engaged < min) {
                below.add(theme.name() + " (" + engaged + ")");
            }
        }
        if (below.isEmpty()) {
            return new ReadinessCheck(MIN_ENGAGED_PER_THEME, true, "Every theme has at least " + min
                    + " engaged " + partners(min) + ": " + String.join(", ", counts));
        }
        return new ReadinessCheck(MIN_ENGAGED_PER_THEME, false, below.size() + " of 4 themes below " + min
                + " engaged " + partners(min) + ": " + String.join(", ", below));
    }

    private static ReadinessCheck perHypothesis(CoverageHistory history, StandingTally standings,
                                                LocalDate asOf, Instant recordedBy, int min) {
        Set<String> tabled = history.workshops().values().stream()
                .filter(w -> !w.cancelledAt(asOf, recordedBy))
                .flatMap(w -> w.tabled().stream())
                .filter(t -> !t.recordedAt().isAfter(recordedBy))
                .map(WorkshopInfo.Tabling::hypothesisId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (tabled.isEmpty()) {
            return new ReadinessCheck(MIN_FEEDBACK_PER_HYPOTHESIS, true,
                    "No hypotheses tabled at the programme's workshops yet");
        }
        List<String> below = tabled.stream()
                .map(h -> new HypothesisFeedback(title(history, h), standings.fedBack(h)))
                .filter(f -> f.partners() < min)
                .map(f -> "'" + f.title() + "' (" + f.partners() + ")")
                .sorted()
                .toList();
        if (below.isEmpty()) {
            return new ReadinessCheck(MIN_FEEDBACK_PER_HYPOTHESIS, true, tabled.size() + " tabled "
                    + (tabled.size() == 1 ? "hypothesis" : "hypotheses") + ", each with feedback from at least "
                    + min + " " + partners(min));
        }
        return new ReadinessCheck(MIN_FEEDBACK_PER_HYPOTHESIS, false, below.size() + " of " + tabled.size()
                + " tabled hypotheses have feedback from fewer than " + min + " " + partners(min) + ": "
                + String.join(", ", below));
    }

    private static String partners(long count) {
        return count == 1 ? "partner" : "partners";
    }

    private record HypothesisFeedback(String title, long partners) {
    }

    private static String title(CoverageHistory history, String hypothesisId) {
        return history.hypothesisTitles().getOrDefault(hypothesisId, hypothesisId);
    }
}
