package org.lis.workshop.workshop.query;

import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.events.common.Theme;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/** A workshop's schedule and status; invitations, attendance and feedback are views of their own. */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
public class WorkshopProjection {

    /** The group of every workshop view: workshops, invitations, attendance, feedback and hypotheses. */
    public static final String PROCESSING_GROUP = "workshop-views";

    public static final String COLLECTION = "workshops";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> workshops;

    public WorkshopProjection(MongoDatabase database) {
        this.workshops = database.getCollection(COLLECTION);
        workshops.createIndex(Indexes.ascending("programmeId", "startsAt"));
    }

    @EventHandler
    void on(WorkshopScheduledEvent event) {
        update(event.workshopId(), Updates.combine(
                Updates.set("programmeId", event.programmeId()),
                Updates.set("phaseCode", event.phaseCode()),
                Updates.set("title", event.title()),
                Updates.set("themes", event.themes().stream().map(Theme::name).toList()),
                Updates.set("startsAt", Documents.date(event.startsAt())),
                Updates.set("endsAt", Documents.date(event.endsAt())),
                Updates.set("venue", event.venue()),
                Updates.set("capacity", event.capacity()),
                Updates.set("facilitator", event.facilitator()),
                Updates.addEachToSet("hypothesisIds", event.hypothesisIds()),
                Updates.setOnInsert("status", WorkshopStatus.SCHEDULED.name())));
    }

    @EventHandler
    void on(WorkshopRescheduledEvent event) {
        Bson times = Updates.combine(Updates.set("startsAt", Documents.date(event.startsAt())),
                Updates.set("endsAt", Documents.date(event.endsAt())));
        update(event.workshopId(), event.venue() == null ? times
                : Updates.combine(times, Updates.set("venue", event.venue())));
    }

    @EventHandler
    void on(WorkshopCancelledEvent event) {
        update(event.workshopId(), Updates.combine(
                Updates.set("status", WorkshopStatus.CANCELLED.name()),
                Updates.set("cancelReason", event.reason()),
                Updates.set("cancelledAt", Documents.date(event.cancelledAt()))));
    }

    @EventHandler
    void on(WorkshopClosedEvent event) {
        update(event.workshopId(), Updates.combine(
                Updates.set("status", WorkshopStatus.CLOSED.name()),
                Updates.set("closedAt", Documents.date(event.closedAt()))));
    }

    @EventHandler
    void on(HypothesisTabledEvent event) {
        update(event.workshopId(), Updates.addToSet("hypothesisIds", event.hypothesisId()));
    }

    @ResetHandler
    void reset() {
        workshops.deleteMany(new Document());
    }

    private void update(String workshopId, Bson update) {
        workshops.updateOne(eq("_id", workshopId), update, UPSERT);
    }
}
