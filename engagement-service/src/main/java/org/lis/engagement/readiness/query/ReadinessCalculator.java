package org.lis.engagement.readiness.query;

import org.lis.engagement.coverage.query.CoverageHistory;
import org.lis.engagement.coverage.query.PartnerStanding;
import org.lis.engagement.coverage.query.ProgrammeInfo;
import org.lis.engagement.coverage.query.StandingCalculator;
import org.lis.engagement.coverage.query.WorkshopInfo;
import org.lis.events.common.Theme;
import org.lis.events.programme.ReadinessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private static final Map<String, Theme> THEMES = Arrays.stream(Theme.values())
            .collect(Collectors.toUnmodifiableMap(Theme::name, theme -> theme));

    private ReadinessCalculator() {
    }

    public static ReadinessReport readiness(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return readiness(history, StandingCalculator.standings(history, asOf, recordedBy), asOf, recordedBy);
    }

    /** The checks from the partners' standings in {@code history} as of {@code asOf}, recorded by {@code recordedBy}. */
    public static ReadinessReport readiness(CoverageHistory history, List<PartnerStanding> standings, LocalDate asOf,
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

    private static ReadinessCheck keyPartners(List<PartnerStanding> standings) {
        List<PartnerStanding> key = standings.stream().filter(s -> s.classification().keyPartner()).toList();
        List<String> missing = key.stream().filter(s -> !s.engaged()).map(s -> s.classification().name()).toList();
        if (missing.isEmpty()) {
            return new ReadinessCheck(KEY_PARTNERS_ENGAGED, true, key.isEmpty()
                    ? "No key partners in the register" : "All " + key.size() + " key partners engaged");
        }
        return new ReadinessCheck(KEY_PARTNERS_ENGAGED, false, missing.size() + " key "
                + (missing.size() == 1 ? "partner" : "partners") + " not engaged: " + String.join(", ", missing));
    }

    private static ReadinessCheck perTheme(List<PartnerStanding> standings, int min) {
        int[] engagedOn = engagedPerTheme(standings);
        List<String> counts = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            long engaged = engagedOn[theme.ordinal()];
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

    /**
     * How many partners are engaged on each theme ({@link PartnerStanding#engagedOn}), by the theme's ordinal, in one
     * pass over each partner's few themes rather than a question per theme to every partner.
     */
    private static int[] engagedPerTheme(List<PartnerStanding> standings) {
        int[] engaged = new int[Theme.values().length];
        for (PartnerStanding standing : standings) {
            int on = 0;
            if (standing.engaged()) {
                on = themeBits(standing.classification().themes(), on);
            }
            on = themeBits(standing.engagedThemes(), on);
            for (Theme theme : Theme.values()) {
                if ((on & 1 << theme.ordinal()) != 0) {
                    engaged[theme.ordinal()]++;
                }
            }
        }
        return engaged;
    }

    private static int themeBits(Collection<String> themes, int bits) {
        for (String name : themes) {
            Theme theme = THEMES.get(name);
            if (theme != null) {
                bits |= 1 << theme.ordinal();
            }
        }
        return bits;
    }

    private static ReadinessCheck perHypothesis(CoverageHistory history, List<PartnerStanding> standings,
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
                .map(h -> new HypothesisFeedback(title(history, h), standings.stream()
                        .filter(s -> s.hypothesesFedBack().contains(h)).count()))
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
