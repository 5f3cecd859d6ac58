package org.lis.workshop.schedule.query;


import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.conversions.Bson;
import org.lis.support.mongo.ViewCollection;
import org.lis.events.common.Theme;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/** A workshop's schedule and status; invitations, attendance and feedback are views of their own. */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
@Order(WorkshopProjection.VIEWS_ORDER)
public class WorkshopProjection {

    /** The group of every workshop view: workshops, invitations, attendance, feedback and hypotheses. */
    public static final String PROCESSING_GROUP = "workshop-views";
    /**
     * The place in the group of every view that an event changes, before {@link WorkshopVersionProjection}: a view's
     * own write comes first, so a reader that waits for a workshop's version finds the change made with it.
     */
    public static final int VIEWS_ORDER = 0;

    public static final String COLLECTION = "workshops";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final ViewCollection workshops;

    public WorkshopProjection(MongoDatabase database) {
        this.workshops = ViewCollection.of(database, COLLECTION);
        workshops.documents().createIndex(Indexes.ascending(WorkshopFields.PROGRAMME_ID, WorkshopFields.STARTS_AT));
    }

    @EventHandler
    void on(WorkshopScheduledEvent event, @SequenceNumber long seq) {
        update(event.workshopId(), seq, Updates.combine(
                Updates.set(WorkshopFields.PROGRAMME_ID, event.programmeId()),
                Updates.set(WorkshopFields.PHASE_CODE, event.phaseCode()),
                Updates.set(WorkshopFields.TITLE, event.title()),
                Updates.set(WorkshopFields.THEMES, event.themes().stream().map(Theme::name).toList()),
                Updates.set(WorkshopFields.STARTS_AT, Documents.date(event.startsAt())),
                Updates.set(WorkshopFields.ENDS_AT, Documents.date(event.endsAt())),
                Updates.set(WorkshopFields.VENUE, event.venue()),
                Updates.set(WorkshopFields.CAPACITY, event.capacity()),
                Updates.set(WorkshopFields.FACILITATOR, event.facilitator()),
                Updates.addEachToSet(WorkshopFields.HYPOTHESIS_IDS, event.hypothesisIds()),
                Updates.setOnInsert(WorkshopFields.STATUS, WorkshopStatus.SCHEDULED.name())));
    }

    @EventHandler
    void on(WorkshopRescheduledEvent event, @SequenceNumber long seq) {
        Bson times = Updates.combine(Updates.set(WorkshopFields.STARTS_AT, Documents.date(event.startsAt())),
                Updates.set(WorkshopFields.ENDS_AT, Documents.date(event.endsAt())));
        update(event.workshopId(), seq, event.venue() == null ? times
                : Updates.combine(times, Updates.set(WorkshopFields.VENUE, event.venue())));
    }

    @EventHandler
    void on(WorkshopCancelledEvent event, @SequenceNumber long seq) {
        update(event.workshopId(), seq, Updates.combine(
                Updates.set(WorkshopFields.STATUS, WorkshopStatus.CANCELLED.name()),
                Updates.set(WorkshopFields.CANCEL_REASON, event.reason()),
                Updates.set(WorkshopFields.CANCELLED_AT, Documents.date(event.cancelledAt()))));
    }

    @EventHandler
    void on(WorkshopClosedEvent event, @SequenceNumber long seq) {
        update(event.workshopId(), seq, Updates.combine(
                Updates.set(WorkshopFields.STATUS, WorkshopStatus.CLOSED.name()),
                Updates.set(WorkshopFields.CLOSED_AT, Documents.date(event.closedAt()))));
    }

    @EventHandler
    void on(HypothesisTabledEvent event, @SequenceNumber long seq) {
        update(event.workshopId(), seq, Updates.addToSet(WorkshopFields.HYPOTHESIS_IDS, event.hypothesisId()));
    }

    @ResetHandler
    void reset() {
        workshops.clear();
    }

    /**
     * The change and the workshop's version in one write: a reader that waits for the version a write answered (the
     * console, after a form) then sees the change too. {@link WorkshopVersionProjection} moves the version for the
     * events that change other views only.
     */
    private void update(String workshopId, long seq, Bson update) {
        workshops.upsert(workshopId, update, Updates.max(WorkshopFields.VERSION, seq));
    }
}
