package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
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

import static com.mongodb.client.model.Filters.eq;
import static org.lis.engagement.coverage.query.BusinessDates.utcDate;

/**
 * The workshop service's side of coverage: each workshop's programme, phase and themes, the hypotheses
 * tabled at it (with when that was recorded) and its cancellation, so facts can be placed in a phase and
 * invitations to a cancelled workshop stop counting; and hypotheses' titles, which readiness details name.
 */
@Component
@ProcessingGroup(CoverageProjection.PROCESSING_GROUP)
public class CoverageWorkshopProjection {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> workshops;
    private final MongoCollection<Document> hypotheses;

    public CoverageWorkshopProjection(MongoDatabase database) {
        this.workshops = database.getCollection(CoverageCollections.WORKSHOPS);
        this.hypotheses = database.getCollection(CoverageCollections.HYPOTHESES);
        workshops.createIndex(Indexes.ascending(Workshops.PROGRAMME_ID));
        hypotheses.createIndex(Indexes.ascending(Hypotheses.PROGRAMME_ID));
    }

    @EventHandler
    void on(HypothesisProposedEvent event) {
        hypotheses.replaceOne(eq("_id", event.hypothesisId()),
                new Document("_id", event.hypothesisId()).append(Hypotheses.PROGRAMME_ID, event.programmeId())
                        .append(Hypotheses.TITLE, event.title()), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(WorkshopScheduledEvent event, @Timestamp Instant recordedAt) {
        workshops.updateOne(eq("_id", event.workshopId()), Updates.combine(
                Updates.set(Workshops.PROGRAMME_ID, event.programmeId()),
                Updates.set(Workshops.PHASE_CODE, event.phaseCode()),
                Updates.set(Workshops.TITLE, event.title()),
                Updates.set(Workshops.THEMES, event.themes().stream().map(Enum::name).toList()),
                Updates.set(Workshops.STARTS_AT, Date.from(event.startsAt())),
                Updates.set(Workshops.RECORDED_AT, Date.from(recordedAt)),
                Updates.addEachToSet(Workshops.TABLED, event.hypothesisIds().stream()
                        .map(id -> tabling(id, recordedAt)).toList())), UPSERT);
    }

    @EventHandler
    void on(WorkshopRescheduledEvent event) {
        workshops.updateOne(eq("_id", event.workshopId()),
                Updates.set(Workshops.STARTS_AT, Date.from(event.startsAt())), UPSERT);
    }

    @EventHandler
    void on(WorkshopCancelledEvent event, @Timestamp Instant recordedAt) {
        workshops.updateOne(eq("_id", event.workshopId()), Updates.combine(
                Updates.set(Workshops.CANCELLED_ON, utcDate(event.cancelledAt(), recordedAt)),
                Updates.set(Workshops.CANCELLED_RECORDED_AT, Date.from(recordedAt))), UPSERT);
    }

    @EventHandler
    void on(WorkshopClosedEvent event, @Timestamp Instant recordedAt) {
        workshops.updateOne(eq("_id", event.workshopId()),
                Updates.set(Workshops.CLOSED_ON, utcDate(event.closedAt(), recordedAt)), UPSERT);
    }

    @EventHandler
    void on(HypothesisTabledEvent event, @Timestamp Instant recordedAt) {
        workshops.updateOne(eq("_id", event.workshopId()),
                Updates.addToSet(Workshops.TABLED, tabling(event.hypothesisId(), recordedAt)), UPSERT);
    }

    @ResetHandler
    void reset() {
        workshops.deleteMany(new Document());
        hypotheses.deleteMany(new Document());
    }

    private static Document tabling(String hypothesisId, Instant recordedAt) {
        return new Document(Workshops.Tabling.HYPOTHESIS_ID, hypothesisId)
                .append(Workshops.Tabling.RECORDED_AT, Date.from(recordedAt));
    }
}
