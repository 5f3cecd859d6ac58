package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.common.Theme;
import org.lis.events.consultation.ConsultationOpenedEvent;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.events.workshop.Stance;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.coverage.query.SmallHistory.B;
import static org.lis.engagement.coverage.query.SmallHistory.C;
import static org.lis.engagement.coverage.query.SmallHistory.P;
import static org.lis.engagement.partner.query.EngagementLevel.CONTRIBUTED;
import static org.lis.engagement.partner.query.EngagementLevel.INVITED;

/**
 * Consultation responses on top of {@link SmallHistory}: a window on clean growth from 5 October to 23 November
 * 2018; Beta Council (mobility, invited only) responds on 20 November, recorded the next morning; Gamma Ltd
 * (clean growth, invited only) responds late on 27 November, accepted with a reason.
 */
class ConsultationCoverageTest {

    private static final String ALL_RECORDED = "2018-12-31T00:00:00Z";
    private static final String CLOSE = "2018-11-23";

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();

    @BeforeEach
    void respond() {
        bed.record(new ConsultationOpenedEvent("cons-1", P, "Draft strategy", "the draft LIS",
                LocalDate.parse("2018-10-05"), LocalDate.parse(CLOSE), List.of(Theme.CLEAN_GROWTH), List.of()),
                "2018-10-01T09:00:00Z");
        bed.record(response("r-b", B, "2018-11-20", false), "2018-11-21T10:00:00Z");
        bed.record(response("r-c", C, "2018-11-27", true), "2018-11-28T10:00:00Z");
    }

    @Test
    void responseMakesItsPartnerContributeFromTheDayReceived() {
        assertThat(level(B, "2018-11-19", ALL_RECORDED)).isEqualTo(INVITED);
        assertThat(level(B, "2018-11-20", ALL_RECORDED)).isEqualTo(CONTRIBUTED);
    }

    @Test
    void responseIsNotCountedBeforeItWasRecorded() {
        assertThat(level(B, "2018-11-20", "2018-11-21T09:59:59Z")).isEqualTo(INVITED);
        assertThat(level(B, "2018-11-20", "2018-11-21T10:00:00Z")).isEqualTo(CONTRIBUTED);
    }

    @Test
    void lateResponseCountsFromItsReceivedDateNotFromTheClose() {
        assertThat(level(C, CLOSE, ALL_RECORDED)).isEqualTo(INVITED);
        assertThat(level(C, "2018-11-26", ALL_RECORDED)).isEqualTo(INVITED);
        assertThat(level(C, "2018-11-27", ALL_RECORDED)).isEqualTo(CONTRIBUTED);
    }

    @Test
    void totalsAsOfTheCloseCountOnTimeResponsesOnly() {
        CoverageReport.Totals before = bed.report(P, "2018-11-19", ALL_RECORDED, GroupBy.TYPE).totals();
        CoverageReport.Totals atClose = bed.report(P, CLOSE, ALL_RECORDED, GroupBy.TYPE).totals();
        CoverageReport.Totals afterLate = bed.report(P, "2018-11-30", ALL_RECORDED, GroupBy.TYPE).totals();
        assertThat(atClose.engaged()).isEqualTo(before.engaged() + 1);
        assertThat(atClose.contributed()).isEqualTo(before.contributed() + 1);
        assertThat(afterLate.engaged()).isEqualTo(before.engaged() + 2);
    }

    @Test
    void responseCountsItsPartnerUnderTheConsultationsThemes() {
        // Beta Council is classified with mobility only; its response on clean growth counts it there too
        assertThat(themeGroup("2018-11-19")).isEqualTo(new CoverageReport.Group("CLEAN_GROWTH", 1, 0, 0));
        assertThat(themeGroup(CLOSE)).isEqualTo(new CoverageReport.Group("CLEAN_GROWTH", 2, 1, 0.5));
        assertThat(themeGroup("2018-11-27")).isEqualTo(new CoverageReport.Group("CLEAN_GROWTH", 2, 2, 1.0));
        assertThat(bed.standing(P, B, CLOSE, ALL_RECORDED).engagedOn("MOBILITY")).isTrue();
    }

    @Test
    void partnerRowsCountTheResponses() {
        bed.record(response("r-b2", B, "2018-11-22", false), "2018-11-22T10:00:00Z");
        assertThat(PartnerCoverageRow.of(bed.standing(P, B, CLOSE, ALL_RECORDED)).consultationResponses())
                .isEqualTo(2);
        assertThat(PartnerCoverageRow.of(bed.standing(P, B, "2018-11-21", ALL_RECORDED)).consultationResponses())
                .isEqualTo(1);
        assertThat(PartnerCoverageRow.of(bed.standing(P, C, CLOSE, ALL_RECORDED)).consultationResponses()).isZero();
    }

    @Test
    void responseEngagesWithinThePhaseItFallsIn() {
        CoverageReport phases = bed.report(P, CLOSE, ALL_RECORDED, GroupBy.PHASE);
        assertThat(phases.groups()).filteredOn(g -> g.key().equals("P3")).singleElement()
                .satisfies(g -> assertThat(g.engaged()).isEqualTo(1));
    }

    private CoverageReport.Group themeGroup(String asOf) {
        return bed.report(P, asOf, ALL_RECORDED, GroupBy.THEME).groups().stream()
                .filter(g -> g.key().equals("CLEAN_GROWTH")).findFirst().orElseThrow();
    }

    private EngagementLevel level(String partnerId, String asOf, String recordedBy) {
        return bed.standing(P, partnerId, asOf, recordedBy).level();
    }

    private static ConsultationResponseRecordedEvent response(String responseId, String partnerId, String receivedOn,
                                                              boolean late) {
        return new ConsultationResponseRecordedEvent("cons-1", P, responseId, partnerId, LocalDate.parse(receivedOn),
                "Response", Stance.CONDITIONAL, List.of(), late, late ? "Extension agreed" : null,
                List.of(Theme.CLEAN_GROWTH));
    }
}
