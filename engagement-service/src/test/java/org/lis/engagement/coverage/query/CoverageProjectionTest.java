package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.partner.query.EngagementLevel.ACCEPTED;
import static org.lis.engagement.partner.query.EngagementLevel.CONTRIBUTED;
import static org.lis.engagement.partner.query.EngagementLevel.ENGAGED;
import static org.lis.engagement.partner.query.EngagementLevel.INVITED;
import static org.lis.engagement.partner.query.EngagementLevel.NONE;
import static org.lis.engagement.coverage.query.SmallHistory.A;
import static org.lis.engagement.coverage.query.SmallHistory.B;
import static org.lis.engagement.coverage.query.SmallHistory.C;
import static org.lis.engagement.coverage.query.SmallHistory.D;
import static org.lis.engagement.coverage.query.SmallHistory.E;
import static org.lis.engagement.coverage.query.SmallHistory.P;

/** Figures worked out by hand from {@link SmallHistory}. */
class CoverageProjectionTest {

    private static final String ALL_RECORDED = "2018-12-31T00:00:00Z";

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();

    @Test
    void levelsRiseOverTime() {
        assertThat(level(A, "2018-07-24")).isEqualTo(NONE);
        assertThat(level(A, "2018-07-25")).isEqualTo(INVITED);
        assertThat(level(A, "2018-07-27")).isEqualTo(ACCEPTED);
        assertThat(level(A, "2018-08-15")).isEqualTo(CONTRIBUTED);
        assertThat(level(D, "2018-06-09")).isEqualTo(NONE);
        assertThat(level(D, "2018-06-10")).isEqualTo(ENGAGED);
    }

    @Test
    void totalsBeforeAndAfterTheWorkshops() {
        CoverageReport july = bed.report(P, "2018-07-31", ALL_RECORDED, GroupBy.TYPE);
        assertThat(july.totals()).isEqualTo(new CoverageReport.Totals(5, 1, 0, 3, 1, 2, 0, 0.2));
        assertThat(july.groups()).containsExactly(
                new CoverageReport.Group("BUSINESS", 2, 1, 0.5),
                new CoverageReport.Group("UNIVERSITY", 1, 0, 0),
                new CoverageReport.Group("LOCAL_AUTHORITY", 1, 0, 0),
                new CoverageReport.Group("VOLUNTARY_SECTOR", 1, 0, 0));

        CoverageReport september = bed.report(P, "2018-09-30", ALL_RECORDED, GroupBy.THEME);
        assertThat(september.totals()).isEqualTo(new CoverageReport.Totals(5, 3, 2, 2, 0, 3, 2, 0.6));
        assertThat(september.groups()).containsExactly(
                new CoverageReport.Group("AI_AND_DATA", 1, 1, 1.0),
                new CoverageReport.Group("CLEAN_GROWTH", 1, 0, 0),
                new CoverageReport.Group("MOBILITY", 1, 0, 0),
                new CoverageReport.Group("AGEING_SOCIETY", 2, 2, 1.0));
        assertThat(september.gaps().keyPartnersNotEngaged())
                .containsExactly(new CoverageReport.PartnerRef(B, "Beta Council"));
        assertThat(september.gaps().groupsWithNoEngagement()).containsExactly("CLEAN_GROWTH", "MOBILITY");
    }

    @Test
    void reclassificationAppliesFromItsEffectiveDate() {
        assertThat(themeGroup("2018-08-31", ALL_RECORDED, "AI_AND_DATA")).isEqualTo(2);
        assertThat(themeGroup("2018-08-31", ALL_RECORDED, "AGEING_SOCIETY")).isEqualTo(1);
        assertThat(themeGroup("2018-09-01", ALL_RECORDED, "AI_AND_DATA")).isEqualTo(1);
        assertThat(themeGroup("2018-09-01", ALL_RECORDED, "AGEING_SOCIETY")).isEqualTo(2);
        assertThat(bed.report(P, "2018-08-31", ALL_RECORDED, GroupBy.TYPE).totals().keyPartners()).isEqualTo(2);
        assertThat(bed.report(P, "2018-09-01", ALL_RECORDED, GroupBy.TYPE).totals().keyPartners()).isEqualTo(3);
        // before the update was recorded, nobody could know D had moved
        assertThat(themeGroup("2018-09-30", "2018-08-31T23:59:59Z", "AI_AND_DATA")).isEqualTo(2);
    }

    @Test
    void reclassificationDatedBeforeTheRegistrationDateStillApplies() {
        bed.record(new PartnerRegisteredEvent("p-f", "Zeta Ltd", new PartnerClassification(PartnerType.BUSINESS,
                List.of(), List.of(Theme.MOBILITY), "Wycombe", false), LocalDate.parse("2018-10-01")),
                "2018-10-01T09:00:00Z");
        bed.record(new PartnerUpdatedEvent("p-f", "Zeta Ltd", new PartnerClassification(PartnerType.BUSINESS,
                List.of(), List.of(Theme.CLEAN_GROWTH), "Wycombe", false), LocalDate.parse("2018-09-01")),
                "2018-10-02T09:00:00Z");
        assertThat(bed.standing(P, "p-f", "2018-08-31", ALL_RECORDED).classification().themes())
                .containsExactly("MOBILITY");
        assertThat(bed.standing(P, "p-f", "2018-10-15", ALL_RECORDED).classification().themes())
                .containsExactly("CLEAN_GROWTH");
    }

    @Test
    void invitationRecordedLateCountsOnlyOnceRecorded() {
        assertThat(bed.standing(P, C, "2018-08-01", "2018-08-01T00:00:00Z").level()).isEqualTo(NONE);
        assertThat(bed.standing(P, C, "2018-08-01", "2018-08-21T00:00:00Z").level()).isEqualTo(INVITED);
        // E was registered (recorded) on 20 August: not in scope for what was known before
        assertThat(bed.report(P, "2018-08-01", "2018-08-01T00:00:00Z", GroupBy.TYPE).totals().partners()).isEqualTo(4);
        assertThat(bed.report(P, "2018-08-01", "2018-08-21T00:00:00Z", GroupBy.TYPE).totals())
                .isEqualTo(new CoverageReport.Totals(5, 1, 0, 3, 1, 2, 0, 0.2));
    }

    @Test
    void cancelledWorkshopInvitationsNoLongerCount() {
        assertThat(level(B, "2018-08-09")).isEqualTo(ACCEPTED);
        assertThat(level(B, "2018-08-10")).isEqualTo(NONE);
        assertThat(bed.standing(P, B, "2018-08-10", "2018-08-10T11:59:59Z").level()).isEqualTo(ACCEPTED);
        assertThat(bed.standing(P, B, "2018-08-11", ALL_RECORDED).invitations()).isZero();
    }

    @Test
    void declinedAfterAcceptanceFallsBackToInvited() {
        assertThat(level(B, "2018-08-13")).isEqualTo(ACCEPTED);
        assertThat(level(B, "2018-08-14")).isEqualTo(INVITED);
    }

    @Test
    void writtenSubmissionMakesAPartnerContribute() {
        PartnerStanding e = bed.standing(P, E, "2018-09-30", ALL_RECORDED);
        assertThat(e.level()).isEqualTo(CONTRIBUTED);
        assertThat(e.attendances()).isZero();
        assertThat(e.feedbackCount()).isEqualTo(1);
        assertThat(e.firstEngagedOn()).hasToString("2018-08-25");
    }

    @Test
    void phasesCountEngagementWithinThem() {
        CoverageReport report = bed.report(P, "2018-12-31", ALL_RECORDED, GroupBy.PHASE);
        assertThat(report.groups()).containsExactly(
                new CoverageReport.Group("P1", 5, 1, 0.2),
                new CoverageReport.Group("P2", 5, 2, 0.4),
                new CoverageReport.Group("P3", 5, 0, 0));
        assertThat(report.gaps().groupsWithNoEngagement()).containsExactly("P3");
    }

    @Test
    void handlingEveryEventTwiceChangesNothing() {
        CoverageReport before = bed.report(P, "2018-09-30", ALL_RECORDED, GroupBy.THEME);
        bed.replay();
        assertThat(bed.report(P, "2018-09-30", ALL_RECORDED, GroupBy.THEME)).isEqualTo(before);
        assertThat(bed.history(P).facts()).hasSize(12);
    }

    @Test
    void resetAndReplayRebuildsTheSameCoverage() {
        List<CoverageReport> before = everyGrouping();
        bed.reset();
        assertThat(CoverageHistoryCache.readWhole(bed.database(), P)).isEmpty();
        bed.replay();
        assertThat(everyGrouping()).isEqualTo(before);
    }

    private List<CoverageReport> everyGrouping() {
        return java.util.Arrays.stream(GroupBy.values())
                .map(g -> bed.report(P, "2018-09-30", ALL_RECORDED, g)).toList();
    }

    private int themeGroup(String asOf, String recordedBy, String theme) {
        return bed.report(P, asOf, recordedBy, GroupBy.THEME).groups().stream()
                .filter(g -> g.key().equals(theme)).findFirst().orElseThrow().partners();
    }

    private EngagementLevel level(String partner, String asOf) {
        return bed.standing(P, partner, asOf, ALL_RECORDED).level();
    }
}
