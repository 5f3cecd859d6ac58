package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.lis.support.projection.BatchedCollection;
import org.lis.engagement.coverage.query.CoverageFields.Hypotheses;
import org.lis.engagement.coverage.query.CoverageFields.Workshops;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

import static org.lis.engagement.coverage.query.BusinessDates.utcDate;

/**
 * The workshop service's side of coverage: each workshop's programme, phase and themes, the hypotheses
 * tabled at it (with when that was recorded) and its cancellation, so facts can be placed in a phase and
 * invitations to a cancelled workshop stop counting; and hypotheses' titles, which readiness details name.
 */
@Component
@ProcessingGroup(CoverageProjection.PROCESSING_GROUP)
public class CoverageWorkshopProjection {


    private final BatchedCollection workshops;
    private final BatchedCollection hypotheses;

    public CoverageWorkshopProjection(MongoDatabase database) {
        this.workshops = BatchedCollection.of(database, CoverageCollections.WORKSHOPS, Workshops.PROGRAMME_ID)
                .loggingTo(CoverageCollections.changes(database));
        this.hypotheses = BatchedCollection.of(database, CoverageCollections.HYPOTHESES, Hypotheses.PROGRAMME_ID)
                .loggingTo(CoverageCollections.changes(database));
    }

    @EventHandler
    void on(HypothesisProposedEvent event) {
        hypotheses.put(new Document("_id", event.hypothesisId()).append(Hypotheses.PROGRAMME_ID, event.programmeId())
                .append(Hypotheses.TITLE, event.title()));
    }

    @EventHandler
    void on(WorkshopScheduledEvent event, @Timestamp Instant recordedAt) {
        workshops.upsert(event.workshopId(),
                Updates.set(Workshops.PROGRAMME_ID, event.programmeId()),
                Updates.set(Workshops.PHASE_CODE, event.phaseCode()),
                Updates.set(Workshops.TITLE, event.title()),
                Updates.set(Workshops.THEMES, event.themes().stream().map(Enum::name).toList()),
                Updates.set(Workshops.STARTS_AT, Date.from(event.startsAt())),
                Updates.set(Workshops.RECORDED_AT, Date.from(recordedAt)),
                Updates.addEachToSet(Workshops.TABLED, event.hypothesisIds().stream()
                        .map(id -> tabling(id, recordedAt)).toList()));
    }

    @EventHandler
    void on(WorkshopRescheduledEvent event) {
        workshops.upsert(event.workshopId(), Updates.set(Workshops.STARTS_AT, Date.from(event.startsAt())));
    }

    @EventHandler
    void on(WorkshopCancelledEvent event, @Timestamp Instant recordedAt) {
        workshops.upsert(event.workshopId(),
                Updates.set(Workshops.CANCELLED_ON, utcDate(event.cancelledAt(), recordedAt)),
                Updates.set(Workshops.CANCELLED_RECORDED_AT, Date.from(recordedAt)));
    }

    @EventHandler
    void on(WorkshopClosedEvent event, @Timestamp Instant recordedAt) {
        workshops.upsert(event.workshopId(), Updates.set(Workshops.CLOSED_ON, utcDate(event.closedAt(), recordedAt)));
    }

    @EventHandler
    void on(HypothesisTabledEvent event, @Timestamp Instant recordedAt) {
        workshops.upsert(event.workshopId(),
                Updates.addToSet(Workshops.TABLED, tabling(event.hypothesisId(), recordedAt)));
    }

    @ResetHandler
    void reset() {
        workshops.clear();
        hypotheses.clear();
    }

    private static Document tabling(String hypothesisId, Instant recordedAt) {
        return new Document(Workshops.Tabling.HYPOTHESIS_ID, hypothesisId)
                .append(Workshops.Tabling.RECORDED_AT, Date.from(recordedAt));
    }
}
