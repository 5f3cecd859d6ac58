package org.lis.engagement.audit.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.bson.Document;
import org.lis.events.common.ConcernsPartner;
import org.lis.events.common.ConcernsPartners;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.support.mongo.CollectionReset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;

import static org.lis.engagement.audit.query.AuditFields.ACTOR;
import static org.lis.engagement.audit.query.AuditFields.AGGREGATE_ID;
import static org.lis.engagement.audit.query.AuditFields.AGGREGATE_TYPE;
import static org.lis.engagement.audit.query.AuditFields.CONTACT_ID;
import static org.lis.engagement.audit.query.AuditFields.EVENT_ID;
import static org.lis.engagement.audit.query.AuditFields.PARTNER_ID;
import static org.lis.engagement.audit.query.AuditFields.RECORDED_AT;
import static org.lis.engagement.audit.query.AuditFields.SUMMARY;
import static org.lis.engagement.audit.query.AuditFields.TYPE;

/**
 * The audit trail: one document per event of either service, keyed by its global index in the one
 * event store, with who recorded it and a one-line summary free of personal data. When a contact is
 * erased, its earlier lines say so.
 */
@Component
@ProcessingGroup("audit")
public class AuditProjection {

    public static final String COLLECTION = "audit_events";

    private static final Logger log = LoggerFactory.getLogger(AuditProjection.class);

    private final MongoDatabase database;

    public AuditProjection(MongoDatabase database) {
        this.database = database;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token) {
        OptionalLong index = globalIndex(message, token);
        if (index.isEmpty()) {
            log.warn("Event {} has no global index (message {}, token {}); not audited", message.getIdentifier(),
                    message.getClass().getSimpleName(), token);
            return;
        }
        Document line = new Document("_id", index.getAsLong())
                .append(EVENT_ID, message.getIdentifier())
                .append(RECORDED_AT, Date.from(recordedAt))
                .append(TYPE, message.getPayloadType().getSimpleName())
                .append(ACTOR, message.getMetaData().get("actor"))
                .append(SUMMARY, AuditSummaries.summarize(event));
        if (message instanceof DomainEventMessage<?> domain) {
            line.append(AGGREGATE_ID, domain.getAggregateIdentifier()).append(AGGREGATE_TYPE, domain.getType());
        }
        if (event instanceof ConcernsPartner about) {
            line.append(PARTNER_ID, about.partnerId());
        }
        if (event instanceof ConcernsPartners about) {
            line.append(PARTNER_ID, about.concernedPartnerIds()); // an array: the partner filter matches any of them
        }
        if (event instanceof ContactAddedEvent added) {
            line.append(CONTACT_ID, added.contactId());
        }
        if (event instanceof ContactErasedEvent erased) {
            line.append(CONTACT_ID, erased.contactId());
            database.getCollection(COLLECTION).updateMany(
                    Filters.and(Filters.eq(CONTACT_ID, erased.contactId()),
                            Filters.eq(TYPE, ContactAddedEvent.class.getSimpleName())),
                    Updates.set(SUMMARY, AuditSummaries.CONTACT_ADDED_ERASED));
        }
        if (event instanceof ContactAddedEvent added && contactErased(added.contactId())) {
            line.put(SUMMARY, AuditSummaries.CONTACT_ADDED_ERASED);
        }
        database.getCollection(COLLECTION).replaceOne(Filters.eq("_id", index.getAsLong()), line,
                new ReplaceOptions().upsert(true));
    }

    private static OptionalLong globalIndex(EventMessage<?> message, TrackingToken token) {
        TrackingToken tracked = token != null ? token
                : message instanceof TrackedEventMessage<?> t ? t.trackingToken() : null;
        return tracked == null ? OptionalLong.empty() : WrappedToken.unwrapLowerBound(tracked).position();
    }

    @ResetHandler
    void reset() {
        CollectionReset.empty(database.getCollection(COLLECTION));
    }

    /** Handled again after the erasure (a token not yet stored), the added line stays marked as erased. */
    private boolean contactErased(String contactId) {
        return database.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq(CONTACT_ID, contactId),
                        Filters.eq(TYPE, ContactErasedEvent.class.getSimpleName())))
                .first() != null;
    }
}
