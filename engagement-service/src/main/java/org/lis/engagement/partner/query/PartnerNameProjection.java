package org.lis.engagement.partner.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.bson.Document;
import org.lis.engagement.partner.command.PartnerNameRegistry;
import org.lis.engagement.partner.command.PartnerNames;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.springframework.stereotype.Component;

import static org.lis.engagement.partner.command.PartnerNameRegistry.CLAIMED_AT;
import static org.lis.engagement.partner.command.PartnerNameRegistry.CONFIRMED_AT;
import static org.lis.engagement.partner.command.PartnerNameRegistry.PARTNER_ID;
import static org.lis.engagement.partner.command.PartnerNameRegistry.PENDING;

/**
 * Keeps the name registry in line with the events, so it can be rebuilt by replay: the partner command
 * handler claims a name before a partner is registered or renamed, and this confirms the claim (or, after
 * a rename, drops the partner's old name) once the event is stored.
 * <p>
 * Names are ordered by the events' global index, not by each partner's own sequence: the processor's
 * segments run apart during a replay, so another partner's later registration of a name may be handled
 * before the rename that freed it, and must not be overwritten or dropped by it.
 */
@Component
@ProcessingGroup("partner-names")
public class PartnerNameProjection {

    private final MongoCollection<Document> names;

    public PartnerNameProjection(MongoDatabase database) {
        this.names = database.getCollection(PartnerNameRegistry.COLLECTION);
    }

    @EventHandler
    void on(PartnerRegisteredEvent event, TrackingToken token) {
        confirm(event.partnerId(), PartnerNames.normalise(event.name()), globalIndex(token));
    }

    @EventHandler
    void on(PartnerUpdatedEvent event, TrackingToken token) {
        String key = PartnerNames.normalise(event.name());
        long index = globalIndex(token);
        confirm(event.partnerId(), key, index);
        dropEarlierNames(event.partnerId(), key, index);
    }

    @ResetHandler
    void reset() {
        names.deleteMany(new Document());
    }

    /**
     * Confirms the name at the event's global index, unless a later event already gave it to someone. A name nobody
     * holds yet (every name in a replay, which starts from an empty registry) is simply inserted: the conditional
     * update is a query on more than the id, which the embedded server answers by reading the whole registry, once a
     * name, so a replay's time grew with the square of the register's size.
     */
    private void confirm(String partnerId, String key, long index) {
        try {
            names.insertOne(new Document("_id", key).append(PARTNER_ID, partnerId).append(CONFIRMED_AT, index));
            return;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // claimed or held already: only a later event than the holder's may take it
        }
        try {
            names.updateOne(Filters.and(Filters.eq("_id", key), Filters.or(
                            Filters.exists(CONFIRMED_AT, false),
                            Filters.lte(CONFIRMED_AT, index))),
                    Updates.combine(Updates.set(PARTNER_ID, partnerId), Updates.set(CONFIRMED_AT, index),
                            Updates.unset(CLAIMED_AT), Updates.unset(PENDING)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a later event holds the name: this one is history
        }
    }

    /**
     * Drops the names the partner held by earlier events. Only a rename can leave one: a registration is a
     * partner's first event, and looking for its older names would read the whole registry for each of them (the
     * embedded server has no index on the partner), which made a replay slow down as the register grew. A pending
     * claim (no index yet: a rename in flight) is left alone.
     */
    private void dropEarlierNames(String partnerId, String key, long index) {
        names.deleteMany(Filters.and(Filters.eq(PARTNER_ID, partnerId), Filters.ne("_id", key),
                Filters.lt(CONFIRMED_AT, index)));
    }

    private static long globalIndex(TrackingToken token) {
        if (token == null) {
            throw new IllegalStateException("partner-names orders names by the events' global index: "
                    + "it must run in a streaming processor");
        }
        return WrappedToken.unwrapLowerBound(token).position().orElseThrow(() ->
                new IllegalStateException("Tracking token " + token + " has no position"));
    }
}
