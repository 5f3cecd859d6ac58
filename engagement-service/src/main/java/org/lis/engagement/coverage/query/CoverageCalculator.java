package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Turns partners' standings into the board's totals, groups and gaps. */
public final class CoverageCalculator {

    /** Partners without a value for a single-valued dimension (a district) fall in this group. */
    static final String UNSPECIFIED = "UNSPECIFIED";

    private CoverageCalculator() {
    }

    public static CoverageReport report(CoverageHistory history, LocalDate asOf, Instant recordedBy, GroupBy groupBy) {
        return report(history, StandingCalculator.standings(history, asOf, recordedBy), asOf, recordedBy, groupBy);
    }

    /** The report from the partners' standings in {@code history} as of {@code asOf}, recorded by {@code recordedBy}. */
    public static CoverageReport report(CoverageHistory history, List<PartnerStanding> standings, LocalDate asOf,
                                        Instant recordedBy, GroupBy groupBy) {
        List<PartnerStanding> key = standings.stream().filter(s -> s.classification().keyPartner()).toList();
        int engaged = count(standings, PartnerStanding::engaged);
        CoverageReport.Totals totals = new CoverageReport.Totals(standings.size(), engaged,
                count(standings, s -> s.level() == EngagementLevel.CONTRIBUTED),
                count(standings, s -> s.level() == EngagementLevel.INVITED || s.level() == EngagementLevel.ACCEPTED),
                count(standings, s -> s.level() == EngagementLevel.NONE),
                key.size(), count(key, PartnerStanding::engaged), ratio(engaged, standings.size()));
        List<CoverageReport.Group> groups = groups(history, standings, groupBy);
        List<CoverageReport.PartnerRef> keyNotEngaged = key.stream().filter(s -> !s.engaged())
                .map(s -> new CoverageReport.PartnerRef(s.partnerId(), s.classification().name())).toList();
        List<String> empty = groups.stream().filter(g -> g.partners() > 0 && g.engaged() == 0)
                .map(CoverageReport.Group::key).toList();
        ProgrammeInfo.Adoption adoption = history.programme().adoptionKnownBy(recordedBy);
        return new CoverageReport(history.programme().id(), asOf, recordedBy,
                adoption == null ? null : adoption.adoptedOn(), groupBy, totals, groups,
                new CoverageReport.Gaps(keyNotEngaged, empty), StandingCalculator.convenor(history, asOf, recordedBy)
                .map(c -> new CoverageReport.Convenor(c.partnerId(), c.name())).orElse(null));
    }

    private static List<CoverageReport.Group> groups(CoverageHistory history, List<PartnerStanding> standings,
                                                     GroupBy groupBy) {
        return switch (groupBy) {
            case TYPE -> byKeys(standings, Arrays.stream(PartnerType.values()).map(Enum::name).toList(),
                    s -> List.of(orUnspecified(s.classification().type())), ENGAGED, false);
            case THEME -> byKeys(standings, Arrays.stream(Theme.values()).map(Enum::name).toList(),
                    s -> List.copyOf(s.themes()), PartnerStanding::engagedOn, true);
            case SECTOR -> byKeys(standings, sorted(standings, s -> s.classification().sectors()),
                    s -> s.classification().sectors(), ENGAGED, false);
            case DISTRICT -> byKeys(standings, sorted(standings, CoverageCalculator::district),
                    CoverageCalculator::district, ENGAGED, false);
            case PHASE -> history.programme().phases().stream().map(phase -> {
                int engaged = count(standings, s -> s.engagedPhases().contains(phase.code()));
                return new CoverageReport.Group(phase.code(), standings.size(), engaged,
                        ratio(engaged, standings.size()));
            }).toList();
        };
    }

    /** Engaged in a group by being engaged at all: every dimension but theme. */
    private static final BiPredicate<PartnerStanding, String> ENGAGED = (s, key) -> s.engaged();

    /**
     * One group per key, a partner in every group its classification names (and, for themes, the themes it
     * was engaged on); groups without partners are left out unless {@code keepEmpty} (the four themes are
     * always shown).
     */
    private static List<CoverageReport.Group> byKeys(List<PartnerStanding> standings, List<String> keys,
                                                     Function<PartnerStanding, List<String>> keysOf,
                                                     BiPredicate<PartnerStanding, String> engagedIn,
                                                     boolean keepEmpty) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, new int[2]));
        for (PartnerStanding s : standings) {
            for (String k : keysOf.apply(s)) {
                int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                c[0]++;
                if (engagedIn.test(s, k)) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> keepEmpty || e.getValue()[0] > 0)
                .map(e -> new CoverageReport.Group(e.getKey(), e.getValue()[0], e.getValue()[1],
                        ratio(e.getValue()[1], e.getValue()[0])))
                .toList();
    }

    private static List<String> sorted(List<PartnerStanding> standings,
                                       Function<PartnerStanding, List<String>> keysOf) {
        return List.copyOf(standings.stream().map(keysOf).flatMap(Collection::stream)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static List<String> district(PartnerStanding s) {
        return List.of(orUnspecified(s.classification().district()));
    }

    private static String orUnspecified(String value) {
        return value == null || value.isBlank() ? UNSPECIFIED : value;
    }

    private static int count(List<PartnerStanding> standings, Predicate<PartnerStanding> test) {
        return (int) standings.stream().filter(test).count();
    }

    /** Engaged over partners, four decimals, 0 when there are none. */
    static double ratio(int engaged, int partners) {
        return partners == 0 ? 0 : Math.round(engaged * 10000.0 / partners) / 10000.0;
    }
}
