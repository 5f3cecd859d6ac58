package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.coverage.query.SmallHistory.A;
import static org.lis.engagement.coverage.query.SmallHistory.B;
import static org.lis.engagement.coverage.query.SmallHistory.C;
import static org.lis.engagement.coverage.query.SmallHistory.P;
import static org.lis.engagement.partner.query.EngagementLevel.ENGAGED;
import static org.lis.engagement.partner.query.EngagementLevel.NONE;

/**
 * An activity with several partners of {@link SmallHistory} (A and C, who have no engagement of their own before
 * late July; B none before August) counts for each, and its corrections and withdrawal count as docs/coverage.md
 * says: from when they were recorded, for recordedBy; from the activity's own date, for asOf.
 */
class ActivityCoverageTest {

    private static final String ALL_RECORDED = "2018-12-31T00:00:00Z";
    private static final String ACT = "act-round-table";
    private static final LocalDate ROUND_TABLE = LocalDate.parse("2018-05-20");
    private static final String RECORDED_AT = "2018-05-21T09:00:00Z";
    private static final String CORRECTED_AT = "2018-06-01T09:00:00Z";
    private static final String WITHDRAWN_AT = "2018-07-01T09:00:00Z";

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();

    @Test
    void oneActivityWithTwoPartnersEngagesBoth() {
        recorded();
        assertThat(level(A, "2018-05-19", ALL_RECORDED)).isEqualTo(NONE);
        assertThat(level(A, "2018-05-20", ALL_RECORDED)).isEqualTo(ENGAGED);
        assertThat(level(C, "2018-05-20", ALL_RECORDED)).isEqualTo(ENGAGED);
        assertThat(level(C, "2018-05-20", "2018-05-21T08:59:59Z")).isEqualTo(NONE);
        assertThat(bed.standing(P, A, "2018-05-20", ALL_RECORDED).engagedOn("CLEAN_GROWTH")).isTrue();
        assertThat(bed.history(P).facts().stream().filter(f -> f.kind() == FactKind.ACTIVITY && ACT.equals(
                f.ref().replaceAll("#.*", "")))).hasSize(2);
    }

    @Test
    void correctionMovingTheDateCountsTheNewDateOnceRecorded() {
        recorded();
        bed.record("Activity", ACT, 1, new ActivityCorrectedEvent(ACT, List.of(A, C), List.of(A, C),
                ActivityKind.ROUND_TABLE, LocalDate.parse("2018-06-20"), "Round table", P,
                List.of(Theme.CLEAN_GROWTH), "It was in June"), CORRECTED_AT);
        // as recorded before the correction, the board saw the original date
        assertThat(level(A, "2018-05-25", "2018-05-31T00:00:00Z")).isEqualTo(ENGAGED);
        assertThat(level(A, "2018-06-25", "2018-05-31T00:00:00Z")).isEqualTo(ENGAGED);
        // once it is recorded, only the corrected one counts, at its corrected date
        assertThat(level(A, "2018-05-25", ALL_RECORDED)).isEqualTo(NONE);
        assertThat(level(C, "2018-05-25", CORRECTED_AT)).isEqualTo(NONE);
        assertThat(level(A, "2018-06-20", ALL_RECORDED)).isEqualTo(ENGAGED);
        assertThat(level(C, "2018-06-20", ALL_RECORDED)).isEqualTo(ENGAGED);
        assertThat(bed.standing(P, A, "2018-06-20", ALL_RECORDED).firstEngagedOn()).hasToString("2018-06-20");
    }

    @Test
    void correctionChangingPartnersMovesTheEngagement() {
        recorded();
        bed.record("Activity", ACT, 1, new ActivityCorrectedEvent(ACT, List.of(A, B), List.of(A, C),
                ActivityKind.ROUND_TABLE, ROUND_TABLE, "Round table", P, List.of(Theme.CLEAN_GROWTH),
                "Beta Council was there, not Gamma"), CORRECTED_AT);
        assertThat(level(C, "2018-05-25", "2018-05-31T00:00:00Z")).isEqualTo(ENGAGED);
        assertThat(level(B, "2018-05-25", "2018-05-31T00:00:00Z")).isEqualTo(NONE);
        assertThat(level(C, "2018-05-25", ALL_RECORDED)).isEqualTo(NONE);
        assertThat(level(B, "2018-05-25", ALL_RECORDED)).isEqualTo(ENGAGED);
        assertThat(level(A, "2018-05-25", ALL_RECORDED)).isEqualTo(ENGAGED);
    }

    @Test
    void withdrawalTakesTheActivityBackFromItsOwnDateOnceRecorded() {
        recorded();
        bed.record("Activity", ACT, 1, new ActivityWithdrawnEvent(ACT, List.of(A, C), P, "Entered twice"),
                WITHDRAWN_AT);
        assertThat(level(A, "2018-05-20", ALL_RECORDED)).isEqualTo(NONE);
        assertThat(level(C, "2018-05-20", ALL_RECORDED)).isEqualTo(NONE);
        assertThat(level(A, "2018-05-20", "2018-06-30T00:00:00Z")).isEqualTo(ENGAGED);
        assertThat(level(C, "2018-06-30", "2018-06-30T00:00:00Z")).isEqualTo(ENGAGED);
        assertThat(bed.history(P).facts().stream().filter(f -> f.kind() == FactKind.WITHDRAWN))
                .extracting(Fact::partnerId, Fact::programmeId, Fact::ref)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(A, P, ACT + "#v1"),
                        org.assertj.core.groups.Tuple.tuple(C, P, ACT + "#v1"));
    }

    @Test
    void withdrawalAfterACorrectionTakesBackTheCorrectedVersion() {
        recorded();
        bed.record("Activity", ACT, 1, new ActivityCorrectedEvent(ACT, List.of(A), List.of(A, C),
                ActivityKind.ROUND_TABLE, ROUND_TABLE, "Round table", P, List.of(), "Only Alpha"), CORRECTED_AT);
        bed.record("Activity", ACT, 2, new ActivityWithdrawnEvent(ACT, List.of(A), P, "Never took place"),
                WITHDRAWN_AT);
        assertThat(level(A, "2018-05-25", "2018-06-15T00:00:00Z")).isEqualTo(ENGAGED);
        assertThat(level(C, "2018-05-25", "2018-06-15T00:00:00Z")).isEqualTo(NONE);
        assertThat(level(A, "2018-05-25", ALL_RECORDED)).isEqualTo(NONE);
    }

    @Test
    void handlingEveryEventTwiceChangesNothing() {
        recorded();
        bed.record("Activity", ACT, 1, new ActivityCorrectedEvent(ACT, List.of(A, B), List.of(A, C),
                ActivityKind.MEETING, ROUND_TABLE, "Round table", P, List.of(), "Beta, not Gamma"), CORRECTED_AT);
        int facts = bed.history(P).facts().size();
        bed.replay();
        assertThat(bed.history(P).facts()).hasSize(facts);
        assertThat(level(B, "2018-05-25", ALL_RECORDED)).isEqualTo(ENGAGED);
    }

    private void recorded() {
        bed.record("Activity", ACT, 0, new ActivityRecordedEvent(ACT, List.of(A, C), ActivityKind.ROUND_TABLE,
                ROUND_TABLE, "Round table", P, List.of(Theme.CLEAN_GROWTH)), RECORDED_AT);
    }

    private EngagementLevel level(String partner, String asOf, String recordedBy) {
        return bed.standing(P, partner, asOf, recordedBy).level();
    }
}
