package org.lis.workshop.mail.job;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.support.mongo.ViewCollection;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * The {@code mail_workshops} collection: each workshop's schedule as the {@link MailPlanner} follows it, in the
 * workshop's own order of events. The calendar sequence counts the reschedulings by their event's sequence number,
 * so an event handled twice counts once.
 */
@Component
public class ScheduledWorkshops {

    static final String COLLECTION = "mail_workshops";
    private static final String PROGRAMME_ID = "programmeId";
    private static final String TITLE = "title";
    private static final String STARTS_AT = "startsAt";
    private static final String ENDS_AT = "endsAt";
    private static final String VENUE = "venue";
    private static final String HYPOTHESIS_IDS = "hypothesisIds";
    /** The event sequence numbers of the workshop's reschedulings. */
    private static final String RESCHEDULINGS = "reschedulings";
    private static final String CANCELLED = "cancelled";
    private static final String CANCEL_REASON = "cancelReason";

    private final ViewCollection workshops;

    public ScheduledWorkshops(MongoDatabase database) {
        this.workshops = ViewCollection.of(database, COLLECTION);
    }

    void scheduled(String id, String programmeId, String title, Instant startsAt, Instant endsAt, String venue,
                   List<String> hypothesisIds) {
        workshops.upsert(id, Updates.set(PROGRAMME_ID, programmeId), Updates.set(TITLE, title),
                Updates.set(STARTS_AT, Documents.date(startsAt)), Updates.set(ENDS_AT, Documents.date(endsAt)),
                Updates.set(VENUE, venue), Updates.addEachToSet(HYPOTHESIS_IDS, hypothesisIds));
    }

    void rescheduled(String id, long eventSequence, Instant startsAt, Instant endsAt, String venue) {
        Bson times = Updates.combine(Updates.addToSet(RESCHEDULINGS, eventSequence),
                Updates.set(STARTS_AT, Documents.date(startsAt)), Updates.set(ENDS_AT, Documents.date(endsAt)));
        workshops.upsert(id, venue == null ? times : Updates.combine(times, Updates.set(VENUE, venue)));
    }

    void tabled(String id, String hypothesisId) {
        workshops.upsert(id, Updates.addToSet(HYPOTHESIS_IDS, hypothesisId));
    }

    void cancelled(String id, String reason) {
        workshops.upsert(id, Updates.set(CANCELLED, true), Updates.set(CANCEL_REASON, reason));
    }

    public Optional<ScheduledWorkshop> find(String id) {
        Document document = workshops.documents().find(eq(Documents.ID, id)).first();
        if (document == null || document.getString(TITLE) == null) {
            return Optional.empty();
        }
        boolean cancelled = Documents.flag(document, CANCELLED);
        int reschedulings = document.getList(RESCHEDULINGS, Long.class, List.of()).size();
        return Optional.of(new ScheduledWorkshop(id, document.getString(PROGRAMME_ID), document.getString(TITLE),
                Documents.instant(document, STARTS_AT), Documents.instant(document, ENDS_AT),
                document.getString(VENUE), Documents.strings(document, HYPOTHESIS_IDS),
                reschedulings + (cancelled ? 1 : 0), cancelled, document.getString(CANCEL_REASON)));
    }
}
