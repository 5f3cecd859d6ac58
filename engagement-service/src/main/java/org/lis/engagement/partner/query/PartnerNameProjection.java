package org.lis.engagement.partner.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.lis.engagement.partner.command.PartnerNameRegistry;
import org.lis.engagement.partner.command.PartnerNames;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the name registry in line with the events, so it can be rebuilt by replay: the web layer
 * claims a name before it registers or renames a partner, and this confirms the claim (or, after a
 * rename, drops the partner's old name) once the event is stored.
 */
@Component
@ProcessingGroup("partner-names")
public class PartnerNameProjection {

    private final MongoCollection<Document> names;

    public PartnerNameProjection(MongoDatabase database) {
        this.names = database.getCollection(PartnerNameRegistry.COLLECTION);
    }

    @EventHandler
    void on(PartnerRegisteredEvent event, @SequenceNumber long seq) {
        hold(event.partnerId(), PartnerNames.normalise(event.name()), seq);
    }

    @EventHandler
    void on(PartnerUpdatedEvent event, @SequenceNumber long seq) {
        hold(event.partnerId(), PartnerNames.normalise(event.name()), seq);
    }

    @ResetHandler
    void reset() {
        names.deleteMany(new Document());
    }

    /**
     * Confirms the name at the event's sequence number and drops the names the partner held by earlier
     * events. A pending claim (no {@code seq} yet: a rename in flight) is left alone.
     */
    private void hold(String partnerId, String key, long seq) {
        names.updateOne(Filters.eq("_id", key),
                Updates.combine(Updates.set("partnerId", partnerId), Updates.max("seq", seq), Updates.unset("claimedAt")),
                new UpdateOptions().upsert(true));
        names.deleteMany(Filters.and(Filters.eq("partnerId", partnerId), Filters.ne("_id", key),
                Filters.lt("seq", seq)));
    }
}
