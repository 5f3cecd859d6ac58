package org.lis.workshop.feedback.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.Stance;
import org.lis.support.test.DatabaseTestBase;

class FeedbackProjectionTest extends DatabaseTestBase {

    private static final Instant GIVEN = Instant.parse("2018-08-14T10:00:00Z");
    private static final Instant CORRECTED = Instant.parse("2018-08-20T10:00:00Z");
    private static final FeedbackRecordedEvent RECORDED =
            new FeedbackRecordedEvent("w1", "prog", "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", false, GIVEN);

    private final FeedbackProjection projection = new FeedbackProjection(database);

    private FeedbackView stored() {
        return FeedbackView.from(database.getCollection(FeedbackProjection.COLLECTION).find().first());
    }

    @Test
    void recordsFeedback() {
        projection.on(RECORDED);

        FeedbackView expected = new FeedbackView("f1", "w1", "h1", "pa", Stance.SUPPORT, 4, "yes", false, GIVEN, null,
                null);
        assertThat(stored()).isEqualTo(expected);
    }

    @Test
    void correctionReplacesTheStance() {
        projection.on(RECORDED);
        projection.on(new FeedbackCorrectedEvent("w1", "prog", "f1", "h1", "pa", Stance.OPPOSE, 2, "no", "misheard",
                CORRECTED));

        assertThat(stored()).isEqualTo(new FeedbackView("f1", "w1", "h1", "pa", Stance.OPPOSE, 2, "no", false, GIVEN,
                CORRECTED, "misheard"));
    }

    @Test
    void handlingTwiceLeavesTheSameState() {
        projection.on(RECORDED);
        FeedbackView once = stored();
        projection.on(RECORDED);

        assertThat(stored()).isEqualTo(once);
        assertThat(database.getCollection(FeedbackProjection.COLLECTION).countDocuments()).isEqualTo(1);
    }
}
