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
 * The partner register as the officers and the board read it: one document a partner with its name as
 * last recorded, the classification with the latest date in force, every dated classification and its
 * engagement history. No personal data.
 * Each document remembers the sequence number of the last event applied ({@code version}, also the
 * aggregate's version), so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(PartnerProjection.PROCESSING_GROUP)
public class PartnerProjection {

    public static final String PROCESSING_GROUP = "partners";

    public static final String COLLECTION = "partners";
    /** Sequence number of the update whose classification is the current one; absent while the registration's is. */
    private static final String IN_FORCE_SEQ = "classificationSeq";

    private final MongoCollection<Document> partners;

    public PartnerProjection(MongoDatabase database) {
        this.partners = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PartnerRegisteredEvent event) {
        Document doc = classification(event.classification(), event.effectiveOn().toString())
                .append("name", event.name())
                .append("nameKey", PartnerNames.normalise(event.name()))
                .append("registeredOn", event.effectiveOn().toString())
                .append("version", 0L)
                .append("classifications", List.of(classification(event.classification(), event.effectiveOn().toString())))
                .append("history", List.of(new Document("seq", 0L).append("kind", "REGISTERED")
                        .append("on", event.effectiveOn().toString()).append("name", event.name())));
        partners.updateOne(Filters.eq("_id", event.partnerId()), new Document("$setOnInsert", doc),
                new UpdateOptions().upsert(true));
    }

    /** The name is the one last recorded, as the name registry holds it; the classification is dated. */
    @EventHandler
    void on(PartnerUpdatedEvent event, @SequenceNumber long seq) {
        String on = event.effectiveOn().toString();
        keepInForce(event.partnerId(), event.classification(), on, seq);
        applyOnce(event.partnerId(), seq, Updates.combine(
                Updates.set("version", seq),
                Updates.set("name", event.name()),
                Updates.set("nameKey", PartnerNames.normalise(event.name())),
                Updates.push("classifications", classification(event.classification(), on)),
                Updates.push("history", new Document("seq", seq).append("kind", "PROFILE_UPDATED").append("on", on)
                        .append("name", event.name()))));
    }

    @EventHandler
    void on(EngagementActivityRecordedEvent event, @SequenceNumber long seq) {
        String on = event.occurredOn().toString();
        applyOnce(event.partnerId(), seq, Updates.combine(
                Updates.set("version", seq),
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

    /**
     * Makes the update's classification the current one unless another update is in force from a later
     * date (or the same date, recorded later), as coverage reads the classification in force: a correction
     * dated earlier changes the history, not the present. The registration's counts from the beginning, so
     * any update replaces it.
     */
    private void keepInForce(String partnerId, PartnerClassification c, String effectiveOn, long seq) {
        partners.updateOne(Filters.and(Filters.eq("_id", partnerId), Filters.or(
                        Filters.exists(IN_FORCE_SEQ, false),
                        Filters.lt("effectiveOn", effectiveOn),
                        Filters.and(Filters.eq("effectiveOn", effectiveOn), Filters.lte(IN_FORCE_SEQ, seq)))),
                new Document("$set", classification(c, effectiveOn).append(IN_FORCE_SEQ, seq)));
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
