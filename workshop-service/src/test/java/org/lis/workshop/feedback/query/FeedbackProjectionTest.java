package org.lis.workshop.feedback.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.Stance;
import org.lis.workshop.TestDatabases;
import org.lis.workshop.live.LiveFeed;
import org.lis.workshop.live.LiveUpdate;

import com.mongodb.client.MongoDatabase;

class FeedbackProjectionTest {

    private static final Instant GIVEN = Instant.parse("2018-08-14T10:00:00Z");
    private static final Instant CORRECTED = Instant.parse("2018-08-20T10:00:00Z");
    private static final FeedbackRecordedEvent RECORDED =
            new FeedbackRecordedEvent("w1", "prog", "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", false, GIVEN);

    private MongoDatabase database;
    private FeedbackProjection projection;
    private final List<LiveUpdate> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh();
        LiveFeed feed = new LiveFeed();
        feed.updates("w1").subscribe(published::add);
        projection = new FeedbackProjection(database, feed);
    }

    private FeedbackView stored() {
        return FeedbackView.from(database.getCollection(FeedbackProjection.COLLECTION).find().first());
    }

    @Test
    void recordsFeedbackAndTellsTheLiveScreen() {
        projection.on(RECORDED, ReplayStatus.REGULAR);

        FeedbackView expected = new FeedbackView("f1", "w1", "h1", "pa", Stance.SUPPORT, 4, "yes", false, GIVEN, null,
                null);
        assertThat(stored()).isEqualTo(expected);
        assertThat(published).extracting(LiveUpdate::data).containsExactly(expected);
    }

    @Test
    void correctionReplacesTheStance() {
        projection.on(RECORDED, ReplayStatus.REGULAR);
        projection.on(new FeedbackCorrectedEvent("w1", "prog", "f1", "h1", "pa", Stance.OPPOSE, 2, "no", "misheard",
                CORRECTED), ReplayStatus.REGULAR);

        assertThat(stored()).isEqualTo(new FeedbackView("f1", "w1", "h1", "pa", Stance.OPPOSE, 2, "no", false, GIVEN,
                CORRECTED, "misheard"));
        assertThat(published).hasSize(2);
    }

    @Test
    void handlingTwiceLeavesTheSameState() {
        projection.on(RECORDED, ReplayStatus.REGULAR);
        FeedbackView once = stored();
        projection.on(RECORDED, ReplayStatus.REGULAR);

        assertThat(stored()).isEqualTo(once);
        assertThat(database.getCollection(FeedbackProjection.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void replayDoesNotReachTheLiveScreen() {
        projection.on(RECORDED, ReplayStatus.REPLAY);

        assertThat(stored().stance()).isEqualTo(Stance.SUPPORT);
        assertThat(published).isEmpty();
    }
}
