package org.lis.workshop.schedule.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.test.DatabaseTestBase;

class WorkshopProjectionTest extends DatabaseTestBase {

    private static final Instant STARTS = Instant.parse("2018-08-14T09:00:00Z");
    private static final Instant ENDS = Instant.parse("2018-08-14T13:00:00Z");
    private static final WorkshopScheduledEvent SCHEDULED = new WorkshopScheduledEvent("w1", "prog", "PH2", "AI",
            List.of(Theme.AI_AND_DATA), STARTS, ENDS, "Buckingham", 20, "Fran", List.of("h1"));

    private final WorkshopProjection projection = new WorkshopProjection(database);

    private WorkshopSummary stored() {
        return WorkshopSummary.from(database.getCollection(WorkshopProjection.COLLECTION).find().first());
    }

    @Test
    void scheduledWorkshopIsListedAsScheduled() {
        projection.on(SCHEDULED, 0);

        assertThat(stored()).isEqualTo(new WorkshopSummary("w1", "prog", "PH2", "AI", List.of(Theme.AI_AND_DATA),
                STARTS, ENDS, "Buckingham", 20, "Fran", List.of("h1"), WorkshopStatus.SCHEDULED, null, null, null, 0));
    }

    @Test
    void reschedulingWithoutVenueKeepsTheVenue() {
        projection.on(SCHEDULED, 0);
        projection.on(new WorkshopRescheduledEvent("w1", STARTS.plusSeconds(3600), ENDS.plusSeconds(3600), null), 1);

        assertThat(stored().venue()).isEqualTo("Buckingham");
        assertThat(stored().startsAt()).isEqualTo(STARTS.plusSeconds(3600));
    }

    @Test
    void tablingAndCancellingShowInTheWorkshop() {
        projection.on(SCHEDULED, 0);
        projection.on(new HypothesisTabledEvent("w1", "prog", "h2"), 1);
        projection.on(new WorkshopCancelledEvent("w1", "prog", "storm", ENDS), 2);

        assertThat(stored().hypothesisIds()).containsExactly("h1", "h2");
        assertThat(stored().status()).isEqualTo(WorkshopStatus.CANCELLED);
        assertThat(stored().cancelReason()).isEqualTo("storm");
        assertThat(stored().version()).as("moved with the change, in the same write").isEqualTo(2);
    }

    @Test
    void closingShowsInTheWorkshop() {
        projection.on(SCHEDULED, 0);
        projection.on(new WorkshopClosedEvent("w1", "prog", ENDS), 1);

        assertThat(stored().status()).isEqualTo(WorkshopStatus.CLOSED);
        assertThat(stored().closedAt()).isEqualTo(ENDS);
    }

    @Test
    void handlingTwiceLeavesTheSameState() {
        projection.on(SCHEDULED, 0);
        projection.on(new HypothesisTabledEvent("w1", "prog", "h2"), 1);
        Document once = database.getCollection(WorkshopProjection.COLLECTION).find().first();
        projection.on(SCHEDULED, 0);
        projection.on(new HypothesisTabledEvent("w1", "prog", "h2"), 1);

        assertThat(database.getCollection(WorkshopProjection.COLLECTION).find().first()).isEqualTo(once);
    }
}
