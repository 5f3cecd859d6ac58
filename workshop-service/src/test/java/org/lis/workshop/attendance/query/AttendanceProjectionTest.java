package org.lis.workshop.attendance.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.workshop.TestDatabases;
import org.lis.workshop.live.LiveFeed;
import org.lis.workshop.live.LiveUpdate;

import com.mongodb.client.MongoDatabase;

class AttendanceProjectionTest {

    private static final Instant AT = Instant.parse("2018-08-14T09:05:00Z");
    private static final AttendeeCheckedInEvent CHECKED_IN = new AttendeeCheckedInEvent("w1", "prog", "pa", null, AT,
            true);

    private MongoDatabase database;
    private AttendanceProjection projection;
    private final List<LiveUpdate> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh();
        LiveFeed feed = new LiveFeed();
        feed.updates("w1").subscribe(published::add);
        projection = new AttendanceProjection(database, feed);
    }

    @Test
    void checkInIsRecordedAndSentToTheLiveScreen() {
        projection.on(CHECKED_IN, ReplayStatus.REGULAR);

        AttendanceView expected = new AttendanceView("pa", null, AT, true);
        assertThat(AttendanceView.from(database.getCollection(AttendanceProjection.ATTENDANCE).find().first()))
                .isEqualTo(expected);
        assertThat(published).extracting(LiveUpdate::data).containsExactly(expected);
    }

    @Test
    void lateArrivalIsNoLongerANoShow() {
        projection.on(new NoShowMarkedEvent("w1", "prog", "pa", AT));
        assertThat(database.getCollection(AttendanceProjection.NO_SHOWS).countDocuments()).isEqualTo(1);

        projection.on(CHECKED_IN, ReplayStatus.REGULAR);

        assertThat(database.getCollection(AttendanceProjection.NO_SHOWS).countDocuments()).isZero();
    }

    @Test
    void handlingTwiceLeavesTheSameState() {
        projection.on(CHECKED_IN, ReplayStatus.REPLAY);
        projection.on(CHECKED_IN, ReplayStatus.REPLAY);

        assertThat(database.getCollection(AttendanceProjection.ATTENDANCE).countDocuments()).isEqualTo(1);
        assertThat(published).isEmpty();
    }
}
