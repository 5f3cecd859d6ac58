package org.lis.engagement.activity.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.partner.query.PartnerProjection;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.mongo.ViewCollection;
import org.lis.support.projection.BatchedCollection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.lis.engagement.activity.query.ActivityFields.AT;
import static org.lis.engagement.activity.query.ActivityFields.CORRECTED;
import static org.lis.engagement.activity.query.ActivityFields.CORRECTIONS;
import static org.lis.engagement.activity.query.ActivityFields.EVER_PARTNER_IDS;
import static org.lis.engagement.activity.query.ActivityFields.KIND;
import static org.lis.engagement.activity.query.ActivityFields.OCCURRED_ON;
import static org.lis.engagement.activity.query.ActivityFields.ORIGINAL;
import static org.lis.engagement.activity.query.ActivityFields.PARTNER_IDS;
import static org.lis.engagement.activity.query.ActivityFields.PREVIOUS_PARTNER_IDS;
import static org.lis.engagement.activity.query.ActivityFields.PROGRAMME_ID;
import static org.lis.engagement.activity.query.ActivityFields.REASON;
import static org.lis.engagement.activity.query.ActivityFields.RECORDED;
import static org.lis.engagement.activity.query.ActivityFields.RECORDED_AT;
import static org.lis.engagement.activity.query.ActivityFields.STATUS;
import static org.lis.engagement.activity.query.ActivityFields.SUMMARY;
import static org.lis.engagement.activity.query.ActivityFields.THEMES;
import static org.lis.engagement.activity.query.ActivityFields.VERSION;
import static org.lis.engagement.activity.query.ActivityFields.WITHDRAWAL;
import static org.lis.engagement.activity.query.ActivityFields.WITHDRAWN;

/**
 * Activities with several partners as officers and the board read them: one document an activity as it stands,
 * with the original, every correction and the withdrawal, nothing overwritten that a reader may want to see. In
 * the partner register's processing group, so a partner's page and its activities are as fresh as each other.
 * Each document remembers the sequence number of the last event applied, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(PartnerProjection.PROCESSING_GROUP)
public class ActivityProjection {

    public static final String COLLECTION = "activities";

    private final ViewCollection activities;
    /** The same collection written a batch of events at a time: the handlers only write, each by id. */
    private final BatchedCollection writes;

    public ActivityProjection(MongoDatabase database) {
        this.activities = ViewCollection.of(database, COLLECTION, PARTNER_IDS, EVER_PARTNER_IDS, PROGRAMME_ID);
        this.writes = BatchedCollection.of(activities.documents());
    }

    @EventHandler
    void on(ActivityRecordedEvent event, @Timestamp Instant recordedAt) {
        Document doc = state(event.kind(), event.occurredOn(), event.summary(), event.themes(), event.partnerIds())
                .append(VERSION, 0L)
                .append(PROGRAMME_ID, event.programmeId())
                .append(EVER_PARTNER_IDS, event.partnerIds())
                .append(STATUS, RECORDED)
                .append(RECORDED_AT, Date.from(recordedAt))
                .append(ORIGINAL, state(event.kind(), event.occurredOn(), event.summary(), event.themes(), event.partnerIds()))
                .append(CORRECTIONS, List.of());
        writes.insertIfAbsent(event.activityId(), doc);
    }

    @EventHandler
    void on(ActivityCorrectedEvent event, @SequenceNumber long seq, @Timestamp Instant at) {
        Document correction = state(event.kind(), event.occurredOn(), event.summary(), event.themes(), event.partnerIds())
                .append(PREVIOUS_PARTNER_IDS, event.previousPartnerIds())
                .append(REASON, event.reason())
                .append(AT, Date.from(at));
        applyOnce(event.activityId(), seq, Updates.combine(
                Updates.set(VERSION, seq),
                Updates.set(KIND, event.kind().name()),
                Updates.set(OCCURRED_ON, event.occurredOn().toString()),
                Updates.set(SUMMARY, event.summary()),
                Updates.set(THEMES, names(event.themes())),
                Updates.set(PARTNER_IDS, event.partnerIds()),
                Updates.addEachToSet(EVER_PARTNER_IDS, event.partnerIds()),
                Updates.set(STATUS, CORRECTED),
                Updates.push(CORRECTIONS, correction)));
    }

    @EventHandler
    void on(ActivityWithdrawnEvent event, @SequenceNumber long seq, @Timestamp Instant at) {
        applyOnce(event.activityId(), seq, Updates.combine(
                Updates.set(VERSION, seq),
                Updates.set(STATUS, WITHDRAWN),
                Updates.set(WITHDRAWAL, new Document(REASON, event.reason()).append(AT, Date.from(at)))));
    }

    @ResetHandler
    void reset() {
        activities.clear();
    }

    private void applyOnce(String activityId, long seq, Bson update) {
        writes.updateOne(Filters.and(Filters.eq("_id", activityId), Filters.lt(VERSION, seq)), update);
    }

    private static Document state(ActivityKind kind, LocalDate occurredOn, String summary, List<Theme> themes,
                                  List<String> partnerIds) {
        return new Document(KIND, kind.name())
                .append(OCCURRED_ON, occurredOn.toString())
                .append(SUMMARY, summary)
                .append(THEMES, names(themes))
                .append(PARTNER_IDS, partnerIds);
    }

    private static List<String> names(List<Theme> themes) {
        return themes.stream().map(Enum::name).toList();
    }
}
