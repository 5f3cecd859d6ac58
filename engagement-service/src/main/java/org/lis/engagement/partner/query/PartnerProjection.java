package org.lis.engagement.partner.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.partner.command.PartnerNames;
import org.lis.engagement.partner.query.PartnerFields.ClassificationFields;
import org.lis.engagement.partner.query.PartnerFields.HistoryFields;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.support.projection.BatchedCollection;
import org.lis.support.projection.ChangeLog;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.lis.engagement.partner.query.PartnerFields.CLASSIFICATIONS;
import static org.lis.engagement.partner.query.PartnerFields.HISTORY;
import static org.lis.engagement.partner.query.PartnerFields.IN_FORCE_SEQ;
import static org.lis.engagement.partner.query.PartnerFields.NAME;
import static org.lis.engagement.partner.query.PartnerFields.NAME_KEY;
import static org.lis.engagement.partner.query.PartnerFields.REGISTERED_ON;
import static org.lis.engagement.partner.query.PartnerFields.VERSION;

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

    /** Documents with the fields of {@link PartnerFields}. */
    public static final String COLLECTION = "partners";

    /** Written a batch of events at a time: the handlers only write, each write names its document by id. */
    private final BatchedCollection partners;
    /** Filled for this group by {@link PartnerChangesConfig}, emptied with the partners for a replay to fill again. */
    private final ChangeLog changes;

    public PartnerProjection(MongoDatabase database) {
        this.partners = BatchedCollection.of(database.getCollection(COLLECTION));
        this.changes = ChangeLog.of(database, HeldPartners.CHANGES);
    }

    @EventHandler
    void on(PartnerRegisteredEvent event) {
        Document doc = classification(event.classification(), event.effectiveOn().toString())
                .append(NAME, event.name())
                .append(NAME_KEY, PartnerNames.normalise(event.name()))
                .append(REGISTERED_ON, event.effectiveOn().toString())
                .append(VERSION, 0L)
                .append(CLASSIFICATIONS, List.of(classification(event.classification(), event.effectiveOn().toString())))
                .append(HISTORY, List.of(new Document(HistoryFields.SEQ, 0L).append(HistoryFields.KIND, HistoryFields.REGISTERED)
                        .append(HistoryFields.ON, event.effectiveOn().toString()).append(HistoryFields.NAME, event.name())));
        partners.insertIfAbsent(event.partnerId(), doc);
    }

    /** The name is the one last recorded, as the name registry holds it; the classification is dated. */
    @EventHandler
    void on(PartnerUpdatedEvent event, @SequenceNumber long seq) {
        String on = event.effectiveOn().toString();
        keepInForce(event.partnerId(), event.classification(), on, seq);
        applyOnce(event.partnerId(), seq, Updates.combine(
                Updates.set(VERSION, seq),
                Updates.set(NAME, event.name()),
                Updates.set(NAME_KEY, PartnerNames.normalise(event.name())),
                Updates.push(CLASSIFICATIONS, classification(event.classification(), on)),
                Updates.push(HISTORY, new Document(HistoryFields.SEQ, seq).append(HistoryFields.KIND, HistoryFields.PROFILE_UPDATED)
                        .append(HistoryFields.ON, on).append(HistoryFields.NAME, event.name()))));
    }

    @EventHandler
    void on(EngagementActivityRecordedEvent event, @SequenceNumber long seq) {
        String on = event.occurredOn().toString();
        applyOnce(event.partnerId(), seq, Updates.combine(
                Updates.set(VERSION, seq),
                Updates.push(HISTORY, new Document(HistoryFields.SEQ, seq).append(HistoryFields.KIND, HistoryFields.ACTIVITY)
                        .append(HistoryFields.ON, on)
                        .append(HistoryFields.ACTIVITY_ID, event.activityId())
                        .append(HistoryFields.ACTIVITY_KIND, event.kind().name())
                        .append(HistoryFields.SUMMARY, event.summary())
                        .append(HistoryFields.PROGRAMME_ID, event.programmeId())
                        .append(HistoryFields.THEMES, event.themes().stream().map(Enum::name).toList()))));
    }

    /** Contacts live in their own read model; here they only move the version on. */
    @EventHandler
    void on(ContactAddedEvent event, @SequenceNumber long seq) {
        applyOnce(event.partnerId(), seq, Updates.set(VERSION, seq));
    }

    @EventHandler
    void on(ContactErasedEvent event, @SequenceNumber long seq) {
        applyOnce(event.partnerId(), seq, Updates.set(VERSION, seq));
    }

    @ResetHandler
    void reset() {
        partners.clear();
        changes.clear();
    }

    private void applyOnce(String partnerId, long seq, Bson update) {
        partners.updateOne(Filters.and(Filters.eq("_id", partnerId), Filters.lt(VERSION, seq)), update);
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
                        Filters.lt(ClassificationFields.EFFECTIVE_ON, effectiveOn),
                        Filters.and(Filters.eq(ClassificationFields.EFFECTIVE_ON, effectiveOn), Filters.lte(IN_FORCE_SEQ, seq)))),
                new Document("$set", classification(c, effectiveOn).append(IN_FORCE_SEQ, seq)));
    }

    private static Document classification(PartnerClassification c, String effectiveOn) {
        return new Document(ClassificationFields.EFFECTIVE_ON, effectiveOn)
                .append(ClassificationFields.TYPE, c.type().name())
                .append(ClassificationFields.SECTORS, c.sectors())
                .append(ClassificationFields.THEMES, c.themes().stream().map(Enum::name).toList())
                .append(ClassificationFields.DISTRICT, c.district())
                .append(ClassificationFields.KEY_PARTNER, c.keyPartner());
    }
}
