package org.lis.workshop.attendance.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.CheckInWithdrawnEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.support.test.DatabaseTestBase;

class AttendanceProjectionTest extends DatabaseTestBase {

    private static final Instant AT = Instant.parse("2018-08-14T09:05:00Z");
    private static final AttendeeCheckedInEvent CHECKED_IN = new AttendeeCheckedInEvent("w1", "prog", "pa", null, AT,
            true);

    private final AttendanceProjection projection = new AttendanceProjection(database);

    @Test
    void checkInIsRecorded() {
        projection.on(CHECKED_IN, "e1");

        AttendanceView expected = new AttendanceView("pa", null, AT, true, "e1", null, null);
        assertThat(AttendanceView.from(database.getCollection(AttendanceProjection.ATTENDANCE).find().first()))
                .isEqualTo(expected);
    }

    @Test
    void lateArrivalIsNoLongerANoShow() {
        projection.on(new NoShowMarkedEvent("w1", "prog", "pa", AT));
        assertThat(database.getCollection(AttendanceProjection.NO_SHOWS).countDocuments()).isEqualTo(1);

        projection.on(CHECKED_IN, "e1");

        assertThat(database.getCollection(AttendanceProjection.NO_SHOWS).countDocuments()).isZero();
    }

    @Test
    void handlingTwiceLeavesTheSameState() {
        projection.on(CHECKED_IN, "e1");
        projection.on(CHECKED_IN, "e1");

        assertThat(database.getCollection(AttendanceProjection.ATTENDANCE).countDocuments()).isEqualTo(1);
    }

    @Test
    void withdrawnCheckInIsShownWithdrawnWithItsReason() {
        projection.on(CHECKED_IN, "e1");
        projection.on(new CheckInWithdrawnEvent("w1", "prog", "pa", "e1", AT.plusSeconds(60), "wrong organisation"));

        AttendanceView shown = AttendanceView.from(database.getCollection(AttendanceProjection.ATTENDANCE).find().first());
        assertThat(shown).isEqualTo(new AttendanceView("pa", null, AT, true, "e1", AT.plusSeconds(60),
                "wrong organisation"));
        assertThat(shown.counts()).isFalse();
    }

    /** Replayed after the partner checked in again, the earlier withdrawal leaves the later check-in standing. */
    @Test
    void withdrawalOfAnEarlierCheckInLeavesTheLaterOne() {
        projection.on(CHECKED_IN, "e1");
        projection.on(new CheckInWithdrawnEvent("w1", "prog", "pa", "e1", AT.plusSeconds(60), "wrong organisation"));
        projection.on(new AttendeeCheckedInEvent("w1", "prog", "pa", null, AT.plusSeconds(120), true, "c2"), "e3");
        projection.on(new CheckInWithdrawnEvent("w1", "prog", "pa", "e1", AT.plusSeconds(60), "wrong organisation"));

        AttendanceView shown = AttendanceView.from(database.getCollection(AttendanceProjection.ATTENDANCE).find().first());
        assertThat(shown.checkInId()).isEqualTo("c2");
        assertThat(shown.counts()).isTrue();
    }
}
