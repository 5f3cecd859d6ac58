package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.coverage.query.SmallHistory.P;

/** The trend of {@link SmallHistory}: the coverage report's own totals, at each week and milestone. */
class TrendCalculatorTest {

    private static final Instant ALL_RECORDED = Instant.parse("2019-06-01T00:00:00Z");
    private static final List<CoverageTrend.MilestoneDate> MILESTONES = List.of(
            new CoverageTrend.MilestoneDate("Workshops held", LocalDate.parse("2018-08-20")),
            new CoverageTrend.MilestoneDate("Draft strategy", LocalDate.parse("2018-10-05")));

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();

    @Test
    void everyPointHasTheReportsTotalsForItsDate() {
        CoverageHistory history = bed.history(P);
        CoverageTrend trend = TrendCalculator.trend(history, MILESTONES, ALL_RECORDED);

        assertThat(trend.points()).hasSizeGreaterThan(30);
        for (CoverageTrend.Point point : trend.points()) {
            CoverageReport.Totals totals = CoverageCalculator.report(history, point.on(), ALL_RECORDED, GroupBy.TYPE)
                    .totals();
            assertThat(List.of(point.partners(), point.engaged(), point.contributed(), point.keyPartners(),
                    point.keyPartnersEngaged()))
                    .as("totals on %s", point.on())
                    .containsExactly(totals.partners(), totals.engaged(), totals.contributed(), totals.keyPartners(),
                            totals.keyPartnersEngaged());
            assertThat(point.coverageRatio()).isEqualTo(totals.coverageRatio());
        }
    }

    @Test
    void weeklyFromTheFirstPhaseToTheLastWithTheMilestonesBetween() {
        CoverageTrend trend = TrendCalculator.trend(bed.history(P), MILESTONES, ALL_RECORDED);

        List<LocalDate> dates = trend.points().stream().map(CoverageTrend.Point::on).toList();
        LocalDate start = LocalDate.parse("2018-06-01");
        LocalDate end = LocalDate.parse("2019-01-31");
        assertThat(dates.get(0)).isEqualTo(start);
        assertThat(dates.get(dates.size() - 1)).isEqualTo(end);
        for (LocalDate week = start; week.isBefore(end); week = week.plusWeeks(1)) {
            assertThat(dates).contains(week);
        }
        // 35 weeks, the end, and the milestone of 20 August (a Monday; 5 October falls on a weekly Friday)
        assertThat(dates).hasSize(35 + 1 + 1).contains(LocalDate.parse("2018-08-20"));
        assertThat(trend.points()).map(CoverageTrend.Point::on).isSorted();
    }

    @Test
    void aMilestonePointCountsWhatHadHappenedByThatDay() {
        CoverageTrend trend = TrendCalculator.trend(bed.history(P), MILESTONES, ALL_RECORDED);

        // by 20 August: Alpha attended, Delta met the team in June; Epsilon's submission comes on the 25th
        CoverageTrend.Point workshops = pointOn(trend, "2018-08-20");
        assertThat(workshops.milestones()).containsExactly("Workshops held");
        assertThat(workshops.partners()).isEqualTo(5);
        assertThat(workshops.engaged()).isEqualTo(2);
        assertThat(workshops.contributed()).isEqualTo(1);
        CoverageTrend.Point draft = pointOn(trend, "2018-10-05");
        assertThat(draft.milestones()).containsExactly("Draft strategy");
        assertThat(draft.engaged()).isEqualTo(3);
        assertThat(draft.contributed()).isEqualTo(2);
    }

    @Test
    void whatWasRecordedLaterIsLeftOut() {
        // as recorded by 10 August, Epsilon was not registered yet
        CoverageTrend trend = TrendCalculator.trend(bed.history(P), MILESTONES,
                Instant.parse("2018-08-10T00:00:00Z"));

        assertThat(pointOn(trend, "2018-10-05").partners()).isEqualTo(4);
        assertThat(trend.adoptedOn()).isNull();
    }

    private static CoverageTrend.Point pointOn(CoverageTrend trend, String date) {
        return trend.points().stream().filter(p -> p.on().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }
}
