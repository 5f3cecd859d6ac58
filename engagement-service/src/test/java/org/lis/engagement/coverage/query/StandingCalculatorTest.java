package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.programme.ReadinessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every kind of record shares: withdrawals, and the themes a record engages its partner on. */
class StandingCalculatorTest {

    private static final String P = "prog-1";
    private static final LocalDate JUNE_10 = LocalDate.of(2018, 6, 10);
    private static final Instant RECORDED = Instant.parse("2018-06-11T09:00:00Z");
    private static final Instant WITHDRAWN_AT = Instant.parse("2018-07-02T09:00:00Z");
    private static final ProgrammeInfo PROGRAMME = new ProgrammeInfo(P, "Strategy", LocalDate.of(2018, 12, 31),
            List.of(new ProgrammeInfo.PhaseInfo("P1", "Evidence", LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 31))),
            new ReadinessRules(false, 0, 0), null);
    private static final PartnerVersion ALPHA = new PartnerVersion("p-a", true, "Alpha Ltd", "BUSINESS", List.of(),
            List.of("AGEING_SOCIETY"), "Wycombe", false, JUNE_10, Instant.parse("2018-05-01T09:00:00Z"));

    @Test
    void aWithdrawalTakesTheRecordBackFromItsOwnDateOnceRecorded() {
        Fact withdrawal = fact("w-1", FactKind.WITHDRAWN, LocalDate.of(2018, 7, 2), WITHDRAWN_AT, List.of());
        CoverageHistory history = history(activity(List.of()), withdrawal);

        // as of the meeting's own date, as known now: the meeting never counted
        assertThat(level(history, JUNE_10, Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(EngagementLevel.NONE);
        // as the board knew it before the withdrawal was recorded, it counted
        assertThat(level(history, LocalDate.of(2018, 12, 31), WITHDRAWN_AT.minusSeconds(1)))
                .isEqualTo(EngagementLevel.ENGAGED);
    }

    @Test
    void aWithdrawalOfAnotherRecordChangesNothing() {
        Fact other = new Fact("w-2", FactKind.WITHDRAWN, "p-a", P, JUNE_10, WITHDRAWN_AT, null, null, null, null,
                null, false, null, "act-2", List.of());
        assertThat(level(history(activity(List.of()), other), JUNE_10, WITHDRAWN_AT))
                .isEqualTo(EngagementLevel.ENGAGED);
    }

    @Test
    void aRecordOnAThemeCountsItsPartnerUnderThatTheme() {
        CoverageHistory history = history(activity(List.of("CLEAN_GROWTH")));
        PartnerStanding standing = StandingCalculator.standings(history, JUNE_10, RECORDED).get(0);

        assertThat(standing.themes()).containsExactly("AGEING_SOCIETY", "CLEAN_GROWTH");
        assertThat(standing.engagedOn("CLEAN_GROWTH")).isTrue();
        assertThat(standing.engagedOn("AGEING_SOCIETY")).isTrue();
        assertThat(standing.engagedOn("MOBILITY")).isFalse();
        CoverageReport report = CoverageCalculator.report(history, JUNE_10, RECORDED, GroupBy.THEME);
        assertThat(report.groups()).contains(new CoverageReport.Group("CLEAN_GROWTH", 1, 1, 1.0),
                new CoverageReport.Group("MOBILITY", 0, 0, 0));
    }

    @Test
    void aRecordOnAThemeThatIsWithdrawnLeavesTheThemeAsTheClassificationHasIt() {
        Fact withdrawal = fact("w-1", FactKind.WITHDRAWN, LocalDate.of(2018, 7, 2), WITHDRAWN_AT, List.of());
        PartnerStanding standing = StandingCalculator.standings(history(activity(List.of("CLEAN_GROWTH")), withdrawal),
                JUNE_10, WITHDRAWN_AT).get(0);
        assertThat(standing.themes()).containsExactly("AGEING_SOCIETY");
        assertThat(standing.engagedPhases()).isEmpty();
    }

    private static Fact activity(List<String> themes) {
        return fact("e-1", FactKind.ACTIVITY, JUNE_10, RECORDED, themes);
    }

    /** A fact of Alpha's, belonging to the record {@code act-1}. */
    private static Fact fact(String id, FactKind kind, LocalDate on, Instant recordedAt, List<String> themes) {
        return new Fact(id, kind, "p-a", P, on, recordedAt, null, null, null, null, null, false,
                kind == FactKind.ACTIVITY ? "MEETING" : null, "act-1", themes);
    }

    private static CoverageHistory history(Fact... facts) {
        return new CoverageHistory(PROGRAMME, List.of(ALPHA), List.of(facts), Map.of(), Map.of());
    }

    private static EngagementLevel level(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return StandingCalculator.standings(history, asOf, recordedBy).get(0).level();
    }
}
