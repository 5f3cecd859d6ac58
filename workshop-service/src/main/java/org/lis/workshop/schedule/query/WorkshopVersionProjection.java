package org.lis.workshop.schedule.query;

import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.workshop.mongo.Documents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import java.util.Set;

/**
 * Keeps each workshop's version (the sequence number of its latest event) on its view, for the ETag of a read:
 * invitations, attendance and feedback change the version too, though other views hold them. {@code $max}
 * makes a redelivered event change nothing. No upsert: the scheduling event, version 0, creates the view.
 * Handled after the other views of the group ({@link WorkshopProjection#VIEWS_ORDER}), which write at once: the
 * version reaches the workshop only once the invitation, attendance or feedback it stands for is in its view.
 */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
@Order(WorkshopProjection.VIEWS_ORDER + 1)
public class WorkshopVersionProjection {

    private static final String WORKSHOP = "Workshop";
    /**
     * Events whose change to the workshop's own view carries the version in the same write ({@link
     * WorkshopProjection}): moved here first, a reader waiting for the version could see it before the change.
     */
    private static final Set<Class<?>> MOVED_WITH_THEIR_CHANGE = Set.of(WorkshopScheduledEvent.class,
            WorkshopRescheduledEvent.class, WorkshopCancelledEvent.class, WorkshopClosedEvent.class,
            HypothesisTabledEvent.class);

    private final MongoCollection<Document> workshops;

    public WorkshopVersionProjection(MongoDatabase database) {
        this.workshops = database.getCollection(WorkshopProjection.COLLECTION);
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (WORKSHOP.equals(event.getType()) && !MOVED_WITH_THEIR_CHANGE.contains(event.getPayloadType())) {
            workshops.updateOne(eq(Documents.ID, event.getAggregateIdentifier()),
                    Updates.max(WorkshopFields.VERSION, event.getSequenceNumber()));
        }
    }
}
