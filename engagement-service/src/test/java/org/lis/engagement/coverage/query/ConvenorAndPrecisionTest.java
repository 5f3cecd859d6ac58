package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.lis.engagement.readiness.query.ReadinessCalculator;
import org.lis.engagement.readiness.query.ReadinessCheck;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.coverage.query.SmallHistory.B;
import static org.lis.engagement.coverage.query.SmallHistory.C;
import static org.lis.engagement.coverage.query.SmallHistory.D;
import static org.lis.engagement.coverage.query.SmallHistory.P;

/**
 * {@link SmallHistory} revised: the programme's convenor is left out of its scope, and a phase given in months
 * runs to the last day of its last month.
 */
class ConvenorAndPrecisionTest {

    private static final String ALL_RECORDED = "2018-12-31T00:00:00Z";

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();

    @Test
    void theConvenorIsNotCountedThoughItTookPartInActivities() {
        revise(D, DatePrecision.DAY);

        CoverageReport report = bed.report(P, "2018-12-31", ALL_RECORDED, GroupBy.TYPE);

        // Delta Ltd, engaged by its meeting and key from September, would make 5 partners, 3 engaged, 3 key
        assertThat(report.totals()).isEqualTo(new CoverageReport.Totals(4, 2, 2, 2, 0, 2, 1, 0.5));
        assertThat(report.convenor()).isEqualTo(new CoverageReport.Convenor(D, "Delta Ltd"));
        assertThat(report.groups()).noneMatch(g -> g.key().equals("INDUSTRY_BODY") && g.partners() > 0);
    }

    @Test
    void readinessDoesNotAskForTheConvenorToBeEngaged() {
        revise(B, DatePrecision.DAY);

        ReadinessCheck keyPartners = ReadinessCalculator.readiness(bed.history(P), LocalDate.parse("2018-08-31"),
                Instant.parse(ALL_RECORDED)).checks().stream()
                .filter(c -> c.name().equals(ReadinessCalculator.KEY_PARTNERS_ENGAGED)).findFirst().orElseThrow();

        assertThat(keyPartners.passed()).isTrue();
        assertThat(keyPartners.detail()).doesNotContain("Beta Council");
    }

    @Test
    void aPhaseEndingInAMonthCountsAnActivityOnItsLastDay() {
        bed.record(new EngagementActivityRecordedEvent(C, "act-c", ActivityKind.CALL, LocalDate.parse("2018-09-30"),
                "Call on clean growth", P, List.of(Theme.CLEAN_GROWTH)), "2018-09-30T12:00:00Z");

        revise(null, DatePrecision.DAY);
        assertThat(phase("P2").engaged()).isEqualTo(2);

        revise(null, DatePrecision.MONTH);
        assertThat(phase("P2").engaged()).isEqualTo(3);
    }

    @Test
    void replayRebuildsTheConvenorAndTheMonthEnd() {
        revise(D, DatePrecision.MONTH);
        CoverageReport before = bed.report(P, "2018-09-30", ALL_RECORDED, GroupBy.PHASE);

        bed.replay();
        assertThat(bed.report(P, "2018-09-30", ALL_RECORDED, GroupBy.PHASE)).isEqualTo(before);
        bed.reset();
        bed.replay();
        assertThat(bed.report(P, "2018-09-30", ALL_RECORDED, GroupBy.PHASE)).isEqualTo(before);
    }

    /** Phase 2 ends on 1 September: that day, or September as a month with {@code endsOn} MONTH. */
    private void revise(String convenor, DatePrecision endsOn) {
        bed.record(new ProgrammeRevisedEvent(P, "Test LIS", LocalDate.parse("2018-12-31"), List.of(
                new Phase("P1", "Evidence", LocalDate.parse("2018-06-01"), LocalDate.parse("2018-07-31"), List.of()),
                new Phase("P2", "Engagement", LocalDate.parse("2018-08-01"), LocalDate.parse("2018-09-01"),
                        List.of(), DatePrecision.MONTH, endsOn)),
                new ReadinessRules(true, 1, 2), convenor), "2018-10-01T08:00:00Z");
    }

    private CoverageReport.Group phase(String code) {
        return bed.report(P, "2018-12-31", ALL_RECORDED, GroupBy.PHASE).groups().stream()
                .filter(g -> g.key().equals(code)).findFirst().orElseThrow();
    }
}
