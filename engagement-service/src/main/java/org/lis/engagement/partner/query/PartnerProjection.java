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
import org.bson.conversions.Bson;
import org.lis.engagement.partner.command.PartnerNames;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The partner register as the officers and the board read it: one document a partner with its
 * latest recorded profile, its dated classifications and its engagement history. No personal data.
 * Each document remembers the sequence number of the last event applied ({@code version}, also the
 * aggregate's version), so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("partners")
public class PartnerProjection {

    public static final String COLLECTION = "partners";

    private final MongoCollection<Document> partners;

    public PartnerProjection(MongoDatabase database) {
        this.partners = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PartnerRegisteredEvent event) {
        Document doc = profile(event.name(), event.classification(), event.effectiveOn().toString())
                .append("registeredOn", event.effectiveOn().toString())
                .append("version", 0L)
                .append("activityCount", 0)
                .append("classifications", List.of(classification(event.classification(), event.effectiveOn().toString())))
                .append("history", List.of(new Document("seq", 0L).append("kind", "REGISTERED")
                        .append("on", event.effectiveOn().toString()).append("name", event.name())));
        partners.updateOne(Filters.eq("_id", event.partnerId()), new Document("$setOnInsert", doc),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(PartnerUpdatedEvent event, @SequenceNumber long seq) {
        String on = event.effectiveOn().toString();
        Document set = profile(event.name(), event.classification(), on).append("version", seq);
        applyOnce(event.partnerId(), seq, Updates.combine(new Document("$set", set),
                Updates.push("classifications", classification(event.classification(), on)),
                Updates.push("history", new Document("seq", seq).append("kind", "PROFILE_UPDATED").append("on", on)
                        .append("name", event.name()))));
    }

    /** firstActivityOn/lastActivityOn stay absent until the first activity: $min would keep a null. */
    @EventHandler
    void on(EngagementActivityRecordedEvent event, @SequenceNumber long seq) {
        String on = event.occurredOn().toString();
        applyOnce(event.partnerId(), seq, Updates.combine(
                Updates.set("version", seq),
                Updates.inc("activityCount", 1),
                Updates.min("firstActivityOn", on),
                Updates.max("lastActivityOn", on),
                Updates.push("history", new Document("seq", seq).append("kind", "ACTIVITY").append("on", on)
                        .append("activityId", event.activityId())
                        .append("activityKind", event.kind().name())
                        .append("summary", event.summary())
                        .append("programmeId", event.programmeId())
                        .append("themes", event.themes().stream().map(Enum::name).toList()))));
    }

    /** Contacts live in their own read model; here they only move the version on. */
    @EventHandler
    void on(ContactAddedEvent event, @SequenceNumber long seq) {
        applyOnce(event.partnerId(), seq, Updates.set("version", seq));
    }

    @EventHandler
    void on(ContactErasedEvent event, @SequenceNumber long seq) {
        applyOnce(event.partnerId(), seq, Updates.set("version", seq));
    }

    @ResetHandler
    void reset() {
        partners.deleteMany(new Document());
    }

    private void applyOnce(String partnerId, long seq, Bson update) {
        partners.updateOne(Filters.and(Filters.eq("_id", partnerId), Filters.lt("version", seq)), update);
    }

    private static Document profile(String name, PartnerClassification c, String effectiveOn) {
        return new Document("name", name)
                .append("nameKey", PartnerNames.normalise(name))
                .append("type", c.type().name())
                .append("sectors", c.sectors())
                .append("themes", c.themes().stream().map(Enum::name).toList())
                .append("district", c.district())
                .append("keyPartner", c.keyPartner())
                .append("effectiveOn", effectiveOn);
    }

    private static Document classification(PartnerClassification c, String effectiveOn) {
        return new Document("effectiveOn", effectiveOn)
                .append("type", c.type().name())
                .append("sectors", c.sectors())
                .append("themes", c.themes().stream().map(Enum::name).toList())
                .append("district", c.district())
                .append("keyPartner", c.keyPartner());
    }
}
