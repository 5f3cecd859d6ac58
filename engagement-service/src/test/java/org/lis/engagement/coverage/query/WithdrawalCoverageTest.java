package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.InvitationWithdrawnEvent;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.engagement.coverage.query.SmallHistory.B;
import static org.lis.engagement.coverage.query.SmallHistory.C;
import static org.lis.engagement.coverage.query.SmallHistory.P;
import static org.lis.engagement.coverage.query.SmallHistory.W1;
import static org.lis.engagement.partner.query.EngagementLevel.ACCEPTED;
import static org.lis.engagement.partner.query.EngagementLevel.ENGAGED;
import static org.lis.engagement.partner.query.EngagementLevel.INVITED;
import static org.lis.engagement.partner.query.EngagementLevel.NONE;

/**
 * {@link SmallHistory}, then: C checked in at W1 on 15 Aug by mistake (recorded that day), withdrawn on 1 Sep;
 * B's invitation to W1 (accepted 13 Aug, declined 14 Aug) withdrawn as sent in error on 2 Sep.
 */
class WithdrawalCoverageTest {

    private static final String ALL_RECORDED = "2018-12-31T00:00:00Z";
    private static final String BEFORE_WITHDRAWALS = "2018-08-31T00:00:00Z";

    @AutoClose
    private final CoverageTestBed bed = SmallHistory.recorded();

    WithdrawalCoverageTest() {
        bed.record(new AttendeeCheckedInEvent(W1, P, C, null, Instant.parse("2018-08-15T09:10:00Z"), true, "ci-c1"),
                "2018-08-15T09:10:00Z");
        bed.record(new CheckInWithdrawnEvent(W1, P, C, "ci-c1", Instant.parse("2018-09-01T10:00:00Z"),
                "checked in the wrong organisation"), "2018-09-01T10:00:00Z");
        bed.record(new InvitationWithdrawnEvent(W1, P, "i-b1", B, Instant.parse("2018-09-02T10:00:00Z"),
                "sent in error"), "2018-09-02T10:00:00Z");
    }

    @Test
    void withdrawnCheckInNoLongerEngagesAsOfItsDateOnceRecorded() {
        assertThat(level(C, "2018-08-20", ALL_RECORDED)).isEqualTo(INVITED);
        assertThat(bed.standing(P, C, "2018-08-20", ALL_RECORDED).attendances()).isZero();
    }

    @Test
    void recordedByBeforeTheWithdrawalShowsWhatTheBoardSaw() {
        assertThat(level(C, "2018-08-20", BEFORE_WITHDRAWALS)).isEqualTo(ENGAGED);
    }

    @Test
    void withdrawnInvitationIsNoLongerInvitedNorAccepted() {
        assertThat(level(B, "2018-08-13", BEFORE_WITHDRAWALS)).isEqualTo(ACCEPTED);
        // B's only other invitation was to W2, cancelled on 10 Aug
        assertThat(level(B, "2018-08-13", ALL_RECORDED)).isEqualTo(NONE);
        assertThat(bed.standing(P, B, "2018-08-13", ALL_RECORDED).invitations()).isZero();
    }

    @Test
    void checkingInAgainAfterTheWithdrawalEngagesFromTheRealArrival() {
        bed.record(new AttendeeCheckedInEvent(W1, P, C, null, Instant.parse("2018-08-15T11:00:00Z"), true, "ci-c2"),
                "2018-09-03T10:00:00Z");

        assertThat(level(C, "2018-08-15", ALL_RECORDED)).isEqualTo(ENGAGED);
        assertThat(level(C, "2018-08-15", "2018-09-02T00:00:00Z")).isEqualTo(INVITED);
    }

    @Test
    void coverageCountsTheWithdrawnRecordsOut() {
        CoverageReport before = bed.report(P, "2018-08-20", BEFORE_WITHDRAWALS, GroupBy.TYPE);
        CoverageReport after = bed.report(P, "2018-08-20", ALL_RECORDED, GroupBy.TYPE);

        assertThat(after.totals().engaged()).isEqualTo(before.totals().engaged() - 1);
    }

    @Test
    void replayRebuildsTheSameFigures() {
        CoverageReport live = bed.report(P, "2018-08-20", ALL_RECORDED, GroupBy.TYPE);
        bed.reset();
        bed.replay();

        assertThat(bed.report(P, "2018-08-20", ALL_RECORDED, GroupBy.TYPE)).isEqualTo(live);
    }

    private EngagementLevel level(String partnerId, String asOf, String recordedBy) {
        return bed.standing(P, partnerId, asOf, recordedBy).level();
    }
}
