package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out a programme's coverage trend from its history read once: the facts recorded by {@code recordedBy}
 * are sorted by date a single time, and the dates are walked in order, each seeing the facts up to it, so the
 * figures at a date are exactly those the coverage report gives for that as-of date.
 */
public final class TrendCalculator {

    private TrendCalculator() {
    }

    public static CoverageTrend trend(CoverageHistory history, List<CoverageTrend.MilestoneDate> milestones,
                                      Instant recordedBy) {
        ProgrammeInfo programme = history.programme();
        ProgrammeInfo.Adoption adoption = programme.adoptionKnownBy(recordedBy);
        TreeMap<LocalDate, List<String>> dates = dates(programme, milestones);
        TreeMap<LocalDate, List<String>> delivered = new TreeMap<>();
        milestones.stream().filter(m -> m.deliveredOn() != null).forEach(m -> {
            delivered.computeIfAbsent(m.deliveredOn(), d -> new ArrayList<>()).add(m.name());
            dates.putIfAbsent(m.deliveredOn(), new ArrayList<>());
        });
        if (adoption != null) {
            dates.putIfAbsent(adoption.adoptedOn(), new ArrayList<>());
        }
        List<Fact> facts = history.facts().stream().filter(f -> !f.recordedAt().isAfter(recordedBy))
                .sorted(Comparator.comparing(Fact::on)).toList();
        List<CoverageTrend.Point> points = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<LocalDate, List<String>> date : dates.entrySet()) {
            while (seen < facts.size() && !facts.get(seen).on().isAfter(date.getKey())) {
                seen++;
            }
            CoverageHistory upTo = new CoverageHistory(programme, history.partnerVersions(), facts.subList(0, seen),
                    history.workshops(), history.hypothesisTitles());
            points.add(point(upTo, date.getKey(), date.getValue(), delivered.getOrDefault(date.getKey(), List.of()),
                    adoption, recordedBy));
        }
        return new CoverageTrend(programme.id(), recordedBy, adoption == null ? null : adoption.adoptedOn(),
                List.copyOf(points), List.copyOf(milestones));
    }

    /**
     * Each week from the first phase's start, the last phase's end or adoption target, and each milestone on the
     * last day its due date covers (a milestone due in the week commencing 24 September is due by the 30th).
     */
    static TreeMap<LocalDate, List<String>> dates(ProgrammeInfo programme,
                                                  List<CoverageTrend.MilestoneDate> milestones) {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        programme.phases().forEach(p -> {
            addIfGiven(bounds, p.startsOn());
            addIfGiven(bounds, p.endsOn());
        });
        addIfGiven(bounds, programme.adoptionTargetDate());
        TreeMap<LocalDate, List<String>> dates = new TreeMap<>();
        if (!bounds.isEmpty()) {
            for (LocalDate d = bounds.first(); !d.isAfter(bounds.last()); d = d.plusWeeks(1)) {
                dates.put(d, new ArrayList<>());
            }
            dates.putIfAbsent(bounds.last(), new ArrayList<>());
        }
        milestones.stream().filter(m -> m.dueBy() != null).forEach(m ->
                dates.computeIfAbsent(m.dueBy(), d -> new ArrayList<>()).add(m.name()));
        return dates;
    }

    private static void addIfGiven(TreeSet<LocalDate> dates, LocalDate date) {
        if (date != null) {
            dates.add(date);
        }
    }

    private static CoverageTrend.Point point(CoverageHistory history, LocalDate on, List<String> milestones,
                                             List<String> delivered, ProgrammeInfo.Adoption adoption,
                                             Instant recordedBy) {
        List<PartnerStanding> standings = StandingCalculator.standings(history, on, recordedBy);
        int engaged = (int) standings.stream().filter(PartnerStanding::engaged).count();
        int contributed = (int) standings.stream().filter(s -> s.level() == EngagementLevel.CONTRIBUTED).count();
        List<PartnerStanding> key = standings.stream().filter(s -> s.classification().keyPartner()).toList();
        int keyEngaged = (int) key.stream().filter(PartnerStanding::engaged).count();
        boolean adoptedThatDay = adoption != null && Objects.equals(adoption.adoptedOn(), on);
        return new CoverageTrend.Point(on, List.copyOf(milestones), List.copyOf(delivered), adoptedThatDay,
                standings.size(), engaged,
                contributed, key.size(), keyEngaged, CoverageCalculator.ratio(engaged, standings.size()));
    }
}
