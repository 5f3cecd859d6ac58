package org.lis.workshop.schedule.query;

import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * Keeps each workshop's version (the sequence number of its latest event) on its view, for the ETag of a read:
 * invitations, attendance and feedback change the version too, though other views hold them. {@code $max}
 * makes a redelivered event change nothing. No upsert: the scheduling event, version 0, creates the view.
 */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
public class WorkshopVersionProjection {

    private static final String WORKSHOP = "Workshop";

    private final MongoCollection<Document> workshops;

    public WorkshopVersionProjection(MongoDatabase database) {
        this.workshops = database.getCollection(WorkshopProjection.COLLECTION);
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (WORKSHOP.equals(event.getType())) {
            workshops.updateOne(eq(Documents.ID, event.getAggregateIdentifier()),
                    Updates.max(WorkshopFields.VERSION, event.getSequenceNumber()));
        }
    }
}
